import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { count } from 'drizzle-orm'
import { createApp } from '../../src/app'
import { generateKeyEnv } from '../../src/crypto/keys'
import { loadSodium } from '../../src/crypto/sodium'
import { consoleOptions } from '../../src/officer/console/routes'
import { issueOfficerToken } from '../../src/officer/tokens'
import { hotlineOf } from '../../src/providers'
import { createLogger } from '../../src/runtime/log'
import { loadDemoCountyIfEmpty, openWhistle } from '../../src/runtime/node'
import { openSqliteStore } from '../../src/runtime/sqlite'
import { TWILIO } from './fake-twilio'
import * as schema from '../../src/store/schema'

export { TWILIO }
export const PUBLIC_URL = 'https://whistle.example.org'

/** A settable clock: tests move time instead of waiting for it. */
export class TestClock {
  constructor(public now = new Date('2026-11-23T08:00:00Z')) {}
  readonly read = () => new Date(this.now)
  advance(ms: number) {
    this.now = new Date(this.now.getTime() + ms)
  }
}

export interface TestWhistleOptions {
  env?: Record<string, string>
  /** Where the Twilio REST client sends (a FakeTwilio's url). */
  twilioApiBase?: string
  demoCounty?: boolean
}

/**
 * The real Whistle on a fresh SQLite file with migrations applied, the demo county loaded, real keys,
 * and logs captured line by line. Only the clock is the test's.
 */
export async function testWhistle(options: TestWhistleOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'whistle-test-'))
  const dbPath = join(dir, 'whistle.db')
  const keys = generateKeyEnv(await loadSodium())
  const logs: string[] = []
  const clock = new TestClock()
  const env: Record<string, string> = {
    DATABASE_PATH: dbPath,
    PUBLIC_URL,
    TWILIO_ACCOUNT_SID: TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: TWILIO.authToken,
    TWILIO_PHONE_NUMBER: TWILIO.phoneNumber,
    ...(options.twilioApiBase ? { TWILIO_API_BASE: options.twilioApiBase } : {}),
    ...keys.env,
    ...options.env,
  }
  const store = openSqliteStore(dbPath)
  const whistle = await openWhistle({
    env,
    store,
    clock: clock.read,
    log: createLogger({ write: (line: string) => logs.push(line) }),
  })
  if (options.demoCounty !== false) await loadDemoCountyIfEmpty(whistle.core)
  const app = createApp({
    core: whistle.core,
    twilio: whistle.config.twilio
      ? { authToken: whistle.config.twilio.authToken, publicUrl: PUBLIC_URL }
      : null,
    console: consoleOptions(whistle.config),
    hotline: hotlineOf(whistle.config),
    telegram: whistle.config.telegram,
  })
  return {
    ...whistle,
    store,
    app,
    clock,
    logs,
    dir,
    dbPath,
    env,
    escrowSecretKey: keys.escrowSecretKey,
    token: (officerId: string) => issueOfficerToken(whistle.core, officerId),
    cleanup() {
      whistle.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export type TestWhistle = Awaited<ReturnType<typeof testWhistle>>

/** Calls the officer API as that officer. */
export async function api(w: TestWhistle, path: string, officerId: string, init: RequestInit = {}) {
  const token = await w.token(officerId)
  const response = await w.app.request(`/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers },
  })
  const text = await response.text()
  const type = response.headers.get('content-type') ?? ''
  return { status: response.status, body: type.includes('json') ? JSON.parse(text) : text }
}

/** The rows in each table a provider request may write: to show that a request wrote nothing, or only its receipt. */
export async function rowCounts(w: TestWhistle) {
  const { cases, messages, contacts, providerReceipts, outbox, alerts, media, conversations, auditEvents } =
    schema
  const tables = {
    cases,
    messages,
    contacts,
    providerReceipts,
    outbox,
    alerts,
    media,
    conversations,
    auditEvents,
  }
  const counts = await Promise.all(
    Object.entries(tables).map(async ([name, table]) => {
      const [row] = await w.core.store.db.select({ n: count() }).from(table)
      return [name, row?.n ?? 0] as const
    }),
  )
  return Object.fromEntries(counts) as Record<keyof typeof tables, number>
}
