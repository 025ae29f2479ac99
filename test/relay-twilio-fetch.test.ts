import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeliveryError } from '../src/relay/deliver'
import { twilioSender } from '../src/relay/twilio'
import { fetchTwilioSender, retryAfterMs } from '../src/relay/twilio-rest'
import { FakeTwilio } from './support/twilio'
import { TWILIO } from './support/whistle'

let twilio: FakeTwilio
beforeEach(async () => {
  twilio = await new FakeTwilio().start()
})
afterEach(() => twilio.stop())

const senders = {
  'fetch (Workers)': () => fetchTwilioSender({ ...TWILIO, apiBase: twilio.url }, 'sms'),
  'twilio library (Node)': () => twilioSender({ ...TWILIO, apiBase: twilio.url }, 'sms'),
}
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DeliveryError,
  )

describe.each(Object.entries(senders))('the %s Twilio sender', (_, make) => {
  it('posts to the account’s Messages resource and returns the message sid', async () => {
    const { providerMessageId } = await make().send('+8613912345678', '你好')
    expect(twilio.messages).toEqual([
      { to: '+8613912345678', from: TWILIO.phoneNumber, body: '你好', sid: providerMessageId },
    ])
    expect(twilio.requests[0]?.path).toBe(`/2010-04-01/Accounts/${TWILIO.accountSid}/Messages.json`)
  })

  it('asks again no sooner than Retry-After on 429, and again on 5xx', async () => {
    twilio.failNext(429, 1, { 'Retry-After': '120' })
    const busy = await failure(make().send('+8613912345678', 'x'))
    expect(busy).toBeInstanceOf(DeliveryError)
    expect(busy).toMatchObject({ retryable: true, retryAfterMs: 120_000, reason: 'Twilio answered 429' })
    twilio.failNext(503)
    expect(await failure(make().send('+8613912345678', 'x'))).toMatchObject({ retryable: true })
  })

  it('gives up at once on a 4xx, keeping the status and never the message', async () => {
    twilio.failNext(400)
    const refused = await failure(make().send('+8613912345678', 'secret tip'))
    expect(refused).toMatchObject({ retryable: false, reason: expect.stringContaining('400') })
    expect(refused?.reason).not.toContain('8613912345678')
    expect(refused?.reason).not.toContain('secret')
  })

  it('retries when Twilio cannot be reached', async () => {
    await twilio.stop()
    expect(await failure(make().send('+8613912345678', 'x'))).toMatchObject({ retryable: true })
  })
})

it('reads Retry-After as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-11-23T08:00:00Z')
  expect(retryAfterMs('30', now)).toBe(30_000)
  expect(retryAfterMs('Mon, 23 Nov 2026 08:05:00 GMT', now)).toBe(300_000)
  expect(retryAfterMs('soon', now)).toBeUndefined()
  expect(retryAfterMs(null, now)).toBeUndefined()
})
