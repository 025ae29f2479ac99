import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { desc } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { type AuditDraft, chainAudit } from '../store/audit'
import * as schema from '../store/schema'
import { type Db, insertRow, type Store, type Write } from '../store/store'

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url))

interface PendingUnit {
  writes: readonly Write[]
  audit: readonly AuditDraft[]
  resolve: () => void
  reject: (error: unknown) => void
}

const STATEMENT_CACHE_SIZE = 256

/**
 * drizzle prepares every query anew; the same few dozen SQL strings serve every tip, so prepared
 * statements are kept by their text (better-sqlite3 statements are reusable once run to completion).
 */
function withStatementCache(sqlite: Database.Database): Database.Database {
  const cache = new Map<string, Database.Statement>()
  const prepare = sqlite.prepare.bind(sqlite)
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver)
      return (source: string) => {
        let statement = cache.get(source)
        if (!statement) {
          if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear()
          statement = prepare(source)
          cache.set(source, statement)
        }
        // drizzle switches a statement to raw mode for typed selects; every use starts from the default.
        return statement.reader ? statement.raw(false) : statement
      }
    },
  })
}

export interface SqliteStore extends Store {
  sqlite: Database.Database
  close(): void
}

/**
 * Opens (creating if needed) the SQLite file with migrations applied. Commits are grouped: every unit
 * that arrives in the same turn of the event loop lands in one durable transaction, each under its own
 * savepoint, so one fsync serves many webhooks and one refused unit does not take the others with it.
 */
export function openSqliteStore(path: string): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new Database(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('secure_delete = ON')
  sqlite.pragma('busy_timeout = 5000')
  const statements = withStatementCache(sqlite)
  const orm = drizzle(statements, { schema })
  migrate(orm, { migrationsFolder: MIGRATIONS_FOLDER })
  // better-sqlite3 queries are synchronous and also awaitable, so the core's async view holds.
  const db = orm as unknown as Db

  const lastAudit = () =>
    orm
      .select({ seq: schema.auditEvents.seq, hash: schema.auditEvents.hash })
      .from(schema.auditEvents)
      .orderBy(desc(schema.auditEvents.seq))
      .limit(1)
      .get()

  let pending: PendingUnit[] = []

  const run = (write: Write) => {
    const { sql, params } = write.toSQL()
    statements.prepare(sql).run(...params)
  }
  const control = (sql: string) => statements.prepare(sql).run()

  function flush() {
    const units = pending
    pending = []
    const failures = new Map<PendingUnit, unknown>()
    try {
      control('BEGIN IMMEDIATE')
      let last = lastAudit()
      for (const unit of units) {
        control('SAVEPOINT unit')
        try {
          for (const write of unit.writes) run(write)
          const rows = chainAudit(last, unit.audit)
          for (const row of rows) run(insertRow(schema.auditEvents, row))
          last = rows.at(-1) ?? last
          control('RELEASE unit')
        } catch (error) {
          control('ROLLBACK TO unit')
          control('RELEASE unit')
          failures.set(unit, error)
        }
      }
      control('COMMIT')
    } catch (error) {
      if (sqlite.inTransaction) control('ROLLBACK')
      for (const unit of units) unit.reject(error)
      return
    }
    for (const unit of units) {
      const failure = failures.get(unit)
      if (failures.has(unit)) unit.reject(failure)
      else unit.resolve()
    }
  }

  return {
    db,
    sqlite,
    commit(writes, audit = []) {
      return new Promise<void>((resolve, reject) => {
        pending.push({ writes, audit, resolve, reject })
        if (pending.length === 1) setImmediate(flush)
      })
    },
    close() {
      if (pending.length) flush()
      sqlite.close()
    },
  }
}
