import { toBase64, utf8 } from '../crypto/encoding'
import { type ChannelSender, DeliveryError, PROVIDER_TIMEOUT_MS } from './deliver'

export interface TwilioAccount {
  accountSid: string
  authToken: string
  phoneNumber: string
  /** Where REST calls go instead of Twilio's own hosts (tests point it at a local fake). */
  apiBase?: string
  /** How long one REST call may take (PROVIDER_TIMEOUT_MS unless a test shortens it). */
  timeoutMs?: number
}

const TWILIO_API = 'https://api.twilio.com'

/** A Twilio REST URL sent to `apiBase` instead when one is set: same path and query. */
export function rebaseTwilioUrl(url: string, apiBase: string | undefined): string {
  if (!apiBase) return url
  const original = new URL(url)
  return new URL(original.pathname + original.search, apiBase).href
}

/** Retry-After in milliseconds, from seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/**
 * What a Twilio answer that is not a success means for the outbox: 429 and 5xx are worth another try
 * (no sooner than Retry-After); any other refusal is final. Twilio's error code is kept, never its text.
 */
export function twilioDeliveryError(
  status: number | undefined,
  retryAfter?: string | null,
  code?: number | string | null,
): DeliveryError {
  if (status !== undefined && (status === 429 || status >= 500)) {
    return new DeliveryError(`Twilio answered ${status}`, true, retryAfterMs(retryAfter))
  }
  return new DeliveryError(
    `Twilio refused the message (${status ?? 'error'}${code ? ` ${code}` : ''})`,
    false,
  )
}

/**
 * SMS (or WhatsApp) through Twilio's Messages API over plain `fetch`: what the Worker uses, where the
 * twilio library is too heavy. Same DeliveryError semantics as the library sender on Node.
 */
export function fetchTwilioSender(
  account: TwilioAccount,
  channel: 'sms' | 'whatsapp',
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): ChannelSender {
  const prefix = channel === 'whatsapp' ? 'whatsapp:' : ''
  const url = rebaseTwilioUrl(
    `${TWILIO_API}/2010-04-01/Accounts/${encodeURIComponent(account.accountSid)}/Messages.json`,
    account.apiBase,
  )
  const authorization = `Basic ${toBase64(utf8(`${account.accountSid}:${account.authToken}`))}`
  return {
    async send(to, text) {
      let response: Response
      try {
        response = await fetcher(url, {
          method: 'POST',
          headers: {
            Authorization: authorization,
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json',
          },
          body: new URLSearchParams({ To: prefix + to, From: prefix + account.phoneNumber, Body: text }),
          signal: AbortSignal.timeout(account.timeoutMs ?? PROVIDER_TIMEOUT_MS),
        })
      } catch (error) {
        const name = error instanceof Error ? error.name : 'network'
        throw new DeliveryError(`Twilio unreachable (${name})`, true)
      }
      const answer = (await response.json().catch(() => null)) as { sid?: unknown; code?: unknown } | null
      if (!response.ok) {
        const code = typeof answer?.code === 'number' || typeof answer?.code === 'string' ? answer.code : null
        throw twilioDeliveryError(response.status, response.headers.get('retry-after'), code)
      }
      if (typeof answer?.sid !== 'string')
        throw new DeliveryError('Twilio answered without a message sid', true)
      return { providerMessageId: answer.sid }
    },
  }
}
