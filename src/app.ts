import { sql } from 'drizzle-orm'
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { receiveTelegramUpdate, telegramChannel } from './channels/telegram/webhook'
import { receiveSms } from './channels/twilio/sms'
import { VOICE_PATH, type VoiceConfig, voiceRoutes } from './channels/twilio/voice'
import type { TwilioWebhookConfig } from './channels/twilio/webhook'
import { type Core, safeError } from './core'
import { RoutingError } from './intake/routing'
import { officerApi } from './officer/api'
import { type ConsoleOptions, officerConsole } from './officer/console/routes'
import type { TelegramBotConfig } from './relay/telegram'

export interface AppOptions {
  core: Core
  /** Null when Twilio is not configured: its webhooks answer 503 and say why. */
  twilio: TwilioWebhookConfig | null
  /** The officer console's public URL and the contacts its posters print. */
  console: ConsoleOptions
  /** The hotline's numbers; the voice webhooks answer 503 without them or without Twilio. */
  hotline?: Omit<VoiceConfig, keyof TwilioWebhookConfig> | null
  /** Null or absent when no bot token is set: the Telegram webhook answers 503 and says why. */
  telegram?: TelegramBotConfig | null
}

/** Bodies larger than any provider sends; checked by Content-Length and while streaming. */
export const MAX_BODY_BYTES = 64 * 1024

/**
 * Hono's body limit, with its commonest case taken from the headers alone: a body whose length is
 * declared (and not chunked besides) is refused or passed on that length. Any other body is counted
 * while it streams. (Asking a Node request for its body stream, as hono's check does first, makes a
 * whole web Request of it, which cost more than the rest of a webhook.)
 */
function limitBody(onError: (c: Context) => Response) {
  const streamed = bodyLimit({ maxSize: MAX_BODY_BYTES, onError })
  return createMiddleware(async (c, next) => {
    // A GET or HEAD request has no body.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const length = c.req.header('content-length') ?? ''
    if (/^\d+$/.test(length) && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > MAX_BODY_BYTES ? onError(c) : next()
    }
    return streamed(c, next)
  })
}

/** The whole HTTP surface of Whistle, on Web Standards: the same app on Node and on Workers. */
export function createApp({ core, twilio, console, hotline, telegram }: AppOptions) {
  const app = new Hono()
  const bot = telegram ? telegramChannel(core, telegram) : null

  app.use(secureHeaders())
  app.use('*', async (c, next) => {
    const started = performance.now()
    await next()
    core.log.info(
      {
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    )
  })
  app.use(
    '/webhooks/*',
    limitBody((c) => c.text('Payload Too Large', 413)),
  )
  app.use(
    '/api/*',
    limitBody((c) => c.json({ error: 'body too large' }, 413)),
  )

  app.get('/health', async (c) => {
    await core.store.db.run(sql`select 1`)
    return c.json({ ok: true })
  })

  app.post('/webhooks/twilio/sms', async (c) => {
    if (!twilio)
      return c.text(
        'SMS is not configured: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER',
        503,
      )
    return receiveSms(core, twilio, c)
  })

  if (twilio && hotline) {
    app.route(VOICE_PATH, voiceRoutes(core, { ...twilio, ...hotline }))
  } else {
    const notConfigured = (c: Context) =>
      c.text(
        'Voice is not configured: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER',
        503,
      )
    app.post(VOICE_PATH, notConfigured)
    app.post(`${VOICE_PATH}/*`, notConfigured)
  }
  app.post('/webhooks/telegram', (c) => receiveTelegramUpdate(core, bot, c))

  app.route('/api/v1', officerApi(core))
  app.route('/console', officerConsole(core, console))

  app.notFound((c) => c.json({ error: 'not found' }, 404))
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse()
    if (error instanceof RoutingError) {
      core.log.error({ route: c.req.routePath }, 'no duty desk is configured: tips cannot be routed')
      return c.json({ error: 'service not ready' }, 503)
    }
    core.log.error({ route: c.req.routePath, ...safeError(error) }, 'unhandled error')
    return c.json({ error: 'internal error' }, 500)
  })
  return app
}
