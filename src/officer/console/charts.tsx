import type { Category, Urgency } from '../../intake/triage/index'
import { type MonthlyReport, type ReportCount, type ReportFigures, SMALL_COUNT, URGENCIES } from '../reports'
import type { Strings } from './i18n'

/**
 * One bar of a chart: its parts stacked left to right. A part counted "<3" has no length to draw; a bar
 * with nothing to draw but a "<3" total shows a stub, so that it reads as "a few", not as none.
 */
export interface Bar {
  label: string
  segments: { key: string; value: ReportCount }[]
  /** What the bar's end says; the sum of its parts when not given. */
  total?: ReportCount
}

export interface Series {
  key: string
  label: string
  colour: string
}

/** Sized for a phone's width: the chart scales, so its text stays readable at about 12 px. */
const WIDTH = 360
const LABEL_WIDTH = 104
const VALUE_WIDTH = 40
const ROW = 24
const LEGEND = 24
const STUB = 4

const shorten = (text: string, max = 8) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))

/**
 * A horizontal stacked bar chart as server-rendered SVG: a pure function of its data, with presentation
 * attributes only (no style attribute), so the console's CSP needs no 'unsafe-inline'.
 */
export function BarChart(props: { title: string; series: Series[]; bars: Bar[]; id: string }) {
  const { title, series, bars, id } = props
  const colour = new Map(series.map((s) => [s.key, s.colour]))
  const drawn = (b: Bar) =>
    b.segments.flatMap((s) => (s.value === SMALL_COUNT ? [] : [{ ...s, value: s.value }]))
  const totals = bars.map((b) => b.total ?? drawn(b).reduce((n, s) => n + s.value, 0))
  const scale = Math.max(1, ...totals.map((n) => (n === SMALL_COUNT ? 0 : n)))
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH
  const height = LEGEND + Math.max(1, bars.length) * ROW + 8
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg
        class="chart"
        id={id}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={title}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title>{title}</title>
        {series.length > 1 &&
          series.map((s, i) => (
            <g transform={`translate(${LABEL_WIDTH + i * 64}, 6)`}>
              <rect width="12" height="12" fill={s.colour} />
              <text x="16" y="11" font-size="11" fill="#333">
                {s.label}
              </text>
            </g>
          ))}
        {bars.map((bar, row) => {
          const y = LEGEND + row * ROW
          let x = LABEL_WIDTH
          return (
            <g>
              <text x={LABEL_WIDTH - 6} y={y + 16} font-size="12" text-anchor="end" fill="#222">
                {shorten(bar.label)}
              </text>
              {totals[row] === SMALL_COUNT && !drawn(bar).some((s) => s.value > 0) && (
                <rect x={x} y={y + 4} width={STUB} height={ROW - 8} fill="#d1d5db">
                  <title>{`${bar.label}: ${SMALL_COUNT}`}</title>
                </rect>
              )}
              {drawn(bar)
                .filter((s) => s.value > 0)
                .map((s) => {
                  const w = (s.value / scale) * plot
                  const rect = (
                    <rect x={x} y={y + 4} width={w} height={ROW - 8} fill={colour.get(s.key) ?? '#6b7280'}>
                      <title>{`${bar.label}: ${s.key} ${round(s.value)}`}</title>
                    </rect>
                  )
                  x += w
                  return rect
                })}
              <text
                x={x + (totals[row] === SMALL_COUNT ? STUB : 0) + 4}
                y={y + 16}
                font-size="11"
                fill="#333"
              >
                {totals[row] === SMALL_COUNT ? SMALL_COUNT : round(totals[row] ?? 0)}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}

const URGENCY_COLOURS: Record<Urgency, string> = { P1: '#c0152f', P2: '#d97706', P3: '#2563eb' }

/** The month's cases per school by urgency, from the monthly report (with its "<3"). */
export function UrgencyBySchoolChart({ report, t }: { report: MonthlyReport; t: Strings }) {
  return (
    <BarChart
      id="chart-urgency"
      title={t.casesBySchool}
      series={URGENCIES.map((u) => ({ key: u, label: u, colour: URGENCY_COLOURS[u] }))}
      bars={report.schools.map((s) => ({
        label: s.school?.name ?? t.noSchool,
        segments: URGENCIES.map((u) => ({ key: u, value: s.byUrgency[u] })),
        total: s.tips,
      }))}
    />
  )
}

/** The county's cases of the month by category. */
export function CategoryChart({ county, t }: { county: ReportFigures; t: Strings }) {
  const keys = Object.keys(t.categories) as Category[]
  return (
    <BarChart
      id="chart-category"
      title={t.casesByCategory}
      series={[{ key: 'cases', label: t.total, colour: '#12355b' }]}
      bars={keys.map((c) => ({
        label: t.categories[c],
        segments: [{ key: 'cases', value: county.byCategory[c] }],
        total: county.byCategory[c],
      }))}
    />
  )
}

/** Median minutes to acknowledge, for the schools with enough cases to have one. */
export function MedianAckChart({ report, t }: { report: MonthlyReport; t: Strings }) {
  return (
    <BarChart
      id="chart-ack"
      title={t.medianAck}
      series={[{ key: 'minutes', label: t.medianAck, colour: '#0f766e' }]}
      bars={report.schools.flatMap((s) =>
        s.medianAckMinutes === null
          ? []
          : [
              {
                label: s.school?.name ?? t.noSchool,
                segments: [{ key: 'minutes', value: s.medianAckMinutes }],
              },
            ],
      )}
    />
  )
}
