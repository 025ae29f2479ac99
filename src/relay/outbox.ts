import { type Core, newId } from '../core'
import { type officers, outbox } from '../store/schema'
import { insertRow, type Write } from '../store/store'

export type OutboxChannel = 'sms' | 'whatsapp' | 'telegram'
export type OutboxKind = (typeof outbox.$inferInsert)['kind']
type Officer = typeof officers.$inferSelect

/** Inline buttons under a message, in rows; `data` comes back in the button's callback. */
export type InlineButtons = { text: string; data: string }[][]

/** One outbox row, due now, with its text and buttons sealed: what both kinds of recipient share. */
function outboxWrite(
  core: Core,
  row: Pick<
    typeof outbox.$inferInsert,
    'caseId' | 'contactId' | 'officerId' | 'channel' | 'kind' | 'addressBox'
  >,
  text: string,
  buttons: InlineButtons | undefined,
): { id: string; write: Write } {
  const id = newId()
  const now = core.clock()
  return {
    id,
    write: insertRow(outbox, {
      ...row,
      id,
      body: core.vault.sealContent(text),
      buttons: buttons?.length ? core.vault.sealContent(JSON.stringify(buttons)) : null,
      nextAttemptAt: now,
      createdAt: now,
    }),
  }
}

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
  const { caseId, contactId, channel, kind, addressBox = null } = item
  return outboxWrite(core, { caseId, contactId, channel, kind, addressBox }, item.text, item.buttons)
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
  // Only Telegram shows buttons; an SMS alert carries its text alone.
  const buttons = channel === 'telegram' ? item.buttons : undefined
  return outboxWrite(
    core,
    { caseId: item.caseId, officerId: item.officer.id, channel, kind: item.kind },
    item.text,
    buttons,
  )
}
