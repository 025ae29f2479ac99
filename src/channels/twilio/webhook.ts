import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { verifyTwilioSignature } from './signature'

export interface TwilioWebhookConfig {
  authToken: string
  /** The base URL Twilio was told to call; signatures are checked against it, not the request's Host. */
  publicUrl: string
}

export interface TwilioForm {
  /** The first value of each field. */
  fields: Record<string, string | undefined>
}

/**
 * Reads a Twilio webhook's form body and checks its signature over every parameter received (Twilio
 * adds new ones) and the configured public URL. Refuses with 415, 400 or 403.
 */
export async function readTwilioForm(config: TwilioWebhookConfig, c: Context): Promise<TwilioForm> {
  const type = c.req.header('content-type') ?? ''
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    throw new HTTPException(415, { message: 'Unsupported Media Type: Twilio posts a form' })
  }
  // Decoded by hand: workerd warns when text() is called on a form body.
  const pairs = [...new URLSearchParams(new TextDecoder().decode(await c.req.arrayBuffer()))]
  const url = new URL(c.req.url)
  const signedUrl = config.publicUrl.replace(/\/+$/, '') + url.pathname + url.search
  if (!verifyTwilioSignature(config.authToken, c.req.header('x-twilio-signature'), signedUrl, pairs)) {
    throw new HTTPException(403, { message: 'Forbidden: invalid Twilio signature' })
  }
  const fields: Record<string, string | undefined> = Object.create(null)
  for (const [name, value] of pairs) if (!(name in fields)) fields[name] = value
  return { fields }
}
