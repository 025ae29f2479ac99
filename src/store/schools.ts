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

  /** Forgets the cached county: the next use reads it again (a read already under way is not kept). */
  invalidate(): void {
    this.cached = null
    this.loading = null
    this.generation++
  }

  private loading: Promise<Directory> | null = null
  private generation = 0

  private load(): Promise<Directory> {
    if (this.cached && Date.now() - this.checkedAt < this.recheckMs) return Promise.resolve(this.cached)
    // The tips that arrive together while the county is (re)read all wait for that one read.
    if (!this.loading) {
      const loading = this.read().finally(() => {
        if (this.loading === loading) this.loading = null
      })
      this.loading = loading
    }
    return this.loading
  }

  private async read(): Promise<Directory> {
    const now = Date.now()
    const generation = this.generation
    const [stats] = await this.db
      .select({
        n: count(),
        latest: max(schools.updatedAt),
        officers: sql<string>`(select count(*) || ':' || ifnull(max(${officers.updatedAt}), 0) from ${officers})`,
      })
      .from(schools)
    const fingerprint = `${stats?.n ?? 0}:${stats?.latest?.getTime() ?? 0}:${stats?.officers ?? ''}`
    let directory = this.cached
    if (directory?.fingerprint !== fingerprint) {
      const [rows, staff] = await Promise.all([
        this.db.select().from(schools),
        this.db.select().from(officers).orderBy(officers.id),
      ])
      directory = {
        fingerprint,
        index: buildSchoolIndex(rows),
        byId: new Map(rows.map((s) => [s.id, s])),
        officers: new Map(staff.map((o) => [o.id, o])),
        dutyDesk: staff.find((o) => o.role === 'duty_desk')?.id,
      }
    }
    // Invalidated while being read (a change in this process): keep nothing that may predate it.
    if (generation === this.generation) {
      this.cached = directory
      this.checkedAt = now
    }
    return directory
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
