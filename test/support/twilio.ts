import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
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
export const refIn = (twiml: string) => /(\d{8})/.exec(twiml)?.[1] ?? null

export interface SentMessage {
  to: string
  from: string
  body: string
  sid: string
}

/**
 * A local stand-in for Twilio's REST API, reached by the real twilio library through TWILIO_API_BASE.
 * It records every message and can be told to fail the next requests.
 */
export class FakeTwilio {
  readonly messages: SentMessage[] = []
  readonly requests: { method: string; path: string; form: Record<string, string> }[] = []
  /** Files served at their API path (recordings, MMS media), with the basic auth Twilio demands. */
  readonly files = new Map<string, { bytes: Uint8Array; contentType: string }>()
  /** API paths deleted (DELETE) so far. */
  readonly deleted: string[] = []
  private failures: { status: number; headers: Record<string, string> }[] = []
  /** While set, every request fails so, or 'hang's unanswered (and unrecorded) until stop(). */
  outage: { status: number; headers?: Record<string, string> } | 'hang' | null = null
  private server: Server | null = null
  url = ''

  async start() {
    this.server = createServer((req, res) => this.handle(req, res))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  /** The next `times` requests get `status` (with headers such as Retry-After). */
  failNext(status: number, times = 1, headers: Record<string, string> = {}) {
    for (let i = 0; i < times; i++) this.failures.push({ status, headers })
  }

  /** A finished call recording as Twilio keeps it; `url` is the RecordingUrl its callbacks carry. */
  addRecording(bytes: Uint8Array = randomBytes(2048), contentType = 'audio/x-wav') {
    const sid = `RE${randomBytes(16).toString('hex')}`
    const path = `/2010-04-01/Accounts/${TWILIO.accountSid}/Recordings/${sid}`
    this.files.set(path, { bytes, contentType })
    return { sid, url: `https://api.twilio.com${path}`, bytes }
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse) {
    let raw = ''
    for await (const chunk of req) raw += chunk
    const form = Object.fromEntries(new URLSearchParams(raw))
    const path = new URL(req.url ?? '/', this.url).pathname
    this.requests.push({ method: req.method ?? '', path, form })
    if (this.outage === 'hang') return
    const failure = this.outage ? { headers: {}, ...this.outage } : this.failures.shift()
    if (failure) {
      res.writeHead(failure.status, { 'Content-Type': 'application/json', ...failure.headers })
      res.end(JSON.stringify({ code: 20500, message: 'failure', status: failure.status }))
      return
    }
    const file = this.files.get(path)
    if (file && (req.method === 'GET' || req.method === 'DELETE')) {
      const expected = `Basic ${Buffer.from(`${TWILIO.accountSid}:${TWILIO.authToken}`).toString('base64')}`
      if (req.headers.authorization !== expected) {
        res.writeHead(401, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ code: 20003, message: 'Authenticate', status: 401 }))
      } else if (req.method === 'DELETE') {
        this.files.delete(path)
        this.deleted.push(path)
        res.writeHead(204)
        res.end()
      } else {
        res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.bytes.length })
        res.end(Buffer.from(file.bytes))
      }
      return
    }
    if (req.method === 'POST' && /^\/2010-04-01\/Accounts\/[^/]+\/Messages\.json$/.test(path)) {
      const sid = `SM${randomBytes(16).toString('hex')}`
      this.messages.push({ to: form.To ?? '', from: form.From ?? '', body: form.Body ?? '', sid })
      res.writeHead(201, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ sid, to: form.To, from: form.From, body: form.Body, status: 'queued' }))
      return
    }
    res.writeHead(404, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ code: 20404, message: 'not found', status: 404 }))
  }

  async stop() {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}
