import { eq } from 'drizzle-orm'
import type { Core } from '../core'
import { cases, contacts } from '../store/schema'

/** Opens an escrow copy with the offline secret key; null when the key does not open it. */
export type EscrowOpener = (escrowBox: string) => string | null

export type UnmaskOutcome =
  | { outcome: 'opened'; channel: string; address: string }
  | { outcome: 'no_such_case' | 'no_escrow_copy' | 'wrong_key' }

/**
 * Unmasks a case's tipster: offline, by an operator holding the escrow secret key (which the server never
 * has, so no route can do this). Every attempt on a case is recorded in the audit trail with the reason,
 * whether or not it opened; the address is returned to the caller only, never stored or logged.
 */
export async function unmaskTipster(
  core: Core,
  open: EscrowOpener,
  request: { ref: string; reason: string; operator: string },
): Promise<UnmaskOutcome> {
  const [found] = await core.store.db
    .select({ id: cases.id, escrowBox: contacts.escrowBox })
    .from(cases)
    .innerJoin(contacts, eq(contacts.id, cases.contactId))
    .where(eq(cases.ref, request.ref))
  if (!found) return { outcome: 'no_such_case' }
  const plain = found.escrowBox ? open(found.escrowBox) : null
  const outcome = plain ? 'opened' : found.escrowBox ? 'wrong_key' : 'no_escrow_copy'
  await core.store.commit(
    [],
    [
      {
        at: core.clock(),
        actor: `operator:${request.operator}`,
        action: 'unmask',
        caseId: found.id,
        detail: { outcome, reason: request.reason },
      },
    ],
  )
  if (!plain) return { outcome: found.escrowBox ? 'wrong_key' : 'no_escrow_copy' }
  const colon = plain.indexOf(':')
  return { outcome: 'opened', channel: plain.slice(0, colon), address: plain.slice(colon + 1) }
}
