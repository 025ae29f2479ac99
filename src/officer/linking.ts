import { sha256 } from '@noble/hashes/sha2.js'
import { and, eq, gt, isNull } from 'drizzle-orm'
import type { Core } from '../core'
import { toHex, utf8 } from '../crypto/encoding'
import { officerLinkCodes, officers } from '../store/schema'
import { insertRow, type Write } from '../store/store'
import type { Officer } from './tokens'

/** How long a link code works: long enough to open the bot, short enough that a lost code goes stale. */
export const LINK_CODE_MINUTES = 30

// No 0/O, 1/I/L: an officer types the code from a screen.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 10

const hashCode = (code: string) => toHex(sha256(utf8(code.trim().toUpperCase())))

/** A one-time code that links the officer's own Telegram account to their alerts; only its hash is kept. */
export async function issueLinkCode(core: Core, officerId: string): Promise<string> {
  const random = crypto.getRandomValues(new Uint8Array(CODE_LENGTH))
  const code = Array.from(random, (b) => ALPHABET[b % ALPHABET.length]).join('')
  const now = core.clock()
  await core.store.commit(
    [
      insertRow(officerLinkCodes, {
        codeHash: hashCode(code),
        officerId,
        expiresAt: new Date(now.getTime() + LINK_CODE_MINUTES * 60_000),
        createdAt: now,
      }),
    ],
    [
      {
        at: now,
        actor: 'operator',
        action: 'telegram_link_code',
        caseId: null,
        detail: { officer: officerId },
      },
    ],
  )
  return code
}

/**
 * Links the officer whose unused, unexpired code this is to a Telegram chat, in one commit with `also`
 * (what the channel writes for the same update). Null for a wrong, used or expired code.
 */
export async function redeemLinkCode(
  core: Core,
  code: string,
  chatId: string,
  also: (officer: Officer) => Write[],
): Promise<Officer | null> {
  const db = core.store.db
  const now = core.clock()
  const codeHash = hashCode(code)
  const [row] = await db
    .select({ officer: officers })
    .from(officerLinkCodes)
    .innerJoin(officers, eq(officers.id, officerLinkCodes.officerId))
    .where(
      and(
        eq(officerLinkCodes.codeHash, codeHash),
        isNull(officerLinkCodes.usedAt),
        gt(officerLinkCodes.expiresAt, now),
      ),
    )
  if (!row?.officer.active) return null
  const linked: Officer = { ...row.officer, telegramChatId: chatId, updatedAt: now }
  await core.store.commit(
    [
      db.update(officerLinkCodes).set({ usedAt: now }).where(eq(officerLinkCodes.codeHash, codeHash)),
      db.update(officers).set({ telegramChatId: chatId, updatedAt: now }).where(eq(officers.id, linked.id)),
      ...also(linked),
    ],
    [{ at: now, actor: `officer:${linked.id}`, action: 'telegram_linked', caseId: null, detail: {} }],
  )
  core.schools.invalidate()
  return linked
}

/** The active officer whose linked Telegram account this is, if any. */
export async function officerForTelegram(core: Core, userId: string): Promise<Officer | null> {
  const [officer] = await core.store.db
    .select()
    .from(officers)
    .where(and(eq(officers.telegramChatId, userId), eq(officers.active, true)))
    .limit(1)
  return officer ?? null
}
