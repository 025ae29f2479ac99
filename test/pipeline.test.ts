import { readFileSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runDueJobs } from '../src/jobs'
import * as schema from '../src/store/schema'
import { FakeTwilio, refIn, sendSms } from './support/twilio'
import { api, rowCounts, type TestWhistle, TWILIO, testWhistle } from './support/whistle'

const CHILD = '+8613912345678'
const PARENT = '+8613987654321'

let w: TestWhistle
let twilio: FakeTwilio

beforeEach(async () => {
  twilio = await new FakeTwilio().start()
  w = await testWhistle({ twilioApiBase: twilio.url })
})
afterEach(async () => {
  w.cleanup()
  await twilio.stop()
})

describe('a signed SMS tip', () => {
  it('becomes one case in the school officer’s queue, answered with its reference', async () => {
    const sms = await sendSms(w.app, CHILD, '1001 有人在厕所打人')
    expect(sms.status).toBe(200)
    expect(sms.twiml).toMatch(/^<\?xml[^>]*\?><Response><Message>.*<\/Message><\/Response>$/)
    const ref = refIn(sms.twiml)
    expect(ref).toMatch(/^\d{8}$/)
    expect(sms.twiml).toContain('已收到')

    const mine = await api(w, '/queue', 'off-01')
    expect(mine.body.cases).toHaveLength(1)
    expect(mine.body.cases[0]).toMatchObject({
      ref,
      schoolId: 'qh-001',
      officerId: 'off-01',
      urgency: expect.any(String),
    })
    expect((await api(w, '/queue', 'off-02')).body.cases).toHaveLength(0)
    expect((await api(w, `/cases/${ref}`, 'off-02')).status).toBe(404)

    const view = await api(w, `/cases/${ref}`, 'off-01')
    expect(view.body.messages[0]).toMatchObject({ direction: 'in', kind: 'tip', text: '1001 有人在厕所打人' })
    expect(view.body.triageReasons.length).toBeGreaterThan(0)
  })

  it('is recognised when Twilio repeats it: same answer, nothing written', async () => {
    const first = await sendSms(w.app, CHILD, '1001 有人在厕所打人')
    const before = await rowCounts(w)
    const { twilioRequest } = await import('./support/twilio')
    const again = await w.app.request(twilioRequest('/webhooks/twilio/sms', first.params))
    expect(again.status).toBe(200)
    expect(await again.text()).toBe(first.twiml)
    expect(await rowCounts(w)).toEqual(before)
  })

  it('with no school asks for one, once, and the answer moves the case to that school’s officer', async () => {
    const first = await sendSms(w.app, PARENT, '我孩子在学校被人欺负了')
    const ref = refIn(first.twiml)
    expect(first.twiml).toContain('四位数编号')
    const desk = await api(w, '/queue', 'duty')
    expect(desk.body.cases.map((c: { ref: string }) => c.ref)).toContain(ref)

    const answer = await sendSms(w.app, PARENT, '1006')
    expect(refIn(answer.twiml)).toBe(ref)
    expect(answer.twiml).not.toContain('四位数编号')
    const moved = await api(w, '/queue', 'off-04')
    expect(moved.body.cases).toEqual([
      expect.objectContaining({ ref, schoolId: 'qh-006', status: 'assigned' }),
    ])
    expect((await api(w, '/queue', 'duty')).body.cases.map((c: { ref: string }) => c.ref)).not.toContain(ref)
  })

  it('joins the tipster’s open case when they write again', async () => {
    const first = await sendSms(w.app, CHILD, '1002 他们天天骂我')
    const second = await sendSms(w.app, CHILD, '今天放学后他们说要打我')
    expect(refIn(second.twiml)).toBe(refIn(first.twiml))
    const view = await api(w, `/cases/${refIn(first.twiml)}`, 'off-02')
    expect(view.body.messages.filter((m: { kind: string }) => m.kind === 'tip')).toHaveLength(2)
  })

  it('honours STOP, START and HELP', async () => {
    const stop = await sendSms(w.app, CHILD, 'STOP')
    expect(stop.twiml).toContain('START')
    const tip = await sendSms(w.app, CHILD, '1001 there is a fight')
    expect(tip.twiml).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>')
    expect((await api(w, '/queue', 'off-01')).body.cases).toHaveLength(1)
    const ref = (await api(w, '/queue', 'off-01')).body.cases[0].ref
    expect(
      (
        await api(w, `/cases/${ref}/replies`, 'off-01', {
          method: 'POST',
          body: JSON.stringify({ text: 'hi' }),
        })
      ).status,
    ).toBe(409)
    await sendSms(w.app, CHILD, 'start')
    expect(
      (
        await api(w, `/cases/${ref}/replies`, 'off-01', {
          method: 'POST',
          body: JSON.stringify({ text: 'hi' }),
        })
      ).status,
    ).toBe(200)
    expect((await sendSms(w.app, PARENT, 'help')).twiml).toContain('12355')
  })
})

