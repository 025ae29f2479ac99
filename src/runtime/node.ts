import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { count } from 'drizzle-orm'
import { createApp } from '../app'
import { type Config, readConfig } from '../config'
import { type Core, type Logger, safeError } from '../core'
import { importOfficers, importSchools } from '../county/import'
import { generateKeyEnv, KeyConfigError, type KeyEnv, keySetFromEnv, missingKeys } from '../crypto/keys'
import type { SodiumPrimitives } from '../crypto/primitives'
import { loadSodium } from '../crypto/sodium'
import { createVault } from '../crypto/vault'
import { describeJobs, jobsDidWork, type ProviderClients, runDueJobs } from '../jobs'
import { appOptions, coreConfigOf, providerClients } from '../providers'
import { twilioSender } from '../relay/twilio'
import { schools } from '../store/schema'
import { SchoolDirectory } from '../store/schools'
import type { Store } from '../store/store'
import { createLogger } from './log'
import { openSqliteStore } from './sqlite'

export const DEMO_COUNTY = fileURLToPath(new URL('../../fixtures/demo-county', import.meta.url))

/** A store Whistle closes when it is done: the SQLite file, or D1 reached from Node (src/runtime/d1-node.ts). */
export type ClosableStore = Store & { close(): void | Promise<void> }

export interface NodeWhistle {
  config: Config
  core: Core
  store: ClosableStore
  sodium: SodiumPrimitives
  clients: ProviderClients
  /** The escrow public key: with the offline secret half, it opens escrow copies (`unmask`). */
  escrowPublicKey: Uint8Array
  close(): void | Promise<void>
}

/**
 * Keys from the environment; outside production, missing keys come from a development key file next
 * to the database, made on first use. Production refuses to start without them.
 */
function loadKeyEnv(config: Config, env: KeyEnv, sodium: SodiumPrimitives, log: Logger): KeyEnv {
  const missing = missingKeys(env)
  if (!missing.length) return env
  if (config.production) {
    throw new KeyConfigError(
      `NODE_ENV=production and ${missing.join(', ')} not set: run \`npm run whistle -- keys generate\` and set them`,
    )
  }
  const file = join(dirname(resolve(config.databasePath)), 'dev-keys.env')
  if (!existsSync(file)) {
    const { env: fresh, escrowSecretKey } = generateKeyEnv(sodium)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(
      file,
      `${Object.entries(fresh)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n')}\n`,
      { mode: 0o600 },
    )
    writeFileSync(join(dirname(file), 'dev-escrow-secret.key'), `${escrowSecretKey}\n`, { mode: 0o600 })
  }
  log.warn(
    { file },
    'DEVELOPMENT KEYS IN USE: tipster identities are sealed with keys from a local file. Never run real tips this way; set the key variables (npm run whistle -- keys generate).',
  )
  const fromFile = Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  )
  return { ...fromFile, ...Object.fromEntries(Object.entries(env).filter(([, v]) => v)) }
}

export interface OpenOptions {
  env?: Record<string, string | undefined>
  log?: Logger
  clock?: () => Date
  /** Where the data lives instead of the SQLite file at DATABASE_PATH (a county's D1, for the CLI). */
  store?: ClosableStore
}

/** Everything Whistle needs on Node, from the environment: database (migrated), keys, core, senders. */
export async function openWhistle(options: OpenOptions = {}): Promise<NodeWhistle> {
  const env = options.env ?? process.env
  const config = readConfig(env)
  const log = options.log ?? createLogger()
  const sodium = await loadSodium()
  const keys = keySetFromEnv(sodium, loadKeyEnv(config, env as KeyEnv, sodium, log))
  const store = options.store ?? openSqliteStore(config.databasePath)
  const core: Core = {
    store,
    vault: createVault(sodium, keys),
    clock: options.clock ?? (() => new Date()),
    log,
    config: coreConfigOf(config),
    schools: new SchoolDirectory(store.db),
  }
  const clients = providerClients(config, twilioSender)
  return {
    config,
    core,
    store,
    sodium,
    clients,
    escrowPublicKey: keys.escrowPublicKey,
    close: () => store.close(),
  }
}

/** Loads the demo county when the database has no schools yet. */
export async function loadDemoCountyIfEmpty(core: Core): Promise<boolean> {
  const [row] = await core.store.db.select({ n: count() }).from(schools)
  if (row?.n) return false
  await importOfficers(core, readFileSync(join(DEMO_COUNTY, 'officers.csv'), 'utf8'))
  await importSchools(core, readFileSync(join(DEMO_COUNTY, 'schools.csv'), 'utf8'))
  return true
}

const JOBS_EVERY_MS = 5_000

/** `npm start`: the server, the demo county on an empty database, and the background jobs loop. */
export async function startServer(): Promise<void> {
  const whistle = await openWhistle()
  const { config, core } = whistle
  if (await loadDemoCountyIfEmpty(core)) core.log.info({}, 'loaded the demo county (30 schools, 15 officers)')
  const app = createApp(appOptions(core, config))
  let jobsRunning = false
  const jobs = setInterval(async () => {
    if (jobsRunning) return
    jobsRunning = true
    try {
      const report = await runDueJobs(core, whistle.clients)
      if (jobsDidWork(report)) core.log.info(report, describeJobs(report))
    } catch (error) {
      core.log.error(safeError(error), 'jobs failed')
    } finally {
      jobsRunning = false
    }
  }, JOBS_EVERY_MS)
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    console.log(`Whistle listening on http://localhost:${info.port} (public URL ${config.publicUrl})`)
    console.log(`Officer console: ${config.publicUrl}/console`)
    console.log('An officer API token: npm run whistle -- officers token off-01')
    if (!config.twilio)
      console.log(
        'SMS and voice are off until TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER are set.',
      )
    if (!config.telegram?.webhookSecret)
      console.log('The Telegram bot is off until TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are set.')
  })
  const stop = () => {
    clearInterval(jobs)
    server.close(() => {
      whistle.close()
      process.exit(0)
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
