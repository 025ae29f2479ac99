import type { BatchItem } from 'drizzle-orm/batch'
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core'
import type { AuditDraft } from './audit'
import type * as schema from './schema'

/** The drizzle database as the core sees it: awaited queries work on better-sqlite3 and on D1 alike. */
export type Db = BaseSQLiteDatabase<'async', unknown, typeof schema>

export type Write = BatchItem<'sqlite'>

/**
 * The one way the core changes data: a unit of writes and the audit events that describe them,
 * landing together or not at all (a transaction on better-sqlite3, `batch()` on D1).
 */
export interface Store {
  db: Db
  commit(writes: readonly Write[], audit?: readonly AuditDraft[]): Promise<void>
}

/** A unique constraint refused a write; `target` names the table and columns as SQLite reports them. */
export class ConflictError extends Error {
  override name = 'ConflictError'
  constructor(readonly target: string) {
    super(`unique constraint: ${target}`)
  }
}

/** Finds SQLite's unique-constraint message in an error or its causes (drizzle wraps driver errors). */
export function asConflict(error: unknown): ConflictError | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof ConflictError) return e
    const message = e instanceof Error ? e.message : ''
    const match = /UNIQUE constraint failed: ([\w.,\s]+)/.exec(message)
    if (match?.[1]) return new ConflictError(match[1].trim())
  }
  return null
}
