import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AuditRow, auditHash, verifyAuditChain } from '../../src/store/audit'
import { auditEvents } from '../../src/store/schema'
import { type TestWhistle, testWhistle } from '../support/whistle'
import { post, tip, whistleCli } from './support'

let w: TestWhistle
beforeEach(async () => {
  w = await testWhistle()
  const ref = await tip(w, '1001 有人在厕所打人')
  await post(w, `/cases/${ref}/ack`, 'off-01', {})
  await post(w, `/cases/${ref}/notes`, 'off-01', { text: '已联系班主任' })
  await post(w, `/cases/${ref}/status`, 'off-01', { status: 'in_progress' })
})
afterEach(() => w.cleanup())

const verify = () => verifyAuditChain(w.core.store.db)

describe('audit verify', () => {
  it('finds the chain intact after ordinary work', async () => {
    const { events, broken } = await verify()
    expect(broken).toBeNull()
    expect(events).toBeGreaterThan(5)
  })

  it('finds a row changed with raw SQL on the database file', async () => {
    w.store.sqlite
      .prepare(`update audit_events set detail = json_set(detail, '$.to', 'closed') where action = 'status'`)
      .run()
    const seq = w.store.sqlite
      .prepare(`select min(seq) as seq from audit_events where action = 'status'`)
      .get() as {
      seq: number
    }
    expect((await verify()).broken).toEqual({ seq: seq.seq, problem: 'row changed' })
  })

  it('finds a row whose hash was recomputed to match: the next row no longer follows it', async () => {
    const [row] = (await w.core.store.db.select().from(auditEvents).where(eq(auditEvents.seq, 2))) as [
      AuditRow,
    ]
    const forged = { ...row, actor: 'officer:off-02' }
    w.store.sqlite
      .prepare('update audit_events set actor = ?, hash = ? where seq = 2')
      .run(forged.actor, auditHash(row.prevHash, forged))
    expect((await verify()).broken).toEqual({ seq: 3, problem: 'previous hash does not match' })
  })

  it('finds a row removed', async () => {
    w.store.sqlite.prepare('delete from audit_events where seq = 3').run()
    expect((await verify()).broken).toEqual({ seq: 3, problem: 'row missing' })
  })

  it('from the command line: exit 0 when intact, 1 and where when broken', async () => {
    const intact = whistleCli(w, ['audit', 'verify'])
    expect(intact.code).toBe(0)
    expect(intact.stdout).toMatch(/^audit chain intact: \d+ events$/m)
    w.store.sqlite.prepare(`update audit_events set at = at + 1 where seq = 4`).run()
    const broken = whistleCli(w, ['audit', 'verify'])
    expect(broken.code).toBe(1)
    expect(broken.stdout).toContain('audit chain BROKEN at event 4: row changed')
  }, 60_000)
})
