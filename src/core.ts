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
  // A version 4 UUID's random bits, its first 48 replaced by the time (randomUUID draws from a pool of
  // random bytes; getRandomValues for 16 bytes costs ten times as much).
  const random = crypto.randomUUID()
  const ms = Date.now().toString(16).padStart(12, '0')
  return `${ms.slice(0, 8)}-${ms.slice(8)}-7${random.slice(15)}`
}

/** Error fields safe for a log line: the type and code of an error, never its message (it may quote data). */
export function safeError(error: unknown): { error: string; code?: string } {
  if (!(error instanceof Error)) return { error: typeof error }
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? { error: error.name, code } : { error: error.name }
}
