import { sha256 } from '@noble/hashes/sha2.js'
import { and, eq, gt, lte } from 'drizzle-orm'
import type { Core } from '../../core'
import { constantTimeEqual, toHex, utf8 } from '../../crypto/encoding'
import { consoleSessions, officers } from '../../store/schema'
import { insertRow } from '../../store/store'
import { hashSecret, type Officer, randomToken } from '../tokens'

/** A console session lasts one shift; then the officer signs in again with their token. */
export const SESSION_HOURS = 12

export type ConsoleLocale = NonNullable<(typeof consoleSessions.$inferSelect)['locale']>

export interface ConsoleSession {
  id: string
  officer: Officer
  locale: ConsoleLocale
  /** The per-session token every console form carries. */
  csrf: string
}

/** Derived from the session secret (which only the cookie holds), so it needs no storage of its own. */
const csrfFor = (secret: string) => toHex(sha256(utf8(`whistle-console-csrf:${secret}`)))

/** Opens a session for an officer; returns the cookie value `<id>.<secret>` (only the secret's hash is kept). */
export async function startSession(core: Core, officer: Officer): Promise<string> {
  const id = randomToken(12)
  const secret = randomToken(32)
  const now = core.clock()
  await core.store.commit(
    [
      insertRow(consoleSessions, {
        id,
        officerId: officer.id,
        secretHash: hashSecret(secret),
        createdAt: now,
        expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
      }),
      // Sign-ins sweep away expired sessions, so the table holds only live ones.
      core.store.db.delete(consoleSessions).where(lte(consoleSessions.expiresAt, now)),
    ],
    [
      {
        at: now,
        actor: `officer:${officer.id}`,
        action: 'console_login',
        caseId: null,
        detail: { session: id },
      },
    ],
  )
  return `${id}.${secret}`
}

/** The live session a cookie value names, or null for a missing, malformed, unknown or expired one. */
export async function sessionFor(core: Core, cookie: string | undefined): Promise<ConsoleSession | null> {
  const match = cookie ? /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(cookie) : null
  if (!match) return null
  const [, id, secret] = match as unknown as [string, string, string]
  const [row] = await core.store.db
    .select({ session: consoleSessions, officer: officers })
    .from(consoleSessions)
    .innerJoin(officers, eq(officers.id, consoleSessions.officerId))
    .where(and(eq(consoleSessions.id, id), gt(consoleSessions.expiresAt, core.clock())))
  if (!row || !constantTimeEqual(row.session.secretHash, hashSecret(secret)) || !row.officer.active)
    return null
  return {
    id,
    officer: row.officer,
    locale: row.session.locale ?? row.officer.locale,
    csrf: csrfFor(secret),
  }
}

export function csrfMatches(session: ConsoleSession, submitted: unknown): boolean {
  return typeof submitted === 'string' && constantTimeEqual(submitted, session.csrf)
}

export async function endSession(core: Core, session: ConsoleSession): Promise<void> {
  await core.store.commit(
    [core.store.db.delete(consoleSessions).where(eq(consoleSessions.id, session.id))],
    [
      {
        at: core.clock(),
        actor: `officer:${session.officer.id}`,
        action: 'console_logout',
        caseId: null,
        detail: { session: session.id },
      },
    ],
  )
}

export async function setSessionLocale(core: Core, session: ConsoleSession, locale: ConsoleLocale) {
  await core.store.db.update(consoleSessions).set({ locale }).where(eq(consoleSessions.id, session.id))
}
