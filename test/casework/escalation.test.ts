import { and, eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runDueJobs } from '../../src/jobs'
import { alerts, outbox } from '../../src/store/schema'
import { type TestWhistle, testWhistle } from '../support/whistle'
import { api, caseRow, post, tip, whistleCli } from './support'

const MINUTE = 60_000
const offline = { senders: {}, evidence: {} }

let w: TestWhistle
beforeEach(async () => {
  w = await testWhistle({ env: { P1_ACK_MINUTES: '10' } })
})
afterEach(() => w.cleanup())

async function escalations(ref: string) {
  const { id } = await caseRow(w, ref)
  const rows = await w.core.store.db
    .select({ officerId: alerts.officerId, level: alerts.level, outboxId: alerts.outboxId })
    .from(alerts)
    .where(and(eq(alerts.caseId, id), eq(alerts.reason, 'escalation')))
  return rows.map((r) => `${r.level}:${r.officerId}`).sort()
}

const at = async (minutes: number, start: Date) => {
  w.clock.now = new Date(start.getTime() + minutes * MINUTE)
  return runDueJobs(w.core, offline)
}

describe('a P1 nobody acknowledges', () => {
  it('alerts the duty desk and the supervisor at the deadline, again each deadline after, until acknowledged', async () => {
    const start = w.clock.now
    const ref = await tip(w, '1001 他们现在在厕所打人')
    expect((await caseRow(w, ref)).urgency).toBe('P1')

    expect((await at(9, start)).escalations.escalated).toBe(0)
    expect(await escalations(ref)).toEqual([])

    expect((await at(10, start)).escalations.escalated).toBe(1)
    expect(await escalations(ref)).toEqual(['1:admin', '1:duty'])
    await at(15, start)
    expect(await escalations(ref)).toEqual(['1:admin', '1:duty'])

    await at(20, start)
    expect(await escalations(ref)).toEqual(['1:admin', '1:duty', '2:admin', '2:duty'])

    // A loop that was down for a while sends one alert at the level due, not one per missed round.
    await at(45, start)
    expect(await escalations(ref)).toEqual(['1:admin', '1:duty', '2:admin', '2:duty', '4:admin', '4:duty'])

    expect((await post(w, `/cases/${ref}/ack`, 'off-01', {})).status).toBe(200)
    expect((await at(60, start)).escalations.escalated).toBe(0)
    expect((await at(24 * 60, start)).escalations.escalated).toBe(0)
    expect(await escalations(ref)).toHaveLength(6)

    // Each alert is a message queued to the officer's own channel, naming the case, never the tipster's words.
    const queued = await w.core.store.db.select().from(outbox).where(eq(outbox.kind, 'alert'))
    const texts = queued.filter((m) => m.officerId === 'duty').map((m) => w.core.vault.openContent(m.body))
    expect(texts.filter((t) => t.includes('升级'))).toHaveLength(3)
    for (const t of texts) expect(t).not.toContain('厕所')
  })

  it('follows P1_ACK_MINUTES', async () => {
    w.cleanup()
    w = await testWhistle({ env: { P1_ACK_MINUTES: '3' } })
    const start = w.clock.now
    const ref = await tip(w, '1001 他们现在在厕所打人')
    await at(2, start)
    expect(await escalations(ref)).toEqual([])
    await at(3, start)
    expect(await escalations(ref)).toEqual(['1:admin', '1:duty'])
  })
})

describe('whistle jobs run --at', () => {
  it('escalates as of the time given', async () => {
    const ref = await tip(w, '1001 他们现在在厕所打人')
    const nine = new Date(w.clock.now.getTime() + 9 * MINUTE).toISOString()
    const ten = new Date(w.clock.now.getTime() + 10 * MINUTE).toISOString()
    const quiet = { TWILIO_API_BASE: 'http://127.0.0.1:9' }
    expect(whistleCli(w, ['jobs', 'run', '--at', nine], quiet).stdout).toContain(
      'escalations: 0 cases escalated',
    )
    const run = whistleCli(w, ['jobs', 'run', '--at', ten], quiet)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('escalations: 1 cases escalated')
    expect(await escalations(ref)).toEqual(['1:admin', '1:duty'])
  }, 60_000)
})

describe('a P2 nobody acknowledges', () => {
  it('alerts the supervisor once, after 24 hours', async () => {
    const start = w.clock.now
    const ref = await tip(w, '1001 昨天有人在厕所打人')
    expect((await caseRow(w, ref)).urgency).toBe('P2')
    await at(24 * 60 - 1, start)
    expect(await escalations(ref)).toEqual([])
    await at(24 * 60, start)
    expect(await escalations(ref)).toEqual(['1:admin'])
    await at(72 * 60, start)
    expect(await escalations(ref)).toEqual(['1:admin'])
  })

  it('an officer taking the case up in time prevents it', async () => {
    const start = w.clock.now
    const ref = await tip(w, '1001 昨天有人在厕所打人')
    await at(60, start)
    expect((await post(w, `/cases/${ref}/status`, 'off-01', { status: 'in_progress' })).status).toBe(200)
    await at(48 * 60, start)
    expect(await escalations(ref)).toEqual([])
  })
})

describe('the overdue list', () => {
  it('shows each officer their own overdue cases, and the supervisor all of them, counted per officer and school', async () => {
    const start = w.clock.now
    const p1 = await tip(w, '1001 他们现在在厕所打人')
    const p2 = await tip(w, '1002 昨天有人在厕所打人')
    const early = await tip(w, '1001 有人在楼梯推人')
    await post(w, `/cases/${early}/ack`, 'off-01', {})
    w.clock.now = new Date(start.getTime() + 25 * 60 * MINUTE)
    const fresh = await tip(w, '1001 有人在操场打人')

    const mine = await api(w, '/overdue', 'off-01')
    expect(mine.status).toBe(200)
    expect(mine.body.cases.map((c: { ref: string }) => c.ref)).toEqual([p1])
    expect(mine.body.cases[0]).toMatchObject({ urgency: 'P1', minutesOverdue: 25 * 60 - 10 })
    expect(mine.body.cases.map((c: { ref: string }) => c.ref)).not.toContain(fresh)

    const other = await api(w, '/overdue', 'off-02')
    expect(other.body.cases.map((c: { ref: string }) => c.ref)).toEqual([p2])

    const all = await api(w, '/overdue', 'admin')
    expect(all.body.cases.map((c: { ref: string }) => c.ref)).toEqual([p1, p2])
    expect(all.body.byOfficer).toEqual(
      expect.arrayContaining([
        { officerId: 'off-01', count: 1 },
        { officerId: 'off-02', count: 1 },
      ]),
    )
    expect(all.body.bySchool).toEqual(
      expect.arrayContaining([
        { schoolId: 'qh-001', count: 1 },
        { schoolId: 'qh-002', count: 1 },
      ]),
    )
    expect((await api(w, '/overdue', 'off-03')).body).toEqual({ cases: [], byOfficer: [], bySchool: [] })
  })
})
