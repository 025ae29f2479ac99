import { readFileSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { runDueJobs } from '../../src/jobs'
import { auditEvents, contacts } from '../../src/store/schema'
import { type TestWhistle, testWhistle } from '../support/whistle'
import { caseRow, newPhone, post, tip } from './support'

const DAY = 24 * 60 * 60_000
const offline = { senders: {}, evidence: {} }

let w: TestWhistle
afterEach(() => w.cleanup())

async function copiesOf(ref: string) {
  const { contactId } = await caseRow(w, ref)
  const [contact] = await w.core.store.db.select().from(contacts).where(eq(contacts.id, contactId))
  return { relay: Boolean(contact?.relayBox), escrow: Boolean(contact?.escrowBox), contact }
}

async function close(ref: string) {
  await post(w, `/cases/${ref}/ack`, 'off-01', {})
  await post(w, `/cases/${ref}/status`, 'off-01', { status: 'resolved', resolution: '已处理' })
  const closed = await post(w, `/cases/${ref}/status`, 'off-01', { status: 'closed', feedback: '谢谢。' })
  expect(closed.status).toBe(200)
}

describe('retention', () => {
  it('deletes the relay copy 30 days after the case closed and the escrow copy after 365', async () => {
    w = await testWhistle()
    const start = w.clock.now
    const phone = newPhone()
    const ref = await tip(w, '1001 有人在厕所打人', phone)
    const stillOpen = await tip(w, '1001 有人在楼梯推人')
    const twoCases = newPhone()
    const olderOfTwo = await tip(w, '1001 他们天天骂我', twoCases)
    await close(ref)
    await close(olderOfTwo)
    await tip(w, '1001 又有人骂我了', twoCases) // a second case of the same tipster, open

    const relayBefore = (await copiesOf(ref)).contact?.relayBox as string
    w.clock.now = new Date(start.getTime() + 30 * DAY - 60_000)
    expect((await runDueJobs(w.core, offline)).retention).toEqual({ relayRemoved: 0, escrowRemoved: 0 })
    expect(await copiesOf(ref)).toMatchObject({ relay: true, escrow: true })

    w.clock.now = new Date(start.getTime() + 30 * DAY)
    expect((await runDueJobs(w.core, offline)).retention).toEqual({ relayRemoved: 1, escrowRemoved: 0 })
    expect(await copiesOf(ref)).toMatchObject({ relay: false, escrow: true })
    for (const kept of [stillOpen, olderOfTwo])
      expect(await copiesOf(kept)).toMatchObject({ relay: true, escrow: true })
    // Nothing can reach the tipster any more; the officer is told so.
    expect((await post(w, `/cases/${ref}/replies`, 'off-01', { text: '你好' })).status).toBe(409)

    // The removed copy is gone from the file (secure_delete zeroes freed space as well).
    w.store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    expect(readFileSync(w.dbPath).includes(Buffer.from(relayBefore))).toBe(false)
    expect(w.store.sqlite.pragma('secure_delete', { simple: true })).toBe(1)

    w.clock.now = new Date(start.getTime() + 365 * DAY - 60_000)
    expect((await runDueJobs(w.core, offline)).retention.escrowRemoved).toBe(0)
    w.clock.now = new Date(start.getTime() + 365 * DAY)
    expect((await runDueJobs(w.core, offline)).retention.escrowRemoved).toBe(1)
    expect(await copiesOf(ref)).toMatchObject({ relay: false, escrow: false })
    expect(await copiesOf(olderOfTwo)).toMatchObject({ relay: true, escrow: true })

    const trail = await w.core.store.db.select().from(auditEvents).where(eq(auditEvents.action, 'retention'))
    expect(trail.map((e) => e.detail.removed)).toEqual(['relay', 'escrow'])
  })

  it('follows RELAY_RETENTION_DAYS and ESCROW_RETENTION_DAYS', async () => {
    w = await testWhistle({ env: { RELAY_RETENTION_DAYS: '7', ESCROW_RETENTION_DAYS: '90' } })
    const start = w.clock.now
    const ref = await tip(w, '1001 有人在厕所打人')
    await close(ref)
    w.clock.now = new Date(start.getTime() + 7 * DAY)
    await runDueJobs(w.core, offline)
    expect(await copiesOf(ref)).toMatchObject({ relay: false, escrow: true })
    w.clock.now = new Date(start.getTime() + 90 * DAY)
    await runDueJobs(w.core, offline)
    expect(await copiesOf(ref)).toMatchObject({ relay: false, escrow: false })
  })

  it('a tipster who writes again after retention can be answered again', async () => {
    w = await testWhistle()
    const phone = newPhone()
    const ref = await tip(w, '1001 有人在厕所打人', phone)
    await close(ref)
    w.clock.advance(400 * DAY)
    await runDueJobs(w.core, offline)
    expect(await copiesOf(ref)).toMatchObject({ relay: false, escrow: false })
    const again = await tip(w, '1001 他们又在厕所打人', phone)
    expect(again).not.toBe(ref)
    expect(await copiesOf(again)).toMatchObject({ relay: true, escrow: true })
    expect((await post(w, `/cases/${again}/replies`, 'off-01', { text: '收到' })).status).toBe(200)
  })
})
