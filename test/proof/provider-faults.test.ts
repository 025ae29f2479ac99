import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runDueJobs } from '../../src/jobs'
import type { ProviderClients } from '../../src/jobs'
import { telegramEvidenceFetcher, telegramSender } from '../../src/relay/telegram'
import { twilioSender } from '../../src/relay/twilio'
import * as schema from '../../src/store/schema'
import { post, tip } from '../casework/support'
import { FakeTelegram, messageUpdate, postUpdate, TELEGRAM, telegramEnv } from '../support/telegram'
import { FakeTwilio, sendSms } from '../support/twilio'
import { type TestWhistle, testWhistle, TWILIO } from '../support/whistle'

/** Short enough that a hanging provider costs the test half a second per call, not the production ten. */
const TIMEOUT_MS = 400
const HOUR = 60 * 60_000

let w: TestWhistle
let twilio: FakeTwilio
let tg: FakeTelegram
let clients: ProviderClients

beforeEach(async () => {
  twilio = await new FakeTwilio().start()
  tg = await new FakeTelegram().start()
  w = await testWhistle({ twilioApiBase: twilio.url, env: telegramEnv(tg.url) })
  const account = { ...TWILIO, apiBase: twilio.url, timeoutMs: TIMEOUT_MS }
  const bot = { botToken: TELEGRAM.botToken, webhookSecret: TELEGRAM.webhookSecret, apiRoot: tg.url }
  clients = {
    senders: {
      sms: twilioSender(account, 'sms'),
      whatsapp: twilioSender(account, 'whatsapp'),
      telegram: telegramSender({ ...bot, timeoutMs: TIMEOUT_MS }),
    },
    evidence: { telegram: telegramEvidenceFetcher({ ...bot, timeoutMs: TIMEOUT_MS }) },
  }
})
afterEach(async () => {
  w.cleanup()
  await twilio.stop()
  await tg.stop()
})

const outboxRows = () => w.core.store.db.select().from(schema.outbox)

/** Fills the outbox with every kind of message: receipts, officer alerts, replies over SMS, WhatsApp and Telegram. */
async function queueEveryKind() {
  const refs = [await tip(w, '1001 他们每天在厕所打我，还说要杀了我'), await tip(w, '1002 有人抢我的钱')]
  const whatsapp = await sendSms(w.app, 'whatsapp:+8613912340001', '1003 同学被人推下楼梯，流血了')
  expect(whatsapp.status).toBe(200)
  const parent = 5_200_000_000_123
  expect((await postUpdate(w.app, messageUpdate(parent, { text: '/start s1004' }))).status).toBe(200)
  expect((await postUpdate(w.app, messageUpdate(parent, { text: '有个孩子天天被打' }))).status).toBe(200)
  const cases = await w.core.store.db.select().from(schema.cases)
  for (const c of cases) {
    const school = await w.core.schools.get(c.schoolId ?? '')
    const officer = school?.officerId ?? 'duty'
    const reply = await post(w, `/cases/${c.ref}/replies`, officer, { text: `谢谢，我们在处理 ${c.ref}` })
    expect(reply.status, `reply on ${c.ref}`).toBe(200)
  }
  expect(refs.every(Boolean)).toBe(true)
  const rows = await outboxRows()
  // Every channel and both directions are in play.
  expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['sms', 'whatsapp', 'telegram']))
  expect(rows.some((r) => r.officerId)).toBe(true)
  expect(rows.some((r) => r.contactId)).toBe(true)
  return rows
}

/** The texts the providers accepted: one entry per delivered message. */
const delivered = () => [...twilio.messages.map((m) => m.body), ...tg.accepted.map((m) => m.text)]

