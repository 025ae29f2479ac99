import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// Imports nothing of the app, so that vitest.workers.config.ts (Node) can serve it to workerd.

/** The Twilio account every test uses. */
export const TWILIO = {
  accountSid: `AC${'1'.repeat(32)}`,
  authToken: 'twilio-test-auth-token',
  phoneNumber: '+15550001111',
}

export interface SentMessage {
  to: string
  from: string
  body: string
  sid: string
}

/**
 * A local stand-in for Twilio's REST API, reached by the real twilio library through TWILIO_API_BASE.
 * It records every message and can be told to fail the next requests. `fetch` is the whole fake, so
 * it also serves inside workerd as an outbound service; there, tests reach the recordings and the
 * failure switch over HTTP under `/__fake/` (test/worker/support.ts).
 */
export class FakeTwilio {
  readonly messages: SentMessage[] = []
  readonly requests: { method: string; path: string; form: Record<string, string> }[] = []
  /** Files served at their API path (recordings, MMS media), with the basic auth Twilio demands. */
  readonly files = new Map<string, { bytes: Uint8Array; contentType: string }>()
  /** API paths deleted (DELETE) so far. */
  readonly deleted: string[] = []
  private failures: { status: number; headers: Record<string, string> }[] = []
  /** While set, every request fails so, or 'hang's unanswered until stop(). */
  outage: { status: number; headers?: Record<string, string> } | 'hang' | null = null
  private server: Server | null = null
  url = ''

  async start() {
    this.server = createServer((req, res) => this.serve(req, res))
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

  reset() {
    this.messages.length = 0
    this.requests.length = 0
    this.deleted.length = 0
    this.files.clear()
    this.failures = []
  }

  async fetch(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname
    if (path.startsWith('/__fake/')) return this.control(path, request)
    const form = Object.fromEntries(new URLSearchParams(await request.text()))
    this.requests.push({ method: request.method, path, form })
    if (this.outage === 'hang') return new Promise<Response>(() => {})
    const failure = this.outage ? { headers: {}, ...this.outage } : this.failures.shift()
    if (failure) {
      return Response.json(
        { code: 20500, message: 'failure', status: failure.status },
        { status: failure.status, headers: failure.headers },
      )
    }
    const file = this.files.get(path)
    if (file && (request.method === 'GET' || request.method === 'DELETE')) {
      const expected = `Basic ${Buffer.from(`${TWILIO.accountSid}:${TWILIO.authToken}`).toString('base64')}`
      if (request.headers.get('authorization') !== expected) {
        return Response.json({ code: 20003, message: 'Authenticate', status: 401 }, { status: 401 })
      }
      if (request.method === 'DELETE') {
        this.files.delete(path)
        this.deleted.push(path)
        return new Response(null, { status: 204 })
      }
      return new Response(Buffer.from(file.bytes), {
        headers: { 'Content-Type': file.contentType, 'Content-Length': String(file.bytes.length) },
      })
    }
    if (request.method === 'POST' && /^\/2010-04-01\/Accounts\/[^/]+\/Messages\.json$/.test(path)) {
      const sid = `SM${randomBytes(16).toString('hex')}`
      this.messages.push({ to: form.To ?? '', from: form.From ?? '', body: form.Body ?? '', sid })
      return Response.json(
        { sid, to: form.To, from: form.From, body: form.Body, status: 'queued' },
        { status: 201 },
      )
    }
    return Response.json({ code: 20404, message: 'not found', status: 404 }, { status: 404 })
  }

  private async control(path: string, request: Request): Promise<Response> {
    if (path === '/__fake/messages') return Response.json(this.messages)
    if (path === '/__fake/requests') return Response.json(this.requests)
    if (path === '/__fake/reset') this.reset()
    if (path === '/__fake/fail') {
      const { status, times, headers } = (await request.json()) as {
        status: number
        times?: number
        headers?: Record<string, string>
      }
      this.failNext(status, times, headers)
    }
    return new Response(null, { status: 204 })
  }

  private async serve(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const response = await this.fetch(
      new Request(new URL(req.url ?? '/', this.url), {
        method: req.method ?? 'GET',
        headers,
        ...(body.length ? { body } : {}),
      }),
    )
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  }

  async stop() {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}
