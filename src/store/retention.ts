import { and, eq, gt, inArray, isNotNull, lte, ne, notExists, or } from 'drizzle-orm'
import type { Core } from '../core'
import type { AuditDraft } from './audit'
import { cases, contacts } from './schema'
import type { Write } from './store'

const DAY = 24 * 60 * 60_000
/** Contacts cleared per commit: keeps one run's transactions short on a big backlog. */
const BATCH = 500

export interface RetentionReport {
  relayRemoved: number
  escrowRemoved: number
}

/**
 * Deletes what links a tipster to an address once it is no longer needed: the relay copy (the way to reply)
 * `relayRetentionDays` after their last case closed, the escrow copy (the only way to unmask)
 * `escrowRetentionDays` after. A tipster with any case not closed, or closed more recently, keeps both.
 * SQLite's secure_delete overwrites the freed bytes.
 */
export async function runRetention(core: Core): Promise<RetentionReport> {
  return {
    relayRemoved: await removeCopies(core, 'relay', core.config.relayRetentionDays),
    escrowRemoved: await removeCopies(core, 'escrow', core.config.escrowRetentionDays),
  }
}

async function removeCopies(core: Core, copy: 'relay' | 'escrow', days: number): Promise<number> {
  const db = core.store.db
  const now = core.clock()
  const cutoff = new Date(now.getTime() - days * DAY)
  const column = copy === 'relay' ? contacts.relayBox : contacts.escrowBox
  let removed = 0
  for (;;) {
    const due = await db
      .select({ id: contacts.id })
      .from(contacts)
      .where(
        and(
          isNotNull(column),
          lte(contacts.lastSeenAt, cutoff),
          notExists(
            db
              .select({ id: cases.id })
              .from(cases)
              .where(
                and(
                  eq(cases.contactId, contacts.id),
                  or(ne(cases.status, 'closed'), gt(cases.closedAt, cutoff)),
                ),
              ),
          ),
        ),
      )
      .limit(BATCH)
    if (!due.length) return removed
    const ids = due.map((c) => c.id)
    const writes: Write[] = [
      db
        .update(contacts)
        .set(copy === 'relay' ? { relayBox: null } : { escrowBox: null })
        .where(inArray(contacts.id, ids)),
    ]
    const audit: AuditDraft[] = ids.map((id) => ({
      at: now,
      actor: 'system',
      action: 'retention',
      caseId: null,
      detail: { contact: id, removed: copy, afterDays: days },
    }))
    await core.store.commit(writes, audit)
    removed += ids.length
  }
}
