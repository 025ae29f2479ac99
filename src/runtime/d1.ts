import { desc } from 'drizzle-orm'
import { type AnyD1Database, drizzle } from 'drizzle-orm/d1'
import { chainAudit } from '../store/audit'
import * as schema from '../store/schema'
import { asConflict, type Db, insertRow, type Store } from '../store/store'

/**
 * How many times a unit is chained and sent again after another isolate took the audit sequence
 * numbers it was placed at. Each try is a whole batch that either landed or left nothing behind.
 */
const AUDIT_RACE_TRIES = 8

/**
 * The Store on Cloudflare D1. D1 refuses BEGIN: a unit's writes and its audit rows go in one
 * `batch()`, which D1 runs as one transaction, so they land together or not at all.
 *
 * The audit chain is placed after the last row read just before the batch. Another Worker may append
 * in between; then the batch's first audit row hits the sequence primary key, the whole batch rolls
 * back, and the unit is chained again after the new last row. Any other unique conflict surfaces as a
 * ConflictError, which intake already answers by reading again.
 */
export function openD1Store(database: AnyD1Database): Store {
  const db = drizzle(database, { schema }) as unknown as Db

  const lastAudit = async () => {
    const [last] = await db
      .select({ seq: schema.auditEvents.seq, hash: schema.auditEvents.hash })
      .from(schema.auditEvents)
      .orderBy(desc(schema.auditEvents.seq))
      .limit(1)
    return last
  }

  return {
    db,
    async commit(writes, audit = []) {
      for (let attempt = 1; ; attempt++) {
        const rows = audit.length ? chainAudit(await lastAudit(), audit) : []
        // One statement per audit row: D1 binds at most 100 parameters to a statement.
        const unit = [...writes, ...rows.map((row) => insertRow(schema.auditEvents, row))]
        if (!unit.length) return
        try {
          await database.batch(
            unit.map((write) => {
              const { sql, params } = write.toSQL()
              return database.prepare(sql).bind(...params)
            }),
          )
          return
        } catch (error) {
          const conflict = asConflict(error)
          if (!conflict) throw error
          if (conflict.target !== 'audit_events.seq' || attempt >= AUDIT_RACE_TRIES) throw conflict
        }
      }
    },
  }
}
