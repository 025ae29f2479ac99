import { createHash } from 'node:crypto'
import { eq, inArray, isNotNull } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  decodeSignature,
  encodeSignature,
  minHash,
  SIGNATURE_SIZE,
  shingles,
  similarity,
} from '../../src/intake/similarity'
import { groupIntoIncident } from '../../src/intake/incidents'
import { cases, contacts, incidents } from '../../src/store/schema'
import type { School } from '../../src/store/schools'
import { openSqliteStore } from '../../src/runtime/sqlite'
import { insertRow, type Store, type Write } from '../../src/store/store'
import { type TestWhistle, testWhistle } from '../support/whistle'
import { api, caseRow, newPhone, post, tip, tipsterOutbox } from './support'
import { FIGHT_TIPS, UNRELATED_TIPS } from './texts'

const sha = (s: string) => createHash('sha256').update(s).digest().readUInt32BE(0)
const signatureOf = (text: string, leaveOut: string[] = []) => minHash(shingles(text, leaveOut), sha)

describe('similarity signatures', () => {
  it('estimate the Jaccard similarity of two tips’ shingles', () => {
    const a = signatureOf('几个男生在操场打一个同学') as Uint32Array
    expect(similarity(a, a)).toBe(1)
    expect(similarity(a, signatureOf('我的作业被同桌撕了') as Uint32Array)).toBe(0)
    const b = signatureOf('几个男生在操场围殴一个同学') as Uint32Array
    const exact = (x: Set<string>, y: Set<string>) =>
      [...x].filter((s) => y.has(s)).length / new Set([...x, ...y]).size
    expect(similarity(a, b)).toBeCloseTo(
      exact(shingles('几个男生在操场打一个同学'), shingles('几个男生在操场围殴一个同学')),
      5,
    )
  })

  it('leave out the school’s names, digits and punctuation; a tip with nothing else has no signature', () => {
    expect(shingles('1001 青禾一中！！', ['青禾一中', '1001'])).toEqual(new Set())
    expect(signatureOf('1001 青禾一中', ['青禾一中'])).toBeNull()
    expect([...shingles('Fight at the gym, they were kicking him')].sort()).toEqual(['fight', 'kicking'])
  })

  it('keep at most SIGNATURE_SIZE hashes of a long tip, and round-trip through storage', () => {
    const long = Array.from({ length: 200 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('')
    const sig = signatureOf(long) as Uint32Array
    expect(sig.length).toBe(SIGNATURE_SIZE)
    expect(decodeSignature(encodeSignature(sig))).toEqual(sig)
    expect(decodeSignature('AAAAAA==')).toEqual(new Uint32Array([0]))
    expect(decodeSignature('AAAA')).toBeNull()
    expect(decodeSignature('')).toBeNull()
  })
})

describe('a viral video’s wave of tips', () => {
  let w: TestWhistle
  const fight: string[] = []
  const unrelated: string[] = []
  let later: string
  let otherSchool: string
  let namedLater: string

  beforeAll(async () => {
    w = await testWhistle()
    for (const [i, text] of FIGHT_TIPS.entries()) {
      fight.push(await tip(w, text))
      if (i === 10) unrelated.push(await tip(w, UNRELATED_TIPS[0]))
      if (i === 20) unrelated.push(await tip(w, UNRELATED_TIPS[1]))
      w.clock.advance(37 * 60_000)
    }
    // A tipster who names the school only when asked joins the incident then.
    const phone = newPhone()
    namedLater = await tip(w, '昨天操场上那个打架视频里，一群男生围着打一个同学', phone)
    expect((await caseRow(w, namedLater)).schoolId).toBeNull()
    expect(await tip(w, '1001', phone)).toBe(namedLater)
    otherSchool = await tip(w, '1002 视频里几个男生在操场把一个同学按在地上打')
    // Past the 48-hour window: a new fight, even if described alike, is a new incident.
    w.clock.advance(49 * 60 * 60_000)
    later = await tip(w, '1001 操场上又有几个男生围着一个同学打，有人拍了视频')
  }, 60_000)
  afterAll(() => w.cleanup())

  it('groups the thirty tips about one fight into one incident, and a tip whose school came later', async () => {
    const rows = await Promise.all([...fight, namedLater].map((ref) => caseRow(w, ref)))
    const ids = new Set(rows.map((r) => r.incidentId))
    expect(ids.size).toBe(1)
    const [incidentId] = [...ids]
    expect(incidentId).toEqual(expect.any(String))
    const stored = await w.core.store.db.select().from(incidents)
    expect(stored).toEqual([expect.objectContaining({ id: incidentId, schoolId: 'qh-001' })])
  })

  it('leaves unrelated tips at the same school, the same words at another school, and a later fight apart', async () => {
    for (const ref of [...unrelated, otherSchool, later]) {
      expect((await caseRow(w, ref)).incidentId, ref).toBeNull()
    }
  })

  it('stores a signature that is no copy of the text and only works under the server’s key', async () => {
    const row = await caseRow(w, fight[0] as string)
    const stored = decodeSignature(row.signature as string) as Uint32Array
    const unkeyed = signatureOf(FIGHT_TIPS[0], [
      '1001',
      '一中',
      '青禾一中',
      '县一中',
      '青禾县第一中学',
    ]) as Uint32Array
    expect(similarity(stored, unkeyed)).toBe(0)
    expect(row.signature).not.toMatch(/[\u4e00-\u9fff]/)
    const withSignature = await w.core.store.db.select().from(cases).where(isNotNull(cases.signature))
    expect(withSignature).toHaveLength(FIGHT_TIPS.length + UNRELATED_TIPS.length + 3)
  })

  it('shows the officer the whole incident on any of its cases, and closing it feeds back to every tipster', async () => {
    const [first, ...rest] = fight as [string, ...string[]]
    const view = await api(w, `/cases/${first}`, 'off-01')
    expect(view.body.incident.cases).toHaveLength(31)
    expect(view.body.incident.cases.every((c: { tipsterReachable: boolean }) => c.tipsterReachable)).toBe(
      true,
    )
    const queue = await api(w, '/queue?limit=200', 'off-01')
    const grouped = queue.body.cases.filter((c: { incidentId: string | null }) => c.incidentId)
    expect(grouped).toHaveLength(31)

    await post(w, `/cases/${first}/ack`, 'off-01', {})
    await post(w, `/cases/${first}/status`, 'off-01', { status: 'resolved', resolution: '已处理打人学生' })
    await post(w, `/cases/${unrelated[0]}/status`, 'off-01', { status: 'in_progress' })
    await post(w, `/cases/${unrelated[0]}/status`, 'off-01', { status: 'resolved', resolution: '另案处理' })
    const notAnIncident = { status: 'closed', feedback: '谢谢', whole_incident: true }
    expect((await post(w, `/cases/${unrelated[0]}/status`, 'off-01', notAnIncident)).status).toBe(400)
    const closed = await post(w, `/cases/${first}/status`, 'off-01', {
      status: 'closed',
      feedback: '学校和派出所已经处理了视频里的事，谢谢你告诉我们。',
      whole_incident: true,
    })
    expect(closed).toEqual({
      status: 200,
      body: { ref: first, status: 'closed', incident: { cases: 30, fedBack: 30, unreachable: 0 } },
    })
    for (const ref of [...fight, namedLater]) {
      const row = await caseRow(w, ref)
      expect(row.status, ref).toBe('closed')
      const feedback = (await tipsterOutbox(w, row.id)).filter((m) => m.kind === 'feedback')
      expect(feedback).toEqual([
        expect.objectContaining({
          text: `关于你的举报 ${ref}：学校和派出所已经处理了视频里的事，谢谢你告诉我们。`,
        }),
      ])
    }
    const merged = await api(w, `/cases/${rest[0]}`, 'off-01')
    expect(
      merged.body.audit
        .filter((e: { action: string }) => e.action === 'status')
        .map((e: { detail: { to: string } }) => e.detail.to),
    ).toEqual(['merged', 'closed'])
    expect(merged.body.resolution).toBe('已处理打人学生')
    expect((await caseRow(w, unrelated[0] as string)).status).toBe('resolved')
    expect((await caseRow(w, unrelated[1] as string)).status).toBe('assigned')
    const [none] = await w.core.store.db.select().from(cases).where(eq(cases.ref, later))
    expect(none?.status).toBe('assigned')
  })
})

describe('grouping against many recent cases at once', () => {
  const text = '几个男生在操场围着一个同学打，还拍了视频'
  let w: TestWhistle
  let school: School
  let signature: string
  beforeEach(async () => {
    w = await testWhistle()
    school = (await w.core.schools.get('qh-001')) as School
    const names = [school.code, school.nameZh, school.nameEn, ...school.aliases]
    signature = encodeSignature(
      minHash(shingles(text, names), (s) => w.core.vault.shingleHash(s)) as Uint32Array,
    )
  })
  afterEach(() => w.cleanup())

  /**
   * Cases at the school written as they are stored, the later ones newer, without going through intake;
   * through another store (another connection to the same file) if given.
   */
  async function seedCases(
    count: number,
    fields: (i: number) => { incidentId?: string | null; signature?: string | null },
    { store = w.core.store, first = 0 }: { store?: Store; first?: number } = {},
  ) {
    const writes: Write[] = []
    for (let i = first; i < first + count; i++) {
      const at = new Date(w.clock.read().getTime() - (first + count - i) * 1000)
      const { incidentId = null, signature = null } = fields(i)
      if (incidentId) {
        writes.push(
          insertRow(incidents, { id: incidentId, schoolId: school.id, createdAt: at, lastTipAt: at }),
        )
      }
      const id = `${w.dir}-${i}`
      writes.push(
        insertRow(contacts, {
          id,
          channel: 'sms',
          blindId: id,
          language: 'zh-Hans',
          createdAt: at,
          lastSeenAt: at,
        }),
        insertRow(cases, {
          id,
          ref: String(20_000_000 + i),
          contactId: id,
          channel: 'sms',
          schoolId: school.id,
          officerId: 'off-01',
          status: 'assigned',
          category: 'physical',
          urgency: 'P2',
          language: 'zh-Hans',
          triageReasons: [],
          incidentId,
          signature,
          createdAt: at,
          updatedAt: at,
        }),
      )
    }
    await store.commit(writes)
  }

  const alikeCount = async () => {
    const grouping = await groupIntoIncident(w.core, { caseId: 'case-new', school, text })
    return (grouping.audit[0]?.detail as { alike?: number } | undefined)?.alike ?? 0
  }
  const caseId = (i: number) => `${w.dir}-${i}`

  it('sees, from one tip to the next, a case made invalid, moved to an incident, or deleted', async () => {
    await seedCases(4, () => ({ signature }))
    expect(await alikeCount()).toBe(4)
    const db = w.core.store.db
    await w.core.store.commit([
      db
        .update(cases)
        .set({ status: 'invalid' })
        .where(eq(cases.id, caseId(0))),
    ])
    expect(await alikeCount()).toBe(3)
    await w.core.store.commit([db.delete(cases).where(eq(cases.id, caseId(1)))])
    expect(await alikeCount()).toBe(2)
    // Grouped elsewhere meanwhile: the next tip joins that incident, not a loose case.
    const at = w.clock.read()
    await w.core.store.commit([
      insertRow(incidents, { id: 'incident-x', schoolId: school.id, createdAt: at, lastTipAt: at }),
      db
        .update(cases)
        .set({ incidentId: 'incident-x' })
        .where(eq(cases.id, caseId(2))),
    ])
    const grouping = await groupIntoIncident(w.core, { caseId: 'case-new', school, text })
    expect(grouping.incidentId).toBe('incident-x')
    // Made valid again, it is a candidate again.
    await w.core.store.commit([
      db
        .update(cases)
        .set({ status: 'assigned' })
        .where(eq(cases.id, caseId(0))),
    ])
    expect(await alikeCount()).toBe(3)
  })

  it('sees what another connection to the same database writes: new cases and changed ones', async () => {
    await seedCases(2, () => ({ signature }))
    expect(await alikeCount()).toBe(2)
    const other = openSqliteStore(w.store.sqlite.name)
    try {
      await seedCases(3, () => ({ signature }), { store: other, first: 2 })
      expect(await alikeCount()).toBe(5)
      await other.commit([
        other.db
          .update(cases)
          .set({ status: 'invalid' })
          .where(inArray(cases.id, [caseId(0), caseId(3)])),
      ])
      expect(await alikeCount()).toBe(3)
    } finally {
      other.close()
    }
  })

  it('counts changes from a random start, so that a database made anew is not taken for the last', async () => {
    const changes = (x: TestWhistle) => x.store.sqlite.prepare('select count from case_changes').pluck().get()
    const other = await testWhistle()
    try {
      expect(changes(other)).not.toBe(changes(w))
    } finally {
      other.cleanup()
    }
  })

  it('joins more cases and incidents than one D1 statement may list, in writes of at most 100 parameters', async () => {
    await seedCases(250, (i) => ({ signature, incidentId: i < 150 ? null : `incident-${i}` }))
    const grouping = await groupIntoIncident(w.core, { caseId: 'case-new', school, text })
    for (const write of grouping.writes) expect(write.toSQL().params.length).toBeLessThanOrEqual(100)
    await w.core.store.commit(grouping.writes)
    const rows = await w.core.store.db.select({ incidentId: cases.incidentId }).from(cases)
    expect(new Set(rows.map((r) => r.incidentId))).toEqual(new Set([grouping.incidentId]))
    expect(await w.core.store.db.select().from(incidents)).toHaveLength(1)
  })

  it('finds a signed case behind more than 500 newer cases without a signature (photos, codes alone)', async () => {
    await seedCases(601, (i) => (i === 0 ? { signature } : {}))
    const grouping = await groupIntoIncident(w.core, { caseId: 'case-new', school, text })
    expect(grouping.incidentId).toEqual(expect.any(String))
    expect(grouping.audit).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ alike: 1 }) }),
    ])
  })
})
