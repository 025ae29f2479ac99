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

export const newId = (): string => crypto.randomUUID()

/** Error fields safe for a log line: the type and code of an error, never its message (it may quote data). */
export function safeError(error: unknown): { error: string; code?: string } {
  if (!(error instanceof Error)) return { error: typeof error }
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? { error: error.name, code } : { error: error.name }
}
