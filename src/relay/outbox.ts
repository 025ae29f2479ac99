import { type Core, newId } from '../core'
import { type officers, outbox } from '../store/schema'
import type { Write } from '../store/store'

export type OutboxChannel = 'sms' | 'whatsapp' | 'telegram'
export type OutboxKind = (typeof outbox.$inferInsert)['kind']
type Officer = typeof officers.$inferSelect

/** Inline buttons under a message, in rows; `data` comes back in the button's callback. */
export type InlineButtons = { text: string; data: string }[][]

const sealedButtons = (core: Core, buttons: InlineButtons | undefined) =>
  buttons?.length ? core.vault.sealContent(JSON.stringify(buttons)) : null

/** A message to a tipster, sent later through their sealed relay copy. */
export function enqueueForTipster(
  core: Core,
  item: {
    caseId: string | null
    contactId: string
    channel: OutboxChannel
    kind: OutboxKind
    text: string
    buttons?: InlineButtons
    /** A relay copy for this message alone, when the contact's own copy is being deleted. */
    addressBox?: string
  },
): { id: string; write: Write } {
  const id = newId()
  const now = core.clock()
  return {
    id,
    write: core.store.db.insert(outbox).values({
      id,
      caseId: item.caseId,
      contactId: item.contactId,
      channel: item.channel,
      kind: item.kind,
      body: core.vault.sealContent(item.text),
      buttons: sealedButtons(core, item.buttons),
      addressBox: item.addressBox ?? null,
      nextAttemptAt: now,
      createdAt: now,
    }),
  }
}

/** The channel an officer is reached on: their linked Telegram first, else their work phone. */
export function officerChannel(officer: Officer): OutboxChannel | null {
  if (officer.telegramChatId) return 'telegram'
  if (officer.phone) return 'sms'
  return null
}

/** A message to an officer (an alert), or null when the officer has no channel to reach. */
export function enqueueForOfficer(
  core: Core,
  item: { caseId: string | null; officer: Officer; kind: OutboxKind; text: string; buttons?: InlineButtons },
): { id: string; write: Write } | null {
  const channel = officerChannel(item.officer)
  if (!channel) return null
  const id = newId()
  const now = core.clock()
  return {
    id,
    write: core.store.db.insert(outbox).values({
      id,
      caseId: item.caseId,
      officerId: item.officer.id,
      channel,
      kind: item.kind,
      body: core.vault.sealContent(item.text),
      buttons: channel === 'telegram' ? sealedButtons(core, item.buttons) : null,
      nextAttemptAt: now,
      createdAt: now,
    }),
  }
}
