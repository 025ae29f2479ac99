import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ANSWERS_PER_HOUR } from '../../src/intake/intake'
import { runDueJobs } from '../../src/jobs'
import * as schema from '../../src/store/schema'
import { api, caseRow } from '../casework/support'
import { FakeTelegram, telegramEnv } from '../support/telegram'
import { FakeTwilio, refIn, sendSms } from '../support/twilio'
import { type TestWhistle, testWhistle } from '../support/whistle'

/** How many distinct numbers flood one school (FLOOD_TIPS raises it for a heavier run). */
const FLOOD = Number(process.env.FLOOD_TIPS ?? 120)

let w: TestWhistle
let twilio: FakeTwilio
let tg: FakeTelegram

beforeAll(async () => {
  twilio = await new FakeTwilio().start()
  tg = await new FakeTelegram().start()
  w = await testWhistle({ twilioApiBase: twilio.url, env: telegramEnv(tg.url) })
})
afterAll(async () => {
  w.cleanup()
  await twilio.stop()
  await tg.stop()
})

describe('a flood after a viral video', () => {
  it('leaves a real P1 first in the officer’s queue, the duty desk alerted in the first delivery run', async () => {
    const flood = (i: number) => `+86137${String(i).padStart(8, '0')}`
    let p1: string | null = null
    for (let i = 0; i < FLOOD; i++) {
      await sendSms(w.app, flood(i), `1001 哈哈哈 视频里那个人是谁 #${i}`)
      w.clock.advance(1000)
      // One prankster number sends over and over: it is answered only so often.
      await sendSms(w.app, '+8613700000000', `1001 刷屏 ${i}`)
      if (i === FLOOD - 3) {
        const real = await sendSms(
          w.app,
          '+8613912345000',
          '1001 有个同学被他们拿刀逼到天台，说要杀了他，快来',
        )
        p1 = refIn(real.twiml)
      }
    }
    expect(p1).toBeTruthy()
    const ref = p1 as string
    expect((await caseRow(w, ref)).urgency).toBe('P1')

    const queue = await api(w, '/queue?limit=200', 'off-01')
    expect(queue.status).toBe(200)
    expect(queue.body.cases[0].ref).toBe(ref)

    // The prankster is answered at most ANSWERS_PER_HOUR times an hour; everyone else once.
    const receipts = await w.core.store.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.kind, 'receipt'))
    const hours = Math.ceil((FLOOD * 1000) / 3_600_000)
    expect(receipts.length).toBeLessThanOrEqual(FLOOD + 1 + ANSWERS_PER_HOUR * hours)

    const caseId = (await caseRow(w, ref)).id
    const dutyAlerts = await w.core.store.db
      .select()
      .from(schema.alerts)
      .where(and(eq(schema.alerts.caseId, caseId), eq(schema.alerts.officerId, 'duty')))
    expect(dutyAlerts.map((a) => a.reason)).toEqual(['p1'])

    // However long the queue of routine alerts ahead of it, the P1's alerts go out in the very next run.
    const queued = await w.core.store.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.status, 'pending'))
    expect(queued.length).toBeGreaterThan(100)
    await runDueJobs(w.core, w.clients)
    const outbox = await w.core.store.db.select().from(schema.outbox).where(eq(schema.outbox.caseId, caseId))
    const alerts = outbox.filter((m) => m.kind === 'alert')
    expect(alerts.length).toBeGreaterThanOrEqual(2)
    expect(alerts.map((m) => m.status)).toEqual(alerts.map(() => 'sent'))
  })
})
