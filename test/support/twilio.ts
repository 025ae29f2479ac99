import { randomBytes } from 'node:crypto'
import type { Hono } from 'hono'
import twilio from 'twilio'
import { PUBLIC_URL, TWILIO } from './whistle'

export const messageSid = () => `SM${randomBytes(16).toString('hex')}`

/** A Twilio webhook request signed exactly as Twilio signs it, by the twilio library itself. */
export function twilioRequest(
  path: string,
  params: Record<string, string>,
  options: { authToken?: string; signedUrl?: string; signature?: string; body?: string } = {},
): Request {
  const url = `${PUBLIC_URL}${path}`
  const signature =
    options.signature ??
    twilio.getExpectedTwilioSignature(options.authToken ?? TWILIO.authToken, options.signedUrl ?? url, params)
  return new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
    body: options.body ?? new URLSearchParams(params).toString(),
  })
}

export function smsParams(
  from: string,
  body: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    MessageSid: messageSid(),
    AccountSid: TWILIO.accountSid,
    From: from,
    To: TWILIO.phoneNumber,
    Body: body,
    NumMedia: '0',
    ...extra,
  }
}

/** Posts a signed SMS to the app and returns the TwiML answer. */
export async function sendSms(app: Hono, from: string, body: string, extra: Record<string, string> = {}) {
  const params = smsParams(from, body, extra)
  const response = await app.request(twilioRequest('/webhooks/twilio/sms', params))
  return { status: response.status, twiml: await response.text(), sid: params.MessageSid as string, params }
}

/** The reference a TwiML receipt carries. */
export const refIn = (text: string | undefined) => /(\d{8})/.exec(text ?? '')?.[1] ?? null

export { FakeTwilio, type SentMessage } from './fake-twilio'
