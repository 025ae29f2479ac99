import { createApp } from '../app'
import { ConfigError, readConfig } from '../config'
import type { Core, Logger } from '../core'
import { KeyConfigError, type KeyEnv, keySetFromEnv } from '../crypto/keys'
import { nobleSodium } from '../crypto/noble'
import { createVault } from '../crypto/vault'
import { describeJobs, jobsDidWork, type ProviderClients, runDueJobs } from '../jobs'
import { appOptions, coreConfigOf, providerClients } from '../providers'
import { fetchTwilioSender } from '../relay/twilio-rest'
import { SchoolDirectory } from '../store/schools'
import { consoleLogger } from './console-log'
import { openD1Store } from './d1'

/** What wrangler.toml and `wrangler secret put` give the Worker. */
export interface WorkerEnv extends KeyEnv {
  DB: D1Database
  PUBLIC_URL?: string
  TWILIO_ACCOUNT_SID?: string
  TWILIO_AUTH_TOKEN?: string
  TWILIO_PHONE_NUMBER?: string
  TWILIO_API_BASE?: string
  TELEGRAM_BOT_TOKEN?: string
  TELEGRAM_WEBHOOK_SECRET?: string
  TELEGRAM_BOT_USERNAME?: string
  DUTY_DESK_PHONE?: string
  P1_ACK_MINUTES?: string
  CRISIS_LINE?: string
  LOG_LEVEL?: string
}

export interface WorkerWhistle {
  core: Core
  clients: ProviderClients
  app: ReturnType<typeof createApp>
}

export interface WorkerOptions {
  clock?: () => Date
  log?: Logger
}

/** The text variables of the environment (bindings such as DB are objects and not configuration). */
const textVariables = (env: WorkerEnv) =>
  Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>

/**
 * Whistle on Workers: the same core and app as on Node, with D1 as the store, noble as the crypto and
 * fetch as the way to Twilio. Keys always come from secrets: there are no development keys here.
 */
export function openWorkerWhistle(env: WorkerEnv, options: WorkerOptions = {}): WorkerWhistle {
  const variables = textVariables(env)
  const config = readConfig({ ...variables, NODE_ENV: 'production' })
  const sodium = nobleSodium()
  const store = openD1Store(env.DB)
  const core: Core = {
    store,
    vault: createVault(sodium, keySetFromEnv(sodium, variables)),
    clock: options.clock ?? (() => new Date()),
    log: options.log ?? consoleLogger(env.LOG_LEVEL),
    config: coreConfigOf(config),
    schools: new SchoolDirectory(store.db),
  }
  const clients = providerClients(config, fetchTwilioSender)
  const app = createApp(appOptions(core, config))
  return { core, clients, app }
}

/** One Whistle per isolate and environment: the school index and prepared keys outlive a request. */
const opened = new WeakMap<WorkerEnv, WorkerWhistle>()

/** Opens Whistle or says why it cannot: a missing key or variable is named, its value never shown. */
function whistleFor(env: WorkerEnv): WorkerWhistle | { problem: string } {
  const cached = opened.get(env)
  if (cached) return cached
  try {
    const whistle = openWorkerWhistle(env)
    opened.set(env, whistle)
    return whistle
  } catch (error) {
    if (error instanceof ConfigError || error instanceof KeyConfigError) return { problem: error.message }
    throw error
  }
}

export default {
  fetch(request, env, ctx) {
    const whistle = whistleFor(env)
    if ('problem' in whistle) {
      consoleLogger(env.LOG_LEVEL).error({ problem: whistle.problem }, 'Whistle is not configured')
      return new Response(`Whistle is not configured: ${whistle.problem}`, { status: 503 })
    }
    return whistle.app.fetch(request, env, ctx)
  },

  /** The cron trigger: every due job once (outbox, evidence), the same as the Node loop and `jobs run`. */
  async scheduled(_controller, env) {
    const whistle = whistleFor(env)
    if ('problem' in whistle) {
      consoleLogger(env.LOG_LEVEL).error({ problem: whistle.problem }, 'Whistle is not configured')
      return
    }
    const report = await runDueJobs(whistle.core, whistle.clients)
    if (jobsDidWork(report)) whistle.core.log.info(report, describeJobs(report))
  },
} satisfies ExportedHandler<WorkerEnv>
