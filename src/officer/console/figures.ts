import { and, asc, count, eq, gte, inArray, isNull, lt, or } from 'drizzle-orm'
import type { Core } from '../../core'
import { OPEN_STATUSES } from '../../intake/intake'
import { type Category, CATEGORY_PRECEDENCE as categories } from '../../intake/triage/types'
import { alerts, type CaseStatus, cases, officers, schools } from '../../store/schema'

export type { Category }
export type Urgency = 'P1' | 'P2' | 'P3'
export const URGENCIES: readonly Urgency[] = ['P1', 'P2', 'P3']

const P2_ACK_HOURS = 24

/** When an unacknowledged case escalates: P1 after P1_ACK_MINUTES, P2 after a day; P3 and acknowledged never. */
export function escalationDue(
  p1AckMinutes: number,
  item: { urgency: Urgency; createdAt: Date; acknowledgedAt: Date | null },
): Date | null {
  if (item.acknowledgedAt) return null
  const created = item.createdAt.getTime()
  if (item.urgency === 'P1') return new Date(created + p1AckMinutes * 60_000)
  if (item.urgency === 'P2') return new Date(created + P2_ACK_HOURS * 3_600_000)
  return null
}

const openCase = inArray(cases.status, [...OPEN_STATUSES] as CaseStatus[])

/** Open cases an escalation alert went out for: the duty desk's third list. */
export async function escalatedRefs(core: Core): Promise<Set<string>> {
  const rows = await core.store.db
    .selectDistinct({ ref: cases.ref })
    .from(alerts)
    .innerJoin(cases, eq(cases.id, alerts.caseId))
    .where(and(eq(alerts.reason, 'escalation'), openCase))
  return new Set(rows.map((r) => r.ref))
}

/** Open, unacknowledged cases past their escalation time, county-wide, oldest first. */
export async function overdueCases(core: Core) {
  const now = core.clock().getTime()
  const p1Cutoff = new Date(now - core.config.p1AckMinutes * 60_000)
  const p2Cutoff = new Date(now - P2_ACK_HOURS * 3_600_000)
  return core.store.db
    .select({
      ref: cases.ref,
      status: cases.status,
      urgency: cases.urgency,
      category: cases.category,
      schoolName: schools.nameZh,
      officerId: cases.officerId,
      createdAt: cases.createdAt,
      acknowledgedAt: cases.acknowledgedAt,
    })
    .from(cases)
    .leftJoin(schools, eq(schools.id, cases.schoolId))
    .where(
      and(
        openCase,
        isNull(cases.acknowledgedAt),
        or(
          and(eq(cases.urgency, 'P1'), lt(cases.createdAt, p1Cutoff)),
          and(eq(cases.urgency, 'P2'), lt(cases.createdAt, p2Cutoff)),
        ),
      ),
    )
    .orderBy(asc(cases.createdAt))
    .limit(500)
}

/** Every school with its officer and how many of its cases are open. */
export async function schoolLoad(core: Core) {
  const db = core.store.db
  const [rows, open] = await Promise.all([
    db
      .select({
        id: schools.id,
        code: schools.code,
        name: schools.nameZh,
        nameEn: schools.nameEn,
        officer: officers.displayName,
      })
      .from(schools)
      .leftJoin(officers, eq(officers.id, schools.officerId))
      .orderBy(asc(schools.code)),
    db.select({ schoolId: cases.schoolId, n: count() }).from(cases).where(openCase).groupBy(cases.schoolId),
  ])
  const openBySchool = new Map(open.map((o) => [o.schoolId, o.n]))
  return rows.map((s) => ({ ...s, open: openBySchool.get(s.id) ?? 0 }))
}

/**
 * What the supervisor's charts draw for one month. The chart components take only this shape, so the
 * county's `monthlyReport` can feed them as well as the query below.
 */
export interface MonthlyFigures {
  month: string
  schools: SchoolFigures[]
}

export interface SchoolFigures {
  schoolId: string | null
  name: string
  total: number
  byUrgency: Record<Urgency, number>
  byCategory: Record<Category, number>
  /** Minutes from receipt to acknowledgement, median over the acknowledged cases; null if none. */
  medianAckMinutes: number | null
}

export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export const currentMonth = (at: Date) => at.toISOString().slice(0, 7)

const median = (values: number[]): number | null => {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>

/** Cases received in a calendar month (UTC), per school. */
export async function monthlyFigures(core: Core, month: string): Promise<MonthlyFigures> {
  const match = MONTH.exec(month)
  if (!match) throw new RangeError('month must be YYYY-MM')
  const year = Number(match[1])
  const index = Number(match[2]) - 1
  const from = new Date(Date.UTC(year, index, 1))
  const to = new Date(Date.UTC(year, index + 1, 1))
  const rows = await core.store.db
    .select({
      schoolId: cases.schoolId,
      name: schools.nameZh,
      urgency: cases.urgency,
      category: cases.category,
      createdAt: cases.createdAt,
      acknowledgedAt: cases.acknowledgedAt,
    })
    .from(cases)
    .leftJoin(schools, eq(schools.id, cases.schoolId))
    .where(and(gte(cases.createdAt, from), lt(cases.createdAt, to)))
  const bySchool = new Map<string | null, SchoolFigures & { ackMinutes: number[] }>()
  for (const row of rows) {
    let figures = bySchool.get(row.schoolId)
    if (!figures) {
      figures = {
        schoolId: row.schoolId,
        name: row.name ?? '—',
        total: 0,
        byUrgency: zeroes(URGENCIES),
        byCategory: zeroes(categories),
        medianAckMinutes: null,
        ackMinutes: [],
      }
      bySchool.set(row.schoolId, figures)
    }
    figures.total++
    figures.byUrgency[row.urgency]++
    figures.byCategory[row.category]++
    if (row.acknowledgedAt)
      figures.ackMinutes.push((row.acknowledgedAt.getTime() - row.createdAt.getTime()) / 60_000)
  }
  return {
    month,
    schools: [...bySchool.values()]
      .map(({ ackMinutes, ...figures }) => ({ ...figures, medianAckMinutes: median(ackMinutes) }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
  }
}

/** A spreadsheet cell that cannot run as a formula. */
const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function figuresCsv(figures: MonthlyFigures): string {
  const header = ['month', 'school_id', 'school', 'total', ...URGENCIES, ...categories, 'median_ack_minutes']
  const lines = figures.schools.map((s) =>
    [
      figures.month,
      s.schoolId,
      s.name,
      s.total,
      ...URGENCIES.map((u) => s.byUrgency[u]),
      ...categories.map((c) => s.byCategory[c]),
      s.medianAckMinutes === null ? null : Math.round(s.medianAckMinutes),
    ]
      .map(csvCell)
      .join(','),
  )
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`
}
