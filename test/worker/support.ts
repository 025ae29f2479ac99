import { applyD1Migrations, reset } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { importOfficers, importSchools } from '../../src/county/import'
import { issueOfficerToken } from '../../src/officer/tokens'
import { openWorkerWhistle } from '../../src/runtime/worker'
import * as schema from '../../src/store/schema'

export const PUBLIC_URL = env.PUBLIC_URL as string
export const TWILIO_FAKE = env.TWILIO_API_BASE as string

/**
 * An empty local D1 with the drizzle-kit migrations applied and the demo county imported through the
 * same importers the CLI uses, and a Whistle on it (the one the Worker entry builds, with the real clock).
 */
export async function freshCounty() {
  await reset()
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
  await fetch(`${TWILIO_FAKE}/__fake/reset`, { method: 'POST' })
  const whistle = openWorkerWhistle(env, { log: { info() {}, warn() {}, error() {} } })
  await importOfficers(whistle.core, env.DEMO_OFFICERS_CSV)
  await importSchools(whistle.core, env.DEMO_SCHOOLS_CSV)
  return whistle
}

/** Asks Node for a reference computation (libsodium, the twilio library): see vitest.workers.config.ts. */
export async function nodeReference<T>(path: string, input: object): Promise<T> {
  const response = await env.NODE_REFERENCE.fetch(`http://node${path}`, {
    method: 'POST',
    body: JSON.stringify(input),
  })
  if (!response.ok) throw new Error(`reference ${path} answered ${response.status}`)
  return (await response.json()) as T
}

/** A Twilio webhook request, signed by the twilio library on Node exactly as Twilio signs. */
export async function signedTwilioRequest(path: string, params: Record<string, string>): Promise<Request> {
  const url = `${PUBLIC_URL}${path}`
  const { signature } = await nodeReference<{ signature: string }>('/twilio/signature', { url, params })
  return new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
    body: new URLSearchParams(params).toString(),
  })
}

export const messageSid = () =>
  `SM${[...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('')}`

/** Through the Worker's own fetch handler, as a request from the internet arrives. */
export const worker = exports.default

export async function officerApi(officerId: string, path: string, init: RequestInit = {}) {
  const whistle = openWorkerWhistle(env)
  const token = await issueOfficerToken(whistle.core, officerId)
  const response = await worker.fetch(`${PUBLIC_URL}/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  })
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & { cases?: unknown[] },
  }
}

export interface SentSms {
  to: string
  from: string
  body: string
  sid: string
}

export const fakeTwilio = {
  messages: async () => (await (await fetch(`${TWILIO_FAKE}/__fake/messages`)).json()) as SentSms[],
  failNext: (status: number, times = 1, headers: Record<string, string> = {}) =>
    fetch(`${TWILIO_FAKE}/__fake/fail`, { method: 'POST', body: JSON.stringify({ status, times, headers }) }),
}

/** Rows in every table a tip touches: equal before and after means nothing was written. */
export async function rowCounts(db = openWorkerWhistle(env).core.store.db) {
  const tables = {
    cases: schema.cases,
    messages: schema.messages,
    contacts: schema.contacts,
    receipts: schema.providerReceipts,
    outbox: schema.outbox,
    alerts: schema.alerts,
    audit: schema.auditEvents,
  }
  const counts: Record<string, number> = {}
  for (const [name, table] of Object.entries(tables)) counts[name] = await db.$count(table)
  return counts
}
