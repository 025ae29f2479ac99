import { count } from 'drizzle-orm'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runDueJobs } from '../../src/jobs'
import * as schema from '../../src/store/schema'
import { FakeTwilio, twilioRequest } from '../support/twilio'
import { findAll, newSid, parseTwiml, spoken, TestCall, VOICE, VOICE_STEPS } from '../support/voice'
import { type TestWhistle, TWILIO, testWhistle } from '../support/whistle'

let w: TestWhistle
let twilio: FakeTwilio

beforeEach(async () => {
  twilio = await new FakeTwilio().start()
  w = await testWhistle({ twilioApiBase: twilio.url, env: { DUTY_DESK_PHONE: '+8613800000099' } })
})
afterEach(async () => {
  w.cleanup()
  await twilio.stop()
})

const rows = async (table: typeof schema.cases | typeof schema.media | typeof schema.messages) =>
  (await w.core.store.db.select({ n: count() }).from(table))[0]?.n

describe('the voice webhooks refuse what Twilio did not send', () => {
  it('a missing or wrong signature, a non-form body, a missing CallSid: 403, 415, 400', async () => {
    const call = new TestCall(w.app)
    const forged = twilioRequest(VOICE, call.params(), { authToken: 'not-the-token' })
    expect((await w.app.request(forged)).status).toBe(403)
    const http = twilioRequest(VOICE, call.params(), { signedUrl: `http://whistle.example.org${VOICE}` })
    expect((await w.app.request(http)).status).toBe(403)
    const tampered = twilioRequest(`${VOICE}/menu`, call.params({ Digits: '1' }), {
      body: new URLSearchParams(call.params({ Digits: '9' })).toString(),
    })
    expect((await w.app.request(tampered)).status).toBe(403)
    const json = await w.app.request(VOICE, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(json.status).toBe(415)
    const { CallSid: _, ...noSid } = call.params()
    expect((await w.app.request(twilioRequest(`${VOICE}/menu`, noSid))).status).toBe(400)
    const badSid = call.params({ CallSid: 'CA-not-a-sid' })
    expect((await w.app.request(twilioRequest(`${VOICE}/school`, badSid))).status).toBe(400)
    expect(await rows(schema.cases)).toBe(0)
  })

  it('answers 503 on every voice path when Twilio is not configured', async () => {
    const bare = await testWhistle({ env: { TWILIO_AUTH_TOKEN: '' } })
    try {
      for (const step of ['', '/menu', '/recording']) {
        const response = await bare.app.request(
          twilioRequest(`${VOICE}${step}`, new TestCall(bare.app).params()),
        )
        expect(response.status).toBe(503)
        expect(await response.text()).toContain('TWILIO_AUTH_TOKEN')
      }
    } finally {
      bare.cleanup()
    }
  })
})

describe('bad input on a signed call gets a handled TwiML answer, never a 500', () => {
  it('any Digits on any step', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...VOICE_STEPS),
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.constantFrom('*', '#', '١٢٣٤', '1001\n', '-1', '99999999999'),
        ),
        async (step, digits) => {
          const call = new TestCall(w.app)
          await call.post(`${VOICE}${step}`, { Digits: digits })
          expect(call.status).toBe(200)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('non-digit keys re-ask the same question', async () => {
    const call = new TestCall(w.app)
    await call.ring()
    await call.press('*')
    expect(call.said()).toContain('举报请按1')
    await call.press('x')
    expect(call.said()).toContain('举报请按1')
    await call.press('1')
    await call.press('10a1')
    expect(call.said()).toContain('没有找到这个编号')
    await call.post(`${VOICE}/status/ref`, { Digits: 'abcdefgh' })
    expect(call.said()).toContain('编号或密码不对')
    await call.post(`${VOICE}/status/pin`, { Digits: '12a456' })
    expect(call.said()).toContain('八位举报编号')
    expect(await rows(schema.cases)).toBe(0)
  })

  it('an empty recording asks once more, then ends the call with no case', async () => {
    const call = new TestCall(w.app)
    await call.reachRecording('1001')
    const record = call.record()
    // Twilio skips the action of an empty recording and follows the Redirect after it.
    await call.silence()
    expect(call.said()).toContain('没有听到声音')
    expect(findAll(call.last as never, 'Record')).toHaveLength(1)
    const retry = call.last
    // Its status callback says the recording is absent: nothing to keep.
    await call.recordingDone({ sid: newSid('RE'), url: 'https://api.twilio.com/x' }, record, 'absent', 0)
    expect(findAll(call.last as never, 'Say')).toHaveLength(0)
    call.last = retry
    // An action that does come with a zero-length recording counts as empty too.
    await call.speak(twilio.addRecording(new Uint8Array()), call.record(), 0)
    expect(call.said()).toContain('没有录到你的声音')
    expect(findAll(call.last as never, 'Hangup')).toHaveLength(1)
    expect(await rows(schema.cases)).toBe(0)
    expect(await rows(schema.media)).toBe(0)
  })

  it('an empty recording after pressing 9 still gives the caller the P1 case’s reference', async () => {
    const bare = await testWhistle({ twilioApiBase: twilio.url })
    try {
      const call = new TestCall(bare.app, 'anonymous')
      await call.ring()
      await call.press('9')
      await call.silence()
      await call.silence()
      const said = call.said()
      const [opened] = await bare.core.store.db.select().from(schema.cases)
      expect(opened?.urgency).toBe('P1')
      expect(said.replace(/ /g, '')).toContain(opened?.ref)
      expect(findAll(call.last as never, 'Hangup')).toHaveLength(1)
    } finally {
      bare.cleanup()
    }
  })

  it('a failed transcription leaves the case as it was', async () => {
    const call = new TestCall(w.app)
    await call.reachRecording('1001')
    const record = call.record()
    const recording = twilio.addRecording()
    await call.speak(recording)
    const [before] = await w.core.store.db.select().from(schema.cases)
    const messagesBefore = await rows(schema.messages)
    const answer = await call.transcribed(recording, record, null)
    expect(spoken(answer)).toEqual([])
    await call.transcribed(recording, record, '   ')
    const [after] = await w.core.store.db.select().from(schema.cases)
    expect(after).toEqual(before)
    expect(await rows(schema.messages)).toBe(messagesBefore)
  })

  it('callbacks for a call Whistle has not heard of yet are kept, and the call lands on one case', async () => {
    const call = new TestCall(w.app)
    const recording = twilio.addRecording()
    const record = parseTwiml(
      `<?xml version="1.0"?><Response><Record recordingStatusCallback="${VOICE}/recording" transcribeCallback="${VOICE}/transcription" action="${VOICE}/recorded"/></Response>`,
    ).children[0] as never
    await call.recordingDone(recording, record)
    expect(await rows(schema.cases)).toBe(0)
    await call.transcribed(recording, record, 'someone hit my friend at school')
    await call.speak(recording, record)
    expect(await rows(schema.cases)).toBe(1)
    expect(await rows(schema.media)).toBe(1)
    // The call's own first webhook, late: it starts the menu and changes nothing.
    await call.ring()
    expect(await rows(schema.cases)).toBe(1)
    expect((await runDueJobs(w.core, w.clients)).evidence.stored).toBe(1)
  })

  it('a recording URL off Twilio’s API host is never fetched with the account’s credentials', async () => {
    const call = new TestCall(w.app)
    await call.ring()
    await call.press('9')
    const record = parseTwiml(
      `<?xml version="1.0"?><Response><Record recordingStatusCallback="${VOICE}/recording"/></Response>`,
    ).children[0] as never
    await call.recordingDone(
      { sid: newSid('RE'), url: `${twilio.url}/2010-04-01/Accounts/${TWILIO.accountSid}/Recordings/x` },
      record,
    )
    expect((await runDueJobs(w.core, w.clients)).evidence.failed).toBe(1)
    expect(twilio.requests.filter((r) => r.method === 'GET').length).toBe(0)
  })
})
