import { toBase64, utf8 } from '../../crypto/encoding'
import { EVIDENCE_TIMEOUT_MS, EvidenceFetchError, type EvidenceFetcher } from '../../intake/evidence'
import { PROVIDER_TIMEOUT_MS } from '../../relay/deliver'
import type { TwilioAccount } from '../../relay/twilio-rest'

/** Twilio keeps recordings and MMS media under its API host; the account's credentials go nowhere else. */
const TWILIO_API_HOST = 'api.twilio.com'

/**
 * Where a Twilio media URL is actually fetched: on Twilio's API host (or the same path under
 * TWILIO_API_BASE). Any other host is refused, so a forged URL cannot collect the account's credentials.
 */
export function twilioMediaUrl(account: TwilioAccount, source: string): URL {
  let url: URL
  try {
    url = new URL(source)
  } catch {
    throw new EvidenceFetchError('evidence source is not a URL', false)
  }
  if (url.protocol !== 'https:' || url.hostname !== TWILIO_API_HOST) {
    throw new EvidenceFetchError('evidence source is not on the Twilio API host', false)
  }
  return account.apiBase ? new URL(url.pathname + url.search, account.apiBase) : url
}

/**
 * Recordings and MMS media, fetched with the account's basic auth (plain fetch, so it runs on Workers
 * too) and deleted at Twilio once Whistle holds the sealed copy.
 */
export function twilioEvidenceFetcher(account: TwilioAccount): EvidenceFetcher {
  const authorization = `Basic ${toBase64(utf8(`${account.accountSid}:${account.authToken}`))}`
  return async (source) => {
    const url = twilioMediaUrl(account, source)
    // Twilio answers with a redirect to short-lived storage; fetch drops Authorization across origins.
    const response = await fetch(url, {
      headers: { Authorization: authorization },
      signal: AbortSignal.timeout(EVIDENCE_TIMEOUT_MS),
    })
    if (!response.ok) {
      // Twilio down or busy: try again later. Any other refusal will not change.
      const retryable = response.status === 429 || response.status >= 500
      throw new EvidenceFetchError(`Twilio answered ${response.status} for evidence`, retryable)
    }
    const bytes = new Uint8Array(await response.arrayBuffer())
    const contentType = response.headers.get('content-type')?.split(';')[0]?.trim()
    return {
      bytes,
      ...(contentType ? { contentType } : {}),
      async afterStored() {
        const deleted = await fetch(url, {
          method: 'DELETE',
          headers: { Authorization: authorization },
          signal: AbortSignal.timeout(account.timeoutMs ?? PROVIDER_TIMEOUT_MS),
        })
        if (!deleted.ok && deleted.status !== 404) {
          throw new EvidenceFetchError(`Twilio answered ${deleted.status} to deleting evidence`, true)
        }
      },
    }
  }
}
