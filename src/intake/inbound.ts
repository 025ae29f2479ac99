import type { Channel, Language, Urgency } from './triage/index'

/** One message from a tipster, as every channel adapter hands it to intake. */
export interface InboundMessage {
  channel: Channel
  provider: 'twilio' | 'telegram'
  /** The provider's id for this delivery (MessageSid, update_id, CallSid...): repeats are recognised by it. */
  providerMessageId: string
  /** The channel address (E.164 number, Telegram chat id). Sealed at once; never stored or logged in clear. */
  address: string
  text: string
  media: InboundMedia[]
  /** A language the channel knows (Telegram's language_code); the text decides when it has words. */
  languageHint?: Language
  /** A school the channel already knows (a deep link from a school's poster, a bot's school picker). */
  schoolCode?: string
  /** The least urgency the channel itself knows the tip has (the hotline's "someone is in danger now"), and why. */
  urgencyFloor?: { urgency: Urgency; reason: string }
  /** Messages with the same key (a Telegram album's media_group_id) go to one case, answered once. */
  batchKey?: string
  /** Open a new case even while the tipster has one open (the bot's /new). */
  newReport?: boolean
}

export interface InboundMedia {
  /** Where the provider serves it; sealed at rest until fetched. */
  source: string
  contentType: string
  /** What the provider says the size is; over MAX_EVIDENCE_BYTES it is recorded as too large, not fetched. */
  size?: number
}

export const MAX_TIP_CHARS = 8000

const STRIPPED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g

/**
 * Text as intake keeps it: well-formed Unicode in NFC, no control characters, no bidi overrides or
 * zero-width spaces (they hide words from triage and forge log lines), at most MAX_TIP_CHARS.
 */
export function normaliseText(raw: string): string {
  // Stripped before NFC: a zero-width space between a letter and its combining mark would keep them apart.
  const clean = raw.toWellFormed().replace(/\r\n?/g, '\n').replace(STRIPPED, '').normalize('NFC').trim()
  const chars = Array.from(clean)
  return chars.length > MAX_TIP_CHARS ? chars.slice(0, MAX_TIP_CHARS).join('') : clean
}

/** E.164 as the blind index sees it: `+` and digits only. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/^whatsapp:/i, '').replace(/[\s().-]/g, '')
  return /^\+?[1-9]\d{5,14}$/.test(digits) ? (digits.startsWith('+') ? digits : `+${digits}`) : null
}

/** The address as it is sealed: channel-qualified, so a reply goes back on the channel it came from. */
export function channelAddress(channel: Channel, address: string): string {
  return `${channel}:${address}`
}

export type Keyword = 'stop' | 'start' | 'help'

/** Carrier keywords (English and the Chinese carriers' 退订/TD), only as the whole message. */
export function parseKeyword(text: string): Keyword | null {
  const word = text.trim().toLowerCase()
  if (['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'td', '退订'].includes(word)) return 'stop'
  if (['start', 'unstop', 'yes', '订阅'].includes(word)) return 'start'
  if (['help', 'info', '帮助', '幫助'].includes(word)) return 'help'
  return null
}
