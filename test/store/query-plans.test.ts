import { eq } from 'drizzle-orm'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { changesSince, incidentCandidates } from '../../src/intake/incidents'
import { listQueue } from '../../src/officer/casework'
import { officers } from '../../src/store/schema'
import { type TestWhistle, testWhistle } from '../support/whistle'

let w: TestWhistle
beforeEach(async () => {
  w = await testWhistle()
})
afterEach(() => w.cleanup())

/** SQLite's plan for a drizzle query, one line per step. */
function planOf(query: { toSQL(): { sql: string; params: unknown[] } }): string[] {
  const { sql, params } = query.toSQL()
  return planOfSql(sql, params)
}

function planOfSql(sql: string, params: unknown[]): string[] {
  const rows = w.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
  return rows.map((r) => r.detail)
}

describe('hot queries read indexes', () => {
  it("an officer's queue pull walks the open-cases index in queue order: no sort, no closed case read", async () => {
    const [officer] = await w.core.store.db.select().from(officers).where(eq(officers.id, 'off-01'))
    const plan = planOf(listQueue(w.core, officer as NonNullable<typeof officer>, 50))
    expect(plan.some((step) => step.includes('USING INDEX cases_open_queue'))).toBe(true)
    expect(plan.some((step) => step.includes('TEMP B-TREE'))).toBe(false)
  })

  it("the duty desk's queue pull walks every open case in queue order, P1s first: no sort, no scan of alerts", async () => {
    const [desk] = await w.core.store.db.select().from(officers).where(eq(officers.role, 'duty_desk'))
    const plan = planOf(listQueue(w.core, desk as NonNullable<typeof desk>, 50))
    expect(plan.some((step) => step.includes('USING INDEX cases_open_triage'))).toBe(true)
    expect(plan.some((step) => step.includes('TEMP B-TREE'))).toBe(false)
    expect(plan.some((step) => step.includes('alerts_escalated'))).toBe(true)
  })

  it("a new tip's incident candidates come from the school index alone, newest first: no case row read", () => {
    const { sql, params } = incidentCandidates(w.core.store.db).getQuery()
    // The placeholders (school, time) bound as a tip binds them.
    const bound = params.map((p) => (typeof p === 'object' ? 0 : p))
    const plan = planOfSql(sql, bound)
    expect(plan).toEqual([expect.stringContaining('USING COVERING INDEX cases_incident_candidates')])
  })

  it("a tip catches up on its school's window by rowid: the cases since the last tip, not all the school's", () => {
    const { sql, params } = new SQLiteSyncDialect().sqlToQuery(changesSince('qh-001', 100, 2100))
    const plan = planOfSql(sql, params)
    expect(plan).toContainEqual(
      expect.stringContaining('SEARCH cases USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)'),
    )
    expect(plan.join('\n')).not.toContain('cases_incident_candidates')
  })
})
