import { readFileSync } from 'node:fs'
import { count, eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readEvidence } from '../../src/intake/evidence'
import { runDueJobs } from '../../src/jobs'
import * as schema from '../../src/store/schema'
import { FakeTwilio } from '../support/twilio'
import { digitsIn, findAll, newSid, spoken, TestCall } from '../support/voice'
import { api, type TestWhistle, TWILIO, testWhistle } from '../support/whistle'

const DUTY_DESK_PHONE = '+8613800000099'
const CHILD = '+8613912345678'

let w: TestWhistle
let twilio: FakeTwilio

beforeEach(async () => {
  twilio = await new FakeTwilio().start()
  w = await testWhistle({ twilioApiBase: twilio.url, env: { DUTY_DESK_PHONE } })
})
afterEach(async () => {
  w.cleanup()
  await twilio.stop()
})

const db = () => w.core.store.db
const caseCount = async () => (await db().select({ n: count() }).from(schema.cases))[0]?.n

/** A call that reports for a school in Mandarin up to the Record prompt. */
async function callUpToRecording(call: TestCall, code = '1001') {
  const welcome = await call.ring()
  expect(spoken(welcome).join(' ')).toMatch(/请按9[\s\S]*press 9/)
  expect(findAll(welcome, 'Say').map((s) => s.attrs.language)).toEqual(['zh-CN', 'en-US'])
  await call.press('1')
  expect(call.said()).toContain('举报请按1')
  await call.press('1')
  expect(call.said()).toContain('四位学校编号')
  await call.press(code)
  return call
}

/** The reference and PIN read out at the end of a report. */
function refAndPin(said: string) {
  const [ref] = digitsIn(said, 8)
  const [pin] = digitsIn(said, 6).filter((d) => !ref?.includes(d))
  expect(ref).toMatch(/^\d{8}$/)
  expect(pin).toMatch(/^\d{6}$/)
  return { ref: ref as string, pin: pin as string }
}

describe('a tip by voice', () => {
  it('for school 1001 ends as one case in off-01’s queue with the recording sealed and deleted at Twilio', async () => {
    const call = await callUpToRecording(new TestCall(w.app, CHILD))
    expect(call.said()).toContain('青禾县第一中学')
    await call.press('1')
    const record = call.record()
    expect(record.attrs).toMatchObject({ maxLength: '180', recordingStatusCallbackEvent: 'completed' })
    const recording = twilio.addRecording()

    await call.speak(recording)
    const { ref, pin } = refAndPin(call.said())
    expect(findAll(call.last as never, 'Hangup')).toHaveLength(1)
    expect(call.said()).toContain('110')
    await call.recordingDone(recording, record)

    const queue = await api(w, '/queue', 'off-01')
    expect(queue.body.cases).toEqual([
      expect.objectContaining({ ref, schoolId: 'qh-001', officerId: 'off-01', channel: 'voice' }),
    ])
    expect(await caseCount()).toBe(1)

    const jobs = await runDueJobs(w.core, w.clients)
    expect(jobs.evidence).toEqual({ stored: 1, failed: 0, retrying: 0, waiting: 0 })
    const view = await api(w, `/cases/${ref}`, 'off-01')
    expect(view.body.media).toEqual([
      expect.objectContaining({ state: 'stored', size: recording.bytes.length }),
    ])
    expect(await readEvidence(w.core, view.body.media[0].id)).toEqual(new Uint8Array(recording.bytes))
    expect(twilio.deleted).toEqual([new URL(recording.url).pathname])
    expect(twilio.files.size).toBe(0)

    // The PIN is kept only as a hash bound to the case.
    const [row] = await db().select().from(schema.cases).where(eq(schema.cases.ref, ref))
    expect(row?.pinHash).toMatch(/^[0-9a-f]{32,}$/)
    expect(row?.pinHash).not.toContain(pin)

    // The caller id is sealed: not in the database file, not in the logs.
    w.store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const bytes = readFileSync(w.dbPath)
    for (const form of [CHILD, CHILD.slice(1), CHILD.slice(3)]) {
      expect(bytes.includes(Buffer.from(form))).toBe(false)
      expect(w.logs.join('\n')).not.toContain(form)
    }
  })

  it('is raised by its transcription: a danger word makes the case P1 and alerts the duty desk', async () => {
    const call = await callUpToRecording(new TestCall(w.app))
    await call.press('1')
    const record = call.record()
    const recording = twilio.addRecording()
    await call.speak(recording)
    const { ref } = refAndPin(call.said())
    expect((await api(w, `/cases/${ref}`, 'off-01')).body.urgency).not.toBe('P1')

    // Without a caller id in the callback, the transcription still joins the call's case.
    await call.transcribed(recording, record, '今天放学后他们说要在厕所打我', newSid('TR'), false)
    const view = await api(w, `/cases/${ref}`, 'off-01')
    expect(view.body).toMatchObject({ urgency: 'P1', category: 'physical' })
    expect(
      view.body.messages
        .filter((m: { kind: string }) => m.kind === 'tip')
        .map((m: { text: string }) => m.text),
    ).toEqual(['', '今天放学后他们说要在厕所打我'])
    const alerts = await db().select().from(schema.alerts).where(eq(schema.alerts.reason, 'p1'))
    expect(alerts.map((a) => a.officerId).sort()).toEqual(['duty', 'off-01'])
    expect(await caseCount()).toBe(1)
  })

  it('lands as one consistent case when callbacks come twice and before the call’s own', async () => {
    const call = await callUpToRecording(new TestCall(w.app))
    await call.press('1')
    const record = call.record()
    const recording = twilio.addRecording()
    const transcription = newSid('TR')

    // Twilio's callbacks race the Record action: status and transcription first, each twice.
    await call.recordingDone(recording, record)
    await call.recordingDone(recording, record)
    await call.transcribed(recording, record, 'they hit me in the toilets', transcription)
    await call.transcribed(recording, record, 'they hit me in the toilets', transcription)
    const first = await call.speak(recording, record)
    const again = await call.speak(recording, record)
    expect(spoken(again)).toEqual(spoken(first))
    const { ref } = refAndPin(call.said())

    expect(await caseCount()).toBe(1)
    const view = await api(w, `/cases/${ref}`, 'off-01')
    expect(view.body.messages.filter((m: { kind: string }) => m.kind === 'tip')).toHaveLength(2)
    expect(view.body.media).toHaveLength(1)
    expect((await runDueJobs(w.core, w.clients)).evidence.stored).toBe(1)
    expect(twilio.deleted).toHaveLength(1)
  })
})

