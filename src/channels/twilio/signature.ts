import { hmac } from '@noble/hashes/hmac.js'
import { sha1 } from '@noble/hashes/legacy.js'
import { constantTimeEqual, toBase64, utf8 } from '../../crypto/encoding'

/** Form parameters as received, in order, repeats kept. */
export type FormParams = readonly (readonly [string, string])[]

/**
 * Twilio's signature: the URL, then every parameter sorted by name (a repeated name's distinct values
 * sorted), name and value run together, HMAC-SHA1 with the auth token, base64.
 */
export function twilioSignature(authToken: string, url: string, params: FormParams): string {
  const byName = new Map<string, Set<string>>()
  for (const [name, value] of params) {
    const values = byName.get(name) ?? new Set<string>()
    values.add(value)
    byName.set(name, values)
  }
  let data = url
  for (const name of [...byName.keys()].sort()) {
    for (const value of [...(byName.get(name) ?? [])].sort()) data += name + value
  }
  // Synchronous: WebCrypto's key import and signing cost more than the hash itself on every webhook.
  return toBase64(hmac(sha1, utf8(authToken), utf8(data)))
}

/** The URL with and without its scheme's default port: Twilio may sign either. */
function urlVariants(url: string): string[] {
  const match = /^(https?):\/\/([^/?#:]+)(?::(\d+))?(.*)$/i.exec(url)
  if (!match) return [url]
  const [, scheme = '', host = '', port, rest = ''] = match
  const defaultPort = scheme.toLowerCase() === 'https' ? '443' : '80'
  return [
    ...new Set([url, `${scheme}://${host}${rest}`, `${scheme}://${host}:${port ?? defaultPort}${rest}`]),
  ]
}

/** Checks X-Twilio-Signature against the URL Whistle is configured to be reached at, in constant time. */
export function verifyTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: FormParams,
): boolean {
  if (!signature) return false
  let valid = false
  for (const candidate of urlVariants(url)) {
    // Every variant is computed and compared, so timing says nothing about which one matched.
    if (constantTimeEqual(twilioSignature(authToken, candidate, params), signature)) valid = true
  }
  return valid
}
