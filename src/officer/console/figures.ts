import { and, asc, count, eq, inArray } from 'drizzle-orm'
import type { Core } from '../../core'
import { OPEN_STATUSES } from '../../intake/intake'
import { alerts, type CaseStatus, cases, officers, schools } from '../../store/schema'

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
