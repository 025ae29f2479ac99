import fc from 'fast-check'
import twilio from 'twilio'
import { describe, expect, it } from 'vitest'
import { twilioSignature, verifyTwilioSignature } from '../../src/channels/twilio/signature'

const TOKEN = 'auth-token-for-tests'
const URL = 'https://whistle.example.org/webhooks/twilio/sms'

describe('Twilio signatures', () => {
  it('match the twilio library for any parameters, including repeated names and any Unicode', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 12 }),
          fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 3 }),
        ),
        async (fields) => {
          const pairs = Object.entries(fields).flatMap(([k, vs]) => vs.map((v) => [k, v] as const))
          const asLibrary = Object.fromEntries(
            Object.entries(fields).map(([k, vs]) => [k, vs.length === 1 ? vs[0] : vs]),
          )
          expect(twilioSignature(TOKEN, URL, pairs)).toBe(
            twilio.getExpectedTwilioSignature(TOKEN, URL, asLibrary as Record<string, string>),
          )
        },
      ),
      { numRuns: 200 },
    )
  })

  it('accept the URL with or without the default port, and nothing else', async () => {
    const params = [['Body', 'hi'] as const, ['From', '+8613900000000'] as const]
    const withPort = twilio.getExpectedTwilioSignature(
      TOKEN,
      'https://whistle.example.org:443/webhooks/twilio/sms',
      {
        Body: 'hi',
        From: '+8613900000000',
      },
    )
    expect(verifyTwilioSignature(TOKEN, withPort, URL, params)).toBe(true)
    const overHttp = twilio.getExpectedTwilioSignature(TOKEN, URL.replace('https', 'http'), {
      Body: 'hi',
      From: '+8613900000000',
    })
    expect(verifyTwilioSignature(TOKEN, overHttp, URL, params)).toBe(false)
    const otherToken = twilio.getExpectedTwilioSignature('another', URL, {
      Body: 'hi',
      From: '+8613900000000',
    })
    expect(verifyTwilioSignature(TOKEN, otherToken, URL, params)).toBe(false)
    expect(verifyTwilioSignature(TOKEN, undefined, URL, params)).toBe(false)
    expect(verifyTwilioSignature(TOKEN, '', URL, params)).toBe(false)
  })
})
