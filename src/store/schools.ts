import { count, eq, max } from 'drizzle-orm'
import { buildSchoolIndex, type SchoolIndex } from '../intake/triage/index'
import { officers, schools } from './schema'
import type { Db } from './store'

export type School = typeof schools.$inferSelect

/**
 * The schools and the triage index built from them, kept in memory and rebuilt when the table changes
 * (an import here or in another process), checked at most every `recheckMs`.
 */
export class SchoolDirectory {
  private cached: { fingerprint: string; index: SchoolIndex; byId: Map<string, School> } | null = null
  private checkedAt = 0

  constructor(
    private readonly db: Db,
    private readonly recheckMs = 10_000,
  ) {}

  /** Forgets the cached index: the next use rebuilds it. */
  invalidate(): void {
    this.cached = null
  }

  private async load() {
    const now = Date.now()
    if (this.cached && now - this.checkedAt < this.recheckMs) return this.cached
    const [stats] = await this.db.select({ n: count(), latest: max(schools.updatedAt) }).from(schools)
    const fingerprint = `${stats?.n ?? 0}:${stats?.latest?.getTime() ?? 0}`
    if (this.cached?.fingerprint !== fingerprint) {
      const rows = await this.db.select().from(schools)
      this.cached = { fingerprint, index: buildSchoolIndex(rows), byId: new Map(rows.map((s) => [s.id, s])) }
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
}

/** The duty desk's officer id: where cases wait while no school is known. */
export async function dutyDeskId(db: Db): Promise<string | undefined> {
  const [desk] = await db
    .select({ id: officers.id })
    .from(officers)
    .where(eq(officers.role, 'duty_desk'))
    .orderBy(officers.id)
    .limit(1)
  return desk?.id
}