describe('press 9', () => {
  it('dials the duty desk from the hotline’s number and opens a P1 case with an alert at once', async () => {
    const call = new TestCall(w.app)
    await call.ring()
    const answer = await call.press('9')
    expect(findAll(answer, 'Say').map((s) => s.attrs.language)).toEqual(['zh-CN', 'en-US'])
    const [dial] = findAll(answer, 'Dial')
    expect(dial).toMatchObject({
      text: DUTY_DESK_PHONE,
      attrs: expect.objectContaining({ callerId: TWILIO.phoneNumber }),
    })

    const desk = await api(w, '/queue', 'duty')
    expect(desk.body.cases).toEqual([expect.objectContaining({ urgency: 'P1', channel: 'voice' })])
    const ref = desk.body.cases[0].ref
    const alerts = await db().select().from(schema.alerts)
    expect(alerts).toEqual([expect.objectContaining({ officerId: 'duty', reason: 'p1' })])
    const [alert] = await db().select().from(schema.outbox).where(eq(schema.outbox.kind, 'alert'))
    expect(w.core.vault.openContent(alert?.body as string)).toContain(ref)

    // The desk does not answer: the caller is told to call 110 and can still leave a message on the case.
    await call.post(dial?.attrs.action as string, { DialCallStatus: 'no-answer' })
    expect(call.said()).toContain('110')
    const recording = twilio.addRecording()
    await call.speak(recording)
    expect(refAndPin(call.said()).ref).toBe(ref)
    expect(await caseCount()).toBe(1)
  })

  it('alerts the desk again when the caller’s case is already P1', async () => {
    for (const _ of [1, 2]) {
      const call = new TestCall(w.app, CHILD)
      await call.ring()
      await call.press('9')
    }
    expect(await caseCount()).toBe(1)
    const alerts = await db().select().from(schema.alerts).where(eq(schema.alerts.reason, 'p1'))
    expect(alerts.map((a) => a.officerId)).toEqual(['duty', 'duty'])
  })

  it('from withheld numbers opens one case per call: strangers never share a case', async () => {
    for (const withheld of ['anonymous', '+266696687', '+266696687']) {
      const call = new TestCall(w.app, withheld)
      await call.ring()
      await call.press('9')
    }
    expect(await caseCount()).toBe(3)
    expect((await db().select().from(schema.contacts)).length).toBe(3)
  })

  it('works from the menu in English too, and a desk that answered ends the call', async () => {
    const call = new TestCall(w.app)
    await call.ring()
    await call.press('2')
    expect(findAll(call.last as never, 'Say')[0]?.attrs.language).toBe('en-US')
    const answer = await call.press('9')
    expect(spoken(answer).join(' ')).toContain('duty officer')
    await call.post(findAll(answer, 'Dial')[0]?.attrs.action as string, { DialCallStatus: 'completed' })
    expect(findAll(call.last as never, 'Hangup')).toHaveLength(1)
    expect((await api(w, '/queue', 'duty')).body.cases[0]).toMatchObject({ urgency: 'P1' })
  })

  it('without a duty desk phone still opens the P1 case and tells the caller to call 110', async () => {
    const bare = await testWhistle({ twilioApiBase: twilio.url })
    try {
      const call = new TestCall(bare.app)
      await call.ring()
      const answer = await call.press('9')
      expect(findAll(answer, 'Dial')).toHaveLength(0)
      expect(spoken(answer).join(' ')).toContain('110')
      expect(findAll(answer, 'Record')).toHaveLength(1)
      const [opened] = await bare.core.store.db.select().from(schema.cases)
      expect(opened).toMatchObject({ urgency: 'P1', officerId: 'duty' })
    } finally {
      bare.cleanup()
    }
  })
})

