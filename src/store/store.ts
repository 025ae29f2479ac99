import { getTableColumns, getTableName, is, SQL, type Table } from 'drizzle-orm'
import type { BaseSQLiteDatabase, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { AuditDraft } from './audit'
import type * as schema from './schema'

/** The drizzle database as the core sees it: awaited queries work on better-sqlite3 and on D1 alike. */
export type Db = BaseSQLiteDatabase<'async', unknown, typeof schema>

/** One statement of a unit, with its parameters as the driver binds them. */
export interface Statement {
  sql: string
  params: unknown[]
}

/**
 * One write of a unit: anything that knows its SQL. A drizzle insert, update or delete builder is one;
 * so is `insertRow`'s, which skips the builder on the paths every tip takes.
 */
export interface Write {
  toSQL(): Statement
}

interface TableInserts {
  columns: [key: string, column: SQLiteColumn][]
  /** The insert's SQL by the columns it names. */
  sqlByKeys: Map<string, string>
}

const tableInserts = new WeakMap<Table, TableInserts>()

function insertsOf(table: SQLiteTable): TableInserts {
  let inserts = tableInserts.get(table)
  if (!inserts) {
    const columns = Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>)
    tableInserts.set(table, (inserts = { columns, sqlByKeys: new Map() }))
  }
  return inserts
}

/**
 * An insert of one row as drizzle writes it: values mapped by their columns, runtime defaults filled in,
 * absent columns left to the default the migrations give them. Its SQL is built once per table and set
 * of columns instead of for every row.
 */
export function insertRow<T extends SQLiteTable>(table: T, row: T['$inferInsert']): Write {
  const inserts = insertsOf(table)
  const given = row as Record<string, unknown>
  const named: SQLiteColumn[] = []
  const values: unknown[] = []
  for (const [key, column] of inserts.columns) {
    // An absent value falls back in drizzle's order: a static default (which the migrations give the
    // database too, so the column is left out), else the default function, else $onUpdate.
    const value =
      given[key] !== undefined
        ? given[key]
        : column.default != null
          ? undefined
          : (column.defaultFn ?? column.onUpdateFn)?.()
    if (value === undefined) continue
    if (is(value, SQL)) throw new TypeError(`insertRow binds values: ${getTableName(table)}.${key} is SQL`)
    named.push(column)
    values.push(value === null ? null : column.mapToDriverValue(value))
  }
  const names = named.map((column) => `"${column.name}"`).join(', ')
  let sql = inserts.sqlByKeys.get(names)
  if (!sql) {
    sql = `insert into "${getTableName(table)}" (${names}) values (${named.map(() => '?').join(', ')})`
    inserts.sqlByKeys.set(names, sql)
  }
  const statement = { sql, params: values }
  return { toSQL: () => statement }
}

/** Ids one statement may list: D1 binds at most 100 parameters to a statement. */
export const IDS_PER_STATEMENT = 90

/** Ids in groups that each fit one statement. */
export function idGroups<T>(ids: readonly T[]): T[][] {
  const groups: T[][] = []
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) groups.push(ids.slice(i, i + IDS_PER_STATEMENT))
  return groups
}

/**
 * A query built and prepared once per database (values go in through `sql.placeholder`), for the reads
 * that every tip makes: drizzle would otherwise build the same SQL again for each of them.
 */
export function preparedFor<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byDb = new WeakMap<Db, Q>()
  return (db) => {
    let query = byDb.get(db)
    if (!query) byDb.set(db, (query = build(db)))
    return query
  }
}

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
    super(`constraint: ${target}`)
  }
}

/**
 * Finds SQLite's message of a unique constraint, or of a foreign key, in an error or its causes (drizzle
 * wraps driver errors). Either says that another writer got there between a unit's reads and its commit
 * (took the same key, or removed a row the unit refers to, as an incident merged away), so reading
 * again settles it.
 */
export function asConflict(error: unknown): ConflictError | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof ConflictError) return e
    const message = e instanceof Error ? e.message : ''
    const match = /UNIQUE constraint failed: ([\w.,\s]+)/.exec(message)
    if (match?.[1]) return new ConflictError(match[1].trim())
    if (/FOREIGN KEY constraint failed/.test(message)) return new ConflictError('foreign key')
  }
  return null
}