describe('an officer’s reply', () => {
  it('reaches the tipster’s number through the relay, after Twilio recovers, exactly once', async () => {
    const sms = await sendSms(w.app, CHILD, '1001 有人在厕所打人')
    const ref = refIn(sms.twiml) as string
    const replied = await api(w, `/cases/${ref}/replies`, 'off-01', {
      method: 'POST',
      body: JSON.stringify({ text: '你好，我是学校民警，明天会去学校了解情况。' }),
    })
    expect(replied).toEqual({ status: 200, body: { ref, queued: true } })

    twilio.failNext(503, 3)
    for (let i = 0; i < 3; i++) {
      const report = await runDueJobs(w.core, w.clients)
      expect(report.outbox.sent).toBe(0)
      w.clock.advance(2 * 60 * 60_000)
    }
    const last = await runDueJobs(w.core, w.clients)
    expect(last.outbox.sent).toBeGreaterThanOrEqual(1)
    w.clock.advance(2 * 60 * 60_000)
    await runDueJobs(w.core, w.clients)

    const toTipster = twilio.messages.filter((m) => m.to === CHILD)
    expect(toTipster).toEqual([
      expect.objectContaining({
        from: TWILIO.phoneNumber,
        body: '你好，我是学校民警，明天会去学校了解情况。',
      }),
    ])
    const [row] = await w.core.store.db.select().from(schema.outbox).where(eq(schema.outbox.kind, 'reply'))
    expect(row).toMatchObject({ status: 'sent', attempts: 4 })
  })

  it('honours Retry-After and never retries a 4xx', async () => {
    const ref = refIn((await sendSms(w.app, CHILD, '1001 fight in the toilets')).twiml) as string
    await api(w, `/cases/${ref}/replies`, 'off-01', {
      method: 'POST',
      body: JSON.stringify({ text: 'first' }),
    })
    twilio.failNext(429, 1, { 'Retry-After': '7200' })
    await runDueJobs(w.core, w.clients)
    w.clock.advance(60 * 60_000)
    expect((await runDueJobs(w.core, w.clients)).outbox.sent).toBe(0)
    w.clock.advance(61 * 60_000)
    expect((await runDueJobs(w.core, w.clients)).outbox.sent).toBe(1)

    await api(w, `/cases/${ref}/replies`, 'off-01', {
      method: 'POST',
      body: JSON.stringify({ text: 'second' }),
    })
    twilio.failNext(400, 1)
    expect((await runDueJobs(w.core, w.clients)).outbox.failed).toBe(1)
    const requestsAfterRefusal = twilio.requests.length
    w.clock.advance(24 * 60 * 60_000)
    await runDueJobs(w.core, w.clients)
    expect(twilio.requests.length).toBe(requestsAfterRefusal)
    const view = await api(w, `/cases/${ref}`, 'off-01')
    expect(view.body.deliveries).toContainEqual(
      expect.objectContaining({ kind: 'reply', status: 'failed', lastError: expect.stringContaining('400') }),
    )
  })
})

describe('anonymity', () => {
  it('leaves no tipster number in the database file, the logs or any API answer', async () => {
    const numbers = [CHILD, PARENT, '+8613700000001']
    const answers: string[] = []
    for (const [i, n] of numbers.entries()) {
      answers.push((await sendSms(w.app, n, `${1001 + i} 有人打人 我的电话是别人的`)).twiml)
      answers.push((await sendSms(w.app, `whatsapp:${n}`, '学校有人被欺负')).twiml)
    }
    for (const officer of ['off-01', 'off-02', 'off-03', 'duty', 'admin']) {
      const queue = await api(w, '/queue', officer)
      answers.push(JSON.stringify(queue.body))
      for (const c of queue.body.cases) {
        answers.push(JSON.stringify((await api(w, `/cases/${c.ref}`, officer)).body))
        await api(w, `/cases/${c.ref}/replies`, officer, {
          method: 'POST',
          body: JSON.stringify({ text: 'ok' }),
        })
      }
    }
    await runDueJobs(w.core, w.clients)
    expect(twilio.messages.length).toBeGreaterThan(0)
    w.store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const bytes = Buffer.concat([
      readFileSync(w.dbPath),
      ...['-wal', '-shm'].flatMap((s) => {
        try {
          return [readFileSync(w.dbPath + s)]
        } catch {
          return []
        }
      }),
    ])
    for (const n of numbers) {
      for (const form of [n, n.slice(1), n.slice(3)]) {
        expect(bytes.includes(Buffer.from(form)), `database holds ${form}`).toBe(false)
        expect(w.logs.join('\n'), `logs hold ${form}`).not.toContain(form)
        expect(answers.join('\n'), `API answers hold ${form}`).not.toContain(form)
      }
    }
  })
})

describe('a flood from one number', () => {
  it('lands in the tipster’s one case, but stops being answered after a few an hour', async () => {
    const { ANSWERS_PER_HOUR } = await import('../src/intake/intake')
    const answers: string[] = []
    for (let i = 0; i < ANSWERS_PER_HOUR + 5; i++)
      answers.push((await sendSms(w.app, CHILD, `1001 message ${i}`)).twiml)
    const empty = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
    expect(answers.filter((a) => a !== empty)).toHaveLength(ANSWERS_PER_HOUR)
    const queue = await api(w, '/queue', 'off-01')
    expect(queue.body.cases).toHaveLength(1)
    const view = await api(w, `/cases/${queue.body.cases[0].ref}`, 'off-01')
    expect(view.body.messages.filter((m: { kind: string }) => m.kind === 'tip')).toHaveLength(
      ANSWERS_PER_HOUR + 5,
    )
    w.clock.advance(61 * 60_000)
    expect((await sendSms(w.app, CHILD, '1001 later')).twiml).not.toBe(empty)
  })
})
