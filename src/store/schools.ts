import { count, max, sql } from 'drizzle-orm'
import { buildSchoolIndex, type SchoolIndex } from '../intake/triage/index'
import { officers, schools } from './schema'
import type { Db } from './store'

export type School = typeof schools.$inferSelect
type Officer = typeof officers.$inferSelect

interface Directory {
  fingerprint: string
  index: SchoolIndex
  byId: Map<string, School>
  officers: Map<string, Officer>
  dutyDesk: string | undefined
}

/**
 * The county as intake routes by it: the schools and the triage index built from them, and the officers
 * (whose queue, how to alert them, the duty desk). Kept in memory, since every tip needs them, and read
 * again when either table changes (an import here or in another process), checked at most every
 * `recheckMs`; a change made in this process calls invalidate() and is seen at once.
 */
export class SchoolDirectory {
  private cached: Directory | null = null
  private checkedAt = 0

  constructor(
    private readonly db: Db,
    private readonly recheckMs = 10_000,
  ) {}

  /** Forgets the cached county: the next use reads it again. */
  invalidate(): void {
    this.cached = null
  }

  private async load(): Promise<Directory> {
    const now = Date.now()
    if (this.cached && now - this.checkedAt < this.recheckMs) return this.cached
    const [stats] = await this.db
      .select({
        n: count(),
        latest: max(schools.updatedAt),
        officers: sql<string>`(select count(*) || ':' || ifnull(max(${officers.updatedAt}), 0) from ${officers})`,
      })
      .from(schools)
    const fingerprint = `${stats?.n ?? 0}:${stats?.latest?.getTime() ?? 0}:${stats?.officers ?? ''}`
    if (this.cached?.fingerprint !== fingerprint) {
      const [rows, staff] = await Promise.all([
        this.db.select().from(schools),
        this.db.select().from(officers).orderBy(officers.id),
      ])
      this.cached = {
        fingerprint,
        index: buildSchoolIndex(rows),
        byId: new Map(rows.map((s) => [s.id, s])),
        officers: new Map(staff.map((o) => [o.id, o])),
        dutyDesk: staff.find((o) => o.role === 'duty_desk')?.id,
      }
    }
    this.checkedAt = now
    return this.cached
  }

  async index(): Promise<SchoolIndex> {
    return (await this.load()).index
  }

  async get(id: string): Promise<School | undefined> {
    return (await this.load()).byId.get(id)
  }

  async all(): Promise<School[]> {
    return [...(await this.load()).byId.values()]
  }

  /** The officers with these ids that exist. */
  async officers(ids: readonly string[]): Promise<Officer[]> {
    const { officers } = await this.load()
    return ids.flatMap((id) => officers.get(id) ?? [])
  }

  /** The duty desk's officer id: where cases wait while no school is known. */
  async dutyDeskId(): Promise<string | undefined> {
    return (await this.load()).dutyDesk
  }
}
