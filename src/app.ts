import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { receiveSms } from './channels/twilio/sms'
import type { TwilioWebhookConfig } from './channels/twilio/webhook'
import { type Core, safeError } from './core'
import { RoutingError } from './intake/routing'
import { officerApi } from './officer/api'
import { type ConsoleOptions, officerConsole } from './officer/console/routes'

export interface AppOptions {
  core: Core
  /** Null when Twilio is not configured: its webhooks answer 503 and say why. */
  twilio: TwilioWebhookConfig | null
  /** The officer console's public URL and the contacts its posters print. */
  console: ConsoleOptions
}

/** Bodies larger than any provider sends; checked by Content-Length and while streaming. */
export const MAX_BODY_BYTES = 64 * 1024

/** The whole HTTP surface of Whistle, on Web Standards: the same app on Node and on Workers. */
export function createApp({ core, twilio, console }: AppOptions) {
  const app = new Hono()

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
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text('Payload Too Large', 413) }),
  )
  app.use(
    '/api/*',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'body too large' }, 413) }),
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
