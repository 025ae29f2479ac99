import { sha256 } from '@noble/hashes/sha2.js'
import { and, eq, gt, isNull } from 'drizzle-orm'
import type { Core } from '../core'
import { constantTimeEqual, toBase64, toHex, utf8 } from '../crypto/encoding'
import { officers, officerTokens } from '../store/schema'
import { insertRow } from '../store/store'

export type Officer = typeof officers.$inferSelect

const TOKEN_DAYS = 90

/** SHA-256 of a secret, hex: what is stored in place of a token's or a session's secret. */
export const hashSecret = (secret: string) => toHex(sha256(utf8(secret)))
/** A random URL-safe string of `bytes` random bytes. */
export const randomToken = (bytes: number) =>
  toBase64(crypto.getRandomValues(new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

/** A new API token `<id>.<secret>` for an officer; only the secret's SHA-256 is stored. Shown once. */
export async function issueOfficerToken(core: Core, officerId: string, days = TOKEN_DAYS): Promise<string> {
  const id = randomToken(9)
  const secret = randomToken(32)
  const now = core.clock()
  await core.store.commit(
    [
      insertRow(officerTokens, {
        id,
        officerId,
        secretHash: hashSecret(secret),
        createdAt: now,
        expiresAt: new Date(now.getTime() + days * 86_400_000),
      }),
    ],
    [
      {
        at: now,
        actor: 'system',
        action: 'token_issued',
        caseId: null,
        detail: { officer: officerId, token: id },
      },
    ],
  )
  return `${id}.${secret}`
}

/** The active officer a token belongs to, or null for a missing, malformed, unknown, expired or revoked one. */
export async function officerForToken(core: Core, token: string | undefined): Promise<Officer | null> {
  const match = token ? /^([A-Za-z0-9_-]{8,32})\.([A-Za-z0-9_-]{20,64})$/.exec(token) : null
  if (!match) return null
  const [, id, secret] = match as unknown as [string, string, string]
  const [row] = await core.store.db
    .select({ secretHash: officerTokens.secretHash, officer: officers })
    .from(officerTokens)
    .innerJoin(officers, eq(officers.id, officerTokens.officerId))
    .where(
      and(
        eq(officerTokens.id, id),
        isNull(officerTokens.revokedAt),
        gt(officerTokens.expiresAt, core.clock()),
      ),
    )
  if (!row || !constantTimeEqual(row.secretHash, hashSecret(secret)) || !row.officer.active) return null
  return row.officer
}
