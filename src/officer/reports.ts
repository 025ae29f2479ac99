import { and, gt, gte, isNull, lt, or } from 'drizzle-orm'
import type { Core } from '../core'
import type { Category, Channel, Urgency } from '../intake/triage/index'
import { CATEGORY_PRECEDENCE as categories } from '../intake/triage/types'
import { cases } from '../store/schema'
import { ackDeadlineMs } from './escalation'

/** A count as a report shows it: below 3 (zero included) it is "<3", so that no tipster can be singled out. */
export type ReportCount = number | '<3'

export const SMALL_COUNT = '<3' as const

const CHANNELS = ['sms', 'whatsapp', 'telegram', 'voice'] as const satisfies readonly Channel[]
export const URGENCIES = ['P1', 'P2', 'P3'] as const satisfies readonly Urgency[]

/** The figures for one school (or the county) and one month. */
export interface ReportFigures {
  /** Reports (cases) opened in the month. */
  tips: ReportCount
  byChannel: Record<Channel, ReportCount>
  byCategory: Record<Category, ReportCount>
  byUrgency: Record<Urgency, ReportCount>
  /** Of the month's cases: median minutes from the tip to an officer taking it up; null under 3 cases. */
  medianAckMinutes: number | null
  /** Of the month's cases: median minutes from the tip to closing; null under 3 closed cases. */
  medianCloseMinutes: number | null
  /** Cases not closed at the end of the month (or now, for the current month), whenever opened. */
  open: ReportCount
  /** Of those, cases nobody had taken up by their deadline. */
  overdue: ReportCount
}

export interface SchoolFigures extends ReportFigures {
  /** Null for the cases whose tipster never named a school. */
  school: { id: string; code: string; name: string; nameEn: string } | null
}

export interface MonthlyReport {
  month: string
  /** The month's bounds in the county's time (REPORT_UTC_OFFSET_MINUTES), as instants. */
  from: string
  to: string
  /** When open and overdue were counted: the month's end, or now if it has not ended. */
  asOf: string
  /** The whole county; null in a report scoped to some schools. */
  county: ReportFigures | null
  schools: SchoolFigures[]
}

export class ReportError extends Error {
  override name = 'ReportError'
}

export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The month (YYYY-MM) an instant falls in, in the county's time (REPORT_UTC_OFFSET_MINUTES). */
export const countyMonth = (core: Core, at: Date) =>
  new Date(at.getTime() + core.config.reportUtcOffsetMinutes * 60_000).toISOString().slice(0, 7)

/** Shows a count, or "<3" for one too small to show. */
export const shown = (n: number): ReportCount => (n < 3 ? SMALL_COUNT : n)

function median(values: number[]): number | null {
  if (values.length < 3) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const m =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  return Math.round(m * 10) / 10
}

type Row = {
  schoolId: string | null
  channel: Channel
  category: Category
  urgency: Urgency
  createdAt: Date
  acknowledgedAt: Date | null
  closedAt: Date | null
}

/** What the open-at-month-end count needs of a case: read from the index alone (cases_closed). */
type OpenRow = Pick<Row, 'schoolId' | 'urgency' | 'createdAt' | 'acknowledgedAt'>

function figures(core: Core, opened: Row[], openAtEnd: OpenRow[], asOf: Date): ReportFigures {
  // One pass per figure, not one per value: a county month has tens of thousands of cases.
  const tally = <K extends string>(keys: readonly K[], of: (r: Row) => K) => {
    const counts = new Map<K, number>()
    for (const r of opened) counts.set(of(r), (counts.get(of(r)) ?? 0) + 1)
    return Object.fromEntries(keys.map((k) => [k, shown(counts.get(k) ?? 0)])) as Record<K, ReportCount>
  }
  const minutes = (from: Date, to: Date | null) => (to ? (to.getTime() - from.getTime()) / 60_000 : null)
  const overdue = openAtEnd.filter(
    (r) =>
      (!r.acknowledgedAt || r.acknowledgedAt > asOf) &&
      r.createdAt.getTime() + ackDeadlineMs(core.config, r.urgency) <= asOf.getTime(),
  )
  return {
    tips: shown(opened.length),
    byChannel: tally(CHANNELS, (r) => r.channel),
    byCategory: tally(categories, (r) => r.category),
    byUrgency: tally(URGENCIES, (r) => r.urgency),
    medianAckMinutes: median(opened.flatMap((r) => minutes(r.createdAt, r.acknowledgedAt) ?? [])),
    medianCloseMinutes: median(opened.flatMap((r) => minutes(r.createdAt, r.closedAt) ?? [])),
    open: shown(openAtEnd.length),
    overdue: shown(overdue.length),
  }
}

