import { count } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from '../../src/app'
import * as schema from '../../src/store/schema'
import { tip } from '../casework/support'
import { ConsoleClient } from '../console/support'
import { FakeTelegram, TELEGRAM, telegramEnv } from '../support/telegram'
import { smsParams, twilioRequest } from '../support/twilio'
import { VOICE_STEPS } from '../support/voice'
import { PUBLIC_URL, type TestWhistle, testWhistle } from '../support/whistle'

/** SECURITY.md item 9 against every POST endpoint: oversized, malformed and mistyped bodies. */

let w: TestWhistle
let tg: FakeTelegram
let ref: string
let bearer: string
let browser: ConsoleClient

interface Endpoint {
  path: string
  kind: 'twilio' | 'telegram' | 'api' | 'console'
}

const endpoints = (): Endpoint[] => [
  { path: '/webhooks/twilio/sms', kind: 'twilio' },
  ...VOICE_STEPS.map((step) => ({ path: `/webhooks/twilio/voice${step}`, kind: 'twilio' as const })),
  { path: '/webhooks/telegram', kind: 'telegram' },
  ...['ack', 'status', 'replies', 'notes', 'transfer'].map((a) => ({
    path: `/api/v1/cases/${ref}/${a}`,
    kind: 'api' as const,
  })),
  ...['login', 'logout', 'locale'].map((p) => ({ path: `/console/${p}`, kind: 'console' as const })),
  ...['ack', 'reply', 'note', 'status', 'transfer'].map((a) => ({
    path: `/console/cases/${ref}/${a}`,
    kind: 'console' as const,
  })),
]

/** The headers a legitimate caller of the endpoint sends (signature, secret, token, cookie and Origin). */
function credentials(endpoint: Endpoint, contentType: string | null): Record<string, string> {
  const type: Record<string, string> = contentType ? { 'Content-Type': contentType } : {}
  switch (endpoint.kind) {
    case 'twilio':
      return { ...type, 'X-Twilio-Signature': 'bm90IGNoZWNrZWQgYmVmb3JlIHRoZSBsaW1pdA==' }
    case 'telegram':
      return { ...type, 'X-Telegram-Bot-Api-Secret-Token': TELEGRAM.webhookSecret }
    case 'api':
      return { ...type, Authorization: `Bearer ${bearer}` }
    case 'console':
      return { ...type, Cookie: browser.cookie, Origin: PUBLIC_URL }
  }
}

/** The endpoints that read a body (an ack carries none, and ignores whatever is sent). */
const readingBodies = () => endpoints().filter((e) => !e.path.endsWith('/ack'))

const naturalType = (e: Endpoint) =>
  e.kind === 'telegram' || e.kind === 'api' ? 'application/json' : 'application/x-www-form-urlencoded'

function stream(total: number) {
  const chunk = new TextEncoder().encode('a'.repeat(8192))
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close()
      sent += chunk.length
      controller.enqueue(chunk)
    },
  })
}

async function rows() {
  const db = w.core.store.db
  const tables = [schema.cases, schema.messages, schema.outbox, schema.providerReceipts, schema.auditEvents]
  return Promise.all(tables.map(async (t) => (await db.select({ n: count() }).from(t))[0]?.n))
}

const send = (path: string, init: RequestInit) =>
  w.app.request(`${PUBLIC_URL}${path}`, { method: 'POST', ...init } as RequestInit)

beforeAll(async () => {
  tg = await new FakeTelegram().start()
  w = await testWhistle({ env: telegramEnv(tg.url) })
  ref = await tip(w, '1001 有人抢我的钱')
  bearer = await w.token('off-01')
  browser = new ConsoleClient(w)
  await browser.signIn('off-01')
})
afterAll(async () => {
  w.cleanup()
  await tg.stop()
})

