import { and, asc, eq, inArray, isNull, lte, max } from 'drizzle-orm'
import type { Config } from '../config'
import type { Core } from '../core'
import { alertWrites } from '../intake/routing'
import type { Urgency } from '../intake/triage/index'
import { alerts, cases, officers, schools } from '../store/schema'
import { scopeOf } from './casework'
import type { Officer } from './tokens'

/** A case nobody has taken up yet: these statuses, and no acknowledgement. */
export const UNACKNOWLEDGED_STATUSES = ['new', 'assigned'] as const

const HOUR = 60 * 60_000

/**
 * How long a case may wait for an officer to take it up (TRIAGE.md): P1 as configured, P2 the same day
 * (24 hours), P3 within the week.
 */
export function ackDeadlineMs(config: Pick<Config, 'p1AckMinutes'>, urgency: Urgency): number {
  if (urgency === 'P1') return config.p1AckMinutes * 60_000
  return urgency === 'P2' ? 24 * HOUR : 7 * 24 * HOUR
}

/**
 * When a case nobody has taken up escalates (its first round in `runEscalations`): a P1 or P2 at its
 * deadline; null once acknowledged, and for a P3, which waits in the queue without escalating.
 */
export function escalatesAt(
  config: Pick<Config, 'p1AckMinutes'>,
  item: { urgency: Urgency; createdAt: Date; acknowledgedAt: Date | null },
): Date | null {
  if (item.acknowledgedAt || item.urgency === 'P3') return null
  return new Date(item.createdAt.getTime() + ackDeadlineMs(config, item.urgency))
}

/** Most cases escalated in one run; the rest wait for the next. */
const ESCALATIONS_PER_RUN = 200

/**
 * Escalates cases nobody has acknowledged in time. A P1 alerts the duty desk and the supervisor when its
 * deadline passes and again every deadline after, each round one level higher, until someone
 * acknowledges; a P2 alerts the supervisor once, after a day.
 */
export async function runEscalations(core: Core): Promise<{ escalated: number }> {
  const db = core.store.db
  const now = core.clock()
  const p1Every = ackDeadlineMs(core.config, 'P1')
  const waiting = await db
    .select({
      id: cases.id,
      ref: cases.ref,
      urgency: cases.urgency,
      category: cases.category,
      createdAt: cases.createdAt,
      schoolName: schools.nameZh,
      level: max(alerts.level),
    })
    .from(cases)
    .leftJoin(schools, eq(schools.id, cases.schoolId))
    .leftJoin(alerts, and(eq(alerts.caseId, cases.id), eq(alerts.reason, 'escalation')))
    .where(
      and(
        inArray(cases.status, [...UNACKNOWLEDGED_STATUSES]),
        isNull(cases.acknowledgedAt),
        inArray(cases.urgency, ['P1', 'P2']),
        lte(cases.createdAt, new Date(now.getTime() - p1Every)),
      ),
    )
    .groupBy(cases.id)
    .orderBy(asc(cases.urgency), asc(cases.createdAt))
  const supervisors = (
    await db
      .select({ id: officers.id })
      .from(officers)
      .where(and(eq(officers.role, 'supervisor'), eq(officers.active, true)))
  ).map((o) => o.id)
  const desk = await core.schools.dutyDeskId()
  let escalated = 0
  for (const c of waiting) {
    if (escalated >= ESCALATIONS_PER_RUN) break
    const waited = now.getTime() - c.createdAt.getTime()
    const dueLevel =
      c.urgency === 'P1' ? Math.floor(waited / p1Every) : waited >= ackDeadlineMs(core.config, 'P2') ? 1 : 0
    if (dueLevel <= (c.level ?? 0)) continue
    const recipients = c.urgency === 'P1' ? [...(desk ? [desk] : []), ...supervisors] : supervisors
    const { writes, audit } = await alertWrites(
      core,
      { caseId: c.id, ref: c.ref, urgency: c.urgency, category: c.category, schoolName: c.schoolName },
      recipients,
      'escalation',
      dueLevel,
    )
    if (!writes.length) {
      core.log.warn({ case: c.id }, 'escalation due but no active duty desk or supervisor to alert')
      continue
    }
    await core.store.commit(writes, audit)
    escalated++
  }
  return { escalated }
}

/**
 * The open cases in the officer's scope that nobody took up by their deadline, oldest deadline first,
 * counted per officer and per school.
 */
export async function listOverdue(core: Core, officer: Officer) {
  const now = core.clock().getTime()
  const rows = await core.store.db
    .select({
      ref: cases.ref,
      status: cases.status,
      urgency: cases.urgency,
      category: cases.category,
      officerId: cases.officerId,
      schoolId: cases.schoolId,
      schoolName: schools.nameZh,
      createdAt: cases.createdAt,
    })
    .from(cases)
    .leftJoin(schools, eq(schools.id, cases.schoolId))
    .where(
      and(
        inArray(cases.status, [...UNACKNOWLEDGED_STATUSES]),
        isNull(cases.acknowledgedAt),
        scopeOf(officer),
      ),
    )
    .orderBy(asc(cases.createdAt))
  const overdue = rows
    .map((r) => {
      const dueAt = r.createdAt.getTime() + ackDeadlineMs(core.config, r.urgency)
      return { ...r, dueAt: new Date(dueAt), minutesOverdue: Math.floor((now - dueAt) / 60_000) }
    })
    .filter((r) => r.minutesOverdue >= 0)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
  const tally = (key: (r: (typeof overdue)[number]) => string | null) => {
    const counts = new Map<string | null, number>()
    for (const r of overdue) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1)
    return [...counts].map(([id, n]) => ({ id, count: n }))
  }
  return {
    cases: overdue,
    byOfficer: tally((r) => r.officerId).map(({ id, count }) => ({ officerId: id as string, count })),
    bySchool: tally((r) => r.schoolId).map(({ id, count }) => ({ schoolId: id, count })),
  }
}
