import { and, asc, eq, lte, sql } from 'drizzle-orm'
import { type Core, safeError } from '../core'
import { cases, contacts, officers, outbox } from '../store/schema'
import type { InlineButtons, OutboxChannel } from './outbox'

/** Why a provider did not take a message, in words safe to store and log (no address, no text). */
export class DeliveryError extends Error {
  override name = 'DeliveryError'
  constructor(
    readonly reason: string,
    /** Worth trying again later: the provider was down, slow or busy. A 4xx other than 429 is not. */
    readonly retryable: boolean,
    /** What the provider asked for (Retry-After, retry_after), in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(reason)
  }
}

/**
 * One channel's way out: sends a text to an address, resolving with the provider's message id.
 * Channels without buttons (SMS) leave them out.
 */
export interface ChannelSender {
  send(
    to: string,
    text: string,
    options?: { buttons?: InlineButtons },
  ): Promise<{ providerMessageId: string }>
}

export type Senders = Partial<Record<OutboxChannel, ChannelSender>>

export const MAX_DELIVERY_ATTEMPTS = 10
/**
 * How long one provider call may take before it counts as failed (and is retried later). A provider
 * that hangs must not hold the job loop, and with it every other queued message, for minutes.
 */
export const PROVIDER_TIMEOUT_MS = 10_000
const LEASE_MS = 5 * 60_000
const BASE_BACKOFF_MS = 30_000
const MAX_BACKOFF_MS = 60 * 60_000

/** Exponential back-off with jitter, never sooner than the provider asked. */
export function nextAttemptDelay(attempts: number, retryAfterMs = 0): number {
  const exponential = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1))
  const jittered = exponential * (0.8 + Math.random() * 0.4)
  return Math.max(retryAfterMs, jittered)
}

export interface DeliveryReport {
  sent: number
  retrying: number
  failed: number
}

/**
 * Sends every outbox message that is due, a P1 case's first. Each is claimed first (a lease, so a second runner skips it),
 * then marked sent, rescheduled with back-off, or failed for good after too many attempts. A message
 * is only ever marked sent after the provider accepted it.
 */
export async function deliverDueMessages(core: Core, senders: Senders, limit = 100): Promise<DeliveryReport> {
  const db = core.store.db
  const now = core.clock()
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 }
  // A P1's messages (the alerts above all) jump the queue: a flood of routine tips can leave more due
  // than one run sends, and the child in danger must not wait behind it.
  const due = (
    await db
      .select({ message: outbox })
      .from(outbox)
      .leftJoin(cases, eq(cases.id, outbox.caseId))
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
      .orderBy(sql`case when ${cases.urgency} = 'P1' then 0 else 1 end`, asc(outbox.nextAttemptAt))
      .limit(limit)
  ).map((row) => row.message)

  for (const message of due) {
    const attempts = message.attempts + 1
    const claimed = await db
      .update(outbox)
      .set({ attempts, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(
        and(eq(outbox.id, message.id), eq(outbox.status, 'pending'), eq(outbox.attempts, message.attempts)),
      )
      .returning({ id: outbox.id })
    if (!claimed.length) continue

    // A message's own relay copy lives only as long as the message is pending.
    const settle = (fields: Partial<typeof outbox.$inferInsert>) =>
      db
        .update(outbox)
        .set(fields.status === 'pending' ? fields : { ...fields, addressBox: null })
        .where(eq(outbox.id, message.id))

    const recipient = await recipientOf(core, message)
    if ('cancel' in recipient) {
      await settle({ status: 'cancelled', lastError: recipient.cancel })
      continue
    }
    const sender = senders[message.channel]
    try {
      if (!sender) throw new DeliveryError(`${message.channel} is not configured`, true)
      const buttons = message.buttons
        ? (JSON.parse(core.vault.openContent(message.buttons)) as InlineButtons)
        : undefined
      const { providerMessageId } = await sender.send(
        recipient.to,
        core.vault.openContent(message.body),
        buttons ? { buttons } : {},
      )
      await settle({ status: 'sent', sentAt: core.clock(), providerMessageId, lastError: null })
      report.sent++
    } catch (error) {
      const failure =
        error instanceof DeliveryError
          ? error
          : new DeliveryError(`sender failed (${safeError(error).error})`, true)
      const giveUp = !failure.retryable || attempts >= MAX_DELIVERY_ATTEMPTS
      await settle({
        status: giveUp ? 'failed' : 'pending',
        lastError: failure.reason,
        nextAttemptAt: new Date(core.clock().getTime() + nextAttemptDelay(attempts, failure.retryAfterMs)),
      })
      core.log.warn(
        { outbox: message.id, channel: message.channel, attempts, reason: failure.reason, final: giveUp },
        'delivery failed',
      )
      if (giveUp) report.failed++
      else report.retrying++
    }
  }
  return report
}

/** Where a message goes: the tipster's relay copy opened just for this send, or the officer's own channel. */
async function recipientOf(
  core: Core,
  message: typeof outbox.$inferSelect,
): Promise<{ to: string } | { cancel: string }> {
  const db = core.store.db
  if (message.contactId) {
    const [contact] = await db.select().from(contacts).where(eq(contacts.id, message.contactId))
    if (!contact || contact.optedOut) return { cancel: 'tipster opted out' }
    const relayBox = message.addressBox ?? contact.relayBox
    const address = relayBox ? core.vault.openRelay(relayBox) : null
    if (!address) return { cancel: 'tipster can no longer be reached' }
    return { to: address.slice(address.indexOf(':') + 1) }
  }
  const [officer] = message.officerId
    ? await db.select().from(officers).where(eq(officers.id, message.officerId))
    : []
  const to = message.channel === 'telegram' ? officer?.telegramChatId : officer?.phone
  return to && officer?.active ? { to } : { cancel: 'officer has no address on this channel' }
}
