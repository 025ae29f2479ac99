import type { Vault } from './crypto/vault'
import type { Language } from './intake/triage/index'
import type { SchoolDirectory } from './store/schools'
import type { Store } from './store/store'

/** Structured logging as pino shapes it. Callers pass ids and counts, never addresses or tip text. */
export interface Logger {
  info(fields: object, message?: string): void
  warn(fields: object, message?: string): void
  error(fields: object, message?: string): void
}

export interface CoreConfig {
  crisisLine: string
  p1AckMinutes: number
  defaultLanguage: Language
  /** Days after a case closes before the tipster's relay copy (the way to reply) is deleted. */
  relayRetentionDays: number
  /** Days after a case closes before the escrow copy (the only way to unmask) is deleted. */
  escrowRetentionDays: number
  /** The county's offset from UTC: monthly reports count its calendar months. */
  reportUtcOffsetMinutes: number
}

/** Everything the core needs from the runtime it runs on, passed in: it imports no runtime. */
export interface Core {
  store: Store
  vault: Vault
  clock: () => Date
  log: Logger
  config: CoreConfig
  schools: SchoolDirectory
}

/**
 * A new row id: a UUID of version 7, its first 48 bits the time in milliseconds and the rest random.
 * Rows made together sort together, so a commit of many tips adds to the last pages of each index
 * instead of dirtying a random page of every one (a random id costs a page per index per row). The time
 * it holds is the row's own creation time, which the row stores anyway.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  const ms = Date.now()
  const high = Math.floor(ms / 2 ** 16)
  bytes[0] = high >>> 24
  bytes[1] = high >>> 16
  bytes[2] = high >>> 8
  bytes[3] = high
  bytes[4] = ms >>> 8
  bytes[5] = ms
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Error fields safe for a log line: the type and code of an error, never its message (it may quote data). */
export function safeError(error: unknown): { error: string; code?: string } {
  if (!(error instanceof Error)) return { error: typeof error }
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? { error: error.name, code } : { error: error.name }
}