describe('bodies over the limit, on every POST endpoint', () => {
  const big = 'a'.repeat(MAX_BODY_BYTES + 1)

  it('413 by Content-Length, when chunked, and with both headers; nothing stored', async () => {
    const before = await rows()
    for (const endpoint of endpoints()) {
      const headers = credentials(endpoint, naturalType(endpoint))
      const declared = await send(endpoint.path, {
        headers: { ...headers, 'Content-Length': String(big.length) },
        body: big,
      })
      expect(declared.status, `declared ${endpoint.path}`).toBe(413)
      const chunked = await send(endpoint.path, {
        headers,
        body: stream(MAX_BODY_BYTES * 2),
        duplex: 'half',
      } as RequestInit)
      expect(chunked.status, `chunked ${endpoint.path}`).toBe(413)
      // A small Content-Length beside Transfer-Encoding: the chunked length is what counts.
      const both = await send(endpoint.path, {
        headers: { ...headers, 'Content-Length': '10', 'Transfer-Encoding': 'chunked' },
        body: stream(MAX_BODY_BYTES * 2),
        duplex: 'half',
      } as RequestInit)
      expect(both.status, `both ${endpoint.path}`).toBe(413)
    }
    // Refused bodies leave no trace but the request log line.
    expect(await rows()).toEqual(before)
  })
})

describe('JSON built to hurt, on every JSON endpoint', () => {
  const hostile = [
    '{"__proto__":{"polluted":true},"text":"hi","status":"in_progress"}',
    '{"constructor":{"prototype":{"polluted":true}},"text":"hi"}',
    `${'{"a":'.repeat(100_00)}1${'}'.repeat(100_00)}`,
    `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
    '{"update_id":1e999999,"text":1e999999,"status":-1e309}',
    '{"update_id":123456789012345678901234567890,"text":"hi"}',
    '{"text":"hi"',
    '',
    'null',
    '[]',
    '"text"',
  ]

  it('answers 4xx or a handled 200, never 5xx, and pollutes nothing', async () => {
    for (const endpoint of readingBodies().filter((e) => e.kind === 'telegram' || e.kind === 'api')) {
      for (const body of hostile) {
        const answer = await send(endpoint.path, { headers: credentials(endpoint, 'application/json'), body })
        expect(answer.status, `${endpoint.path} ${body.slice(0, 40)}`).toBeLessThan(500)
        if (endpoint.kind === 'api') expect(answer.status).toBeGreaterThanOrEqual(400)
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    const logs = w.logs.join('\n')
    expect(logs).not.toContain('unhandled error')
  })
})

describe('wrong content types, on every POST endpoint', () => {
  const types = [null, 'text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/json']

  it('refuses or handles them: never a 5xx, never a stored tip', async () => {
    const before = await rows()
    for (const endpoint of readingBodies()) {
      for (const type of types.filter((t) => t !== naturalType(endpoint))) {
        const body =
          type === 'application/json'
            ? JSON.stringify(smsParams('+8613900001111', '1001 假的'))
            : new URLSearchParams(smsParams('+8613900001111', '1001 假的')).toString()
        const answer = await send(endpoint.path, { headers: credentials(endpoint, type), body })
        expect(answer.status, `${endpoint.path} ${type}`).toBeGreaterThanOrEqual(400)
        expect(answer.status, `${endpoint.path} ${type}`).toBeLessThan(500)
      }
    }
    expect(await rows()).toEqual(before)
    // A correctly signed SMS in the wrong type is still refused: the signature covers form fields only.
    const params = smsParams('+8613900001111', '1001 假的')
    const signed = twilioRequest('/webhooks/twilio/sms', params)
    const retyped = await w.app.request(`${PUBLIC_URL}/webhooks/twilio/sms`, {
      method: 'POST',
      headers: {
        'Content-Type': 'text/plain',
        'X-Twilio-Signature': signed.headers.get('x-twilio-signature') ?? '',
      },
      body: await signed.text(),
    })
    expect(retyped.status).toBe(415)
  })
})