describe('the school code', () => {
  it('wrong twice sends the tip to the duty desk', async () => {
    const call = await callUpToRecording(new TestCall(w.app), '9999')
    expect(call.said()).toContain('没有找到这个编号')
    await call.press('12ab')
    expect(call.said()).toContain('值班民警')
    const recording = twilio.addRecording()
    await call.speak(recording)
    const { ref } = refAndPin(call.said())
    const desk = await api(w, '/queue', 'duty')
    expect(desk.body.cases).toEqual([expect.objectContaining({ ref, schoolId: null, awaitingSchool: true })])
  })

  it('read back wrong can be keyed again', async () => {
    const call = await callUpToRecording(new TestCall(w.app), '1002')
    expect(call.said()).toContain('青禾县第二中学')
    await call.press('2')
    await call.press('1003')
    expect(call.said()).toContain('青禾县第三中学')
    await call.press('1')
    await call.speak(twilio.addRecording())
    const { ref } = refAndPin(call.said())
    expect((await api(w, `/cases/${ref}`, 'off-03')).body.school).toMatchObject({ code: '1003' })
  })
})

describe('the status line', () => {
  async function reportAndReply(reply: string) {
    const call = await callUpToRecording(new TestCall(w.app, CHILD))
    await call.press('1')
    await call.speak(twilio.addRecording())
    const { ref, pin } = refAndPin(call.said())
    const replied = await api(w, `/cases/${ref}/replies`, 'off-01', {
      method: 'POST',
      body: JSON.stringify({ text: reply }),
    })
    expect(replied).toEqual({ status: 200, body: { ref, queued: false } })
    return { ref, pin }
  }

  async function statusCall(ref: string, pin: string, from = '+8613700000042') {
    const call = new TestCall(w.app, from)
    await call.ring()
    await call.press('1')
    await call.press('2')
    expect(call.said()).toContain('八位举报编号')
    await call.press(ref)
    expect(call.said()).toContain('六位密码')
    await call.press(pin)
    return call
  }

  const wrongPin = (pin: string) => String((Number(pin) + 1) % 1_000_000).padStart(6, '0')

  it('reads an officer’s reply only after the right reference and PIN', async () => {
    const reply = '你好，我是学校民警，明天会去学校了解情况。'
    const { ref, pin } = await reportAndReply(reply)
    expect(await db().select().from(schema.outbox).where(eq(schema.outbox.kind, 'reply'))).toEqual([])

    const wrong = await statusCall(ref, wrongPin(pin))
    expect(wrong.said()).toContain('编号或密码不对')
    expect(wrong.said()).not.toContain(reply)
    const unknown = await statusCall('10000000', pin)
    expect(unknown.said()).toContain('编号或密码不对')

    const right = await statusCall(ref, pin)
    expect(right.said()).toContain('已经转给负责的民警')
    expect(right.said()).toContain(reply)
    expect(findAll(right.last as never, 'Hangup')).toHaveLength(1)
  })

  it('refuses after five wrong PINs, even the right one', async () => {
    const { ref, pin } = await reportAndReply('we are on it')
    for (let i = 0; i < 4; i++) {
      const call = await statusCall(ref, wrongPin(pin))
      expect(call.said()).not.toContain('we are on it')
    }
    const fifth = await statusCall(ref, wrongPin(pin))
    expect(fifth.said()).toContain('不能用电话查询')
    const right = await statusCall(ref, pin)
    expect(right.said()).toContain('不能用电话查询')
    expect(right.said()).not.toContain('we are on it')
    const [row] = await db().select().from(schema.cases).where(eq(schema.cases.ref, ref))
    expect(row?.pinFailures).toBe(5)
  })

  it('ends a call after three wrong tries', async () => {
    const { ref, pin } = await reportAndReply('hello')
    const call = await statusCall(ref, wrongPin(pin))
    await call.press(ref)
    await call.press(wrongPin(pin))
    await call.press('1234')
    expect(call.said()).toContain('输错的次数太多')
    expect(findAll(call.last as never, 'Hangup')).toHaveLength(1)
  })
})