/**
 * The monthly report (月报): per school, and for the county, the month's tips by channel, category and
 * urgency, median times to acknowledge and to close, and the open and overdue cases at the month's end.
 * `schoolIds` scopes it to some schools (an officer's own) and leaves out the county and the cases with no
 * school. Every school in scope has a row, with or without tips, so that a row's presence says nothing.
 */
export async function monthlyReport(
  core: Core,
  options: { month: string; schoolIds?: readonly string[] },
): Promise<MonthlyReport> {
  const match = MONTH.exec(options.month)
  if (!match) throw new ReportError('month must be YYYY-MM')
  const offset = core.config.reportUtcOffsetMinutes * 60_000
  const from = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1) - offset)
  const to = new Date(Date.UTC(Number(match[1]), Number(match[2]), 1) - offset)
  const now = core.clock()
  const asOf = now < to ? now : to
  const db = core.store.db
  const columns = {
    schoolId: cases.schoolId,
    channel: cases.channel,
    category: cases.category,
    urgency: cases.urgency,
    createdAt: cases.createdAt,
    acknowledgedAt: cases.acknowledgedAt,
    closedAt: cases.closedAt,
  }
  const [opened, openAtEnd] = await Promise.all([
    db
      .select(columns)
      .from(cases)
      .where(and(gte(cases.createdAt, from), lt(cases.createdAt, to))),
    db
      .select({
        schoolId: cases.schoolId,
        urgency: cases.urgency,
        createdAt: cases.createdAt,
        acknowledgedAt: cases.acknowledgedAt,
      })
      .from(cases)
      .where(and(lt(cases.createdAt, asOf), or(isNull(cases.closedAt), gt(cases.closedAt, asOf)))),
  ])
  const scoped = options.schoolIds ? new Set(options.schoolIds) : null
  const everySchool = (await core.schools.all())
    .filter((s) => !scoped || scoped.has(s.id))
    .sort((a, b) => a.code.localeCompare(b.code))
  // One pass over each list, not one per school: a county has thousands of schools.
  const openedBySchool = Map.groupBy(opened, (r) => r.schoolId)
  const openBySchool = Map.groupBy(openAtEnd, (r) => r.schoolId)
  const of = (schoolId: string | null) =>
    figures(core, openedBySchool.get(schoolId) ?? [], openBySchool.get(schoolId) ?? [], asOf)
  const schools: SchoolFigures[] = everySchool.map((s) => ({
    school: { id: s.id, code: s.code, name: s.nameZh, nameEn: s.nameEn },
    ...of(s.id),
  }))
  if (!scoped) schools.push({ school: null, ...of(null) })
  return {
    month: options.month,
    from: from.toISOString(),
    to: to.toISOString(),
    asOf: asOf.toISOString(),
    county: scoped ? null : figures(core, opened, openAtEnd, asOf),
    schools,
  }
}

/** A spreadsheet cell: quoted when needed, and never read as a formula. */
function csvCell(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The report as CSV: one row per school and one for the county, a column per figure. */
export function monthlyReportCsv(report: MonthlyReport): string {
  const header = [
    'month',
    'scope',
    'school_id',
    'school_code',
    'school_name',
    'tips',
    ...CHANNELS.map((c) => `channel_${c}`),
    ...categories.map((c) => `category_${c}`),
    ...URGENCIES.map((u) => `urgency_${u}`),
    'median_ack_minutes',
    'median_close_minutes',
    'open',
    'overdue',
  ]
  const line = (scope: string, school: SchoolFigures['school'], f: ReportFigures) =>
    [
      report.month,
      scope,
      school?.id ?? null,
      school?.code ?? null,
      school?.name ?? null,
      f.tips,
      ...CHANNELS.map((c) => f.byChannel[c]),
      ...categories.map((c) => f.byCategory[c]),
      ...URGENCIES.map((u) => f.byUrgency[u]),
      f.medianAckMinutes,
      f.medianCloseMinutes,
      f.open,
      f.overdue,
    ]
      .map(csvCell)
      .join(',')
  const rows = [
    header.join(','),
    ...report.schools.map((s) => line(s.school ? 'school' : 'no_school', s.school, s)),
    ...(report.county ? [line('county', null, report.county)] : []),
  ]
  return `${rows.join('\r\n')}\r\n`
}