describe('provider faults', () => {
  it('every queued message goes out exactly once after 5xx, hangs and 429s end', async () => {
    const queued = await queueEveryKind()
    const sentBefore = { twilio: twilio.messages.length, telegram: tg.accepted.length }

    const outages = [
      { twilio: { status: 503 }, telegram: { status: 502 } },
      { twilio: 'hang', telegram: 'hang' },
      {
        twilio: { status: 429, headers: { 'Retry-After': '120' } },
        telegram: { status: 429, retryAfter: 120 },
      },
      { twilio: { status: 500 }, telegram: { status: 500 } },
    ] as const
    for (const outage of outages) {
      twilio.outage = outage.twilio
      tg.outage = outage.telegram
      const started = Date.now()
      const report = await runDueJobs(w.core, clients)
      expect(report.outbox.sent, JSON.stringify(outage)).toBe(0)
      expect(report.outbox.failed).toBe(0)
      // A hanging provider costs one timeout per message, never the whole queue waiting on it for minutes.
      expect(Date.now() - started).toBeLessThan(queued.length * (TIMEOUT_MS + 500) + 2000)
      w.clock.advance(2 * HOUR)
    }
    expect(twilio.messages.length).toBe(sentBefore.twilio)
    // 429's retry_after is honoured: nothing is due before it.
    const pending = await outboxRows()
    expect(pending.every((r) => r.status === 'pending')).toBe(true)

    twilio.outage = null
    tg.outage = null
    for (let run = 0; run < 5; run++) {
      await runDueJobs(w.core, clients)
      w.clock.advance(2 * HOUR)
    }
    const rows = await outboxRows()
    expect(rows.map((r) => r.status)).toEqual(rows.map(() => 'sent'))
    // Exactly once: each queued message was accepted once, by the provider of its channel.
    const twilioRows = rows.filter((r) => r.channel !== 'telegram')
    const telegramRows = rows.filter((r) => r.channel === 'telegram')
    expect(twilio.messages.length - sentBefore.twilio).toBe(twilioRows.length)
    expect(tg.accepted.length - sentBefore.telegram).toBe(telegramRows.length)
    const sids = twilio.messages.slice(sentBefore.twilio).map((m) => m.sid)
    expect(new Set(twilioRows.map((r) => r.providerMessageId))).toEqual(new Set(sids))
    expect(new Set(telegramRows.map((r) => r.providerMessageId))).toEqual(
      new Set(tg.accepted.slice(sentBefore.telegram).map((m) => String(m.messageId))),
    )
    const texts = delivered()
    for (const row of rows) {
      const text = w.core.vault.openContent(row.body)
      expect(texts.filter((d) => d === text).length, `copies of outbox ${row.id}`).toBe(1)
    }
    // Retrying more changes nothing.
    await runDueJobs(w.core, clients)
    expect(twilio.messages.length - sentBefore.twilio).toBe(twilioRows.length)
    expect(tg.accepted.length - sentBefore.telegram).toBe(telegramRows.length)
  })

  it('evidence waits out a hanging or failing Bot API and is stored once when it answers', async () => {
    const parent = 5_300_000_000_001
    tg.addFile('fault-photo', new Uint8Array(4000).fill(3))
    await postUpdate(w.app, messageUpdate(parent, { text: '/start s1001' }))
    await postUpdate(w.app, messageUpdate(parent, { caption: '照片', photo: { fileId: 'fault-photo' } }))
    for (const outage of ['hang', { status: 502 }, { status: 429, retryAfter: 60 }] as const) {
      tg.outage = outage
      const { evidence } = await runDueJobs(w.core, clients)
      expect(evidence.stored, JSON.stringify(outage)).toBe(0)
      expect(evidence.failed).toBe(0)
      w.clock.advance(2 * HOUR)
    }
    tg.outage = null
    for (let run = 0; run < 3; run++) {
      await runDueJobs(w.core, clients)
      w.clock.advance(2 * HOUR)
    }
    const media = await w.core.store.db.select().from(schema.media)
    expect(media.map((m) => m.state)).toEqual(['stored'])
    expect(tg.downloads).toHaveLength(1)
  })

  it('a 4xx other than 429 is final: no retry storm, the message is marked failed', async () => {
    await tip(w, '1001 有人抢我的钱')
    twilio.outage = { status: 400 }
    tg.outage = { status: 403 }
    const first = await runDueJobs(w.core, clients)
    expect(first.outbox.failed).toBeGreaterThan(0)
    expect(first.outbox.retrying).toBe(0)
    w.clock.advance(24 * HOUR)
    await runDueJobs(w.core, clients)
    const failed = await w.core.store.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.status, 'failed'))
    // The first run's refusals were tried once; later rows are escalation alerts queued since.
    expect(failed.filter((r) => r.attempts === 1).length).toBeGreaterThanOrEqual(first.outbox.failed)
    expect(failed.every((r) => r.attempts === 1)).toBe(true)
    // What is stored about the failure names the provider's answer, never an address or the text.
    for (const row of failed) expect(row.lastError).toMatch(/^(Twilio|Telegram) (refused|answered)/)
  })
})
