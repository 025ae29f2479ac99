import { and, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm'
import { type Core, newId } from '../core'
import type { AuditDraft } from '../store/audit'
import { caseChanges, cases, hasSignature, incidents } from '../store/schema'
import type { School } from '../store/schools'
import { idGroups, insertRow, preparedFor, type Write } from '../store/store'
import { decodeSignature, encodeSignature, minHash, shingles, similarity } from './similarity'

/** Tips about one school this close together can be about one event. */
export const INCIDENT_WINDOW_MS = 48 * 60 * 60_000

/**
 * The Jaccard similarity of shingles above which two tips are taken to describe one event. Different
 * children describing one fight share a fifth to a third of their shingles; unrelated tips at the same
 * school (with the school's names left out) share almost none.
 */
export const SAME_EVENT = 0.1

/** How many of the school's recent cases a new tip is compared with: enough for a viral video's wave. */
const CANDIDATES_MAX = 500

/** A school's latest cases that could join an incident; exported so a test can hold it to its index. */
export const incidentCandidates = preparedFor((db) =>
  db
    .select({ id: cases.id, incidentId: cases.incidentId, createdAt: cases.createdAt })
    .from(cases)
    .where(
      and(
        eq(cases.schoolId, sql.placeholder('schoolId')),
        eq(hasSignature(cases.signature), 1),
        gte(cases.createdAt, sql.placeholder('since')),
        ne(cases.status, 'invalid'),
      ),
    )
    .orderBy(desc(cases.createdAt))
    .limit(CANDIDATES_MAX)
    .prepare(),
)

/** One of a school's recent cases, as grouping compares a new tip with it. */
interface Candidate {
  id: string
  incidentId: string | null
  /** Milliseconds, as stored. */
  createdAt: number
}

/** A school's candidates, newest first, at most CANDIDATES_MAX of them, as of a rowid of cases. */
interface SchoolWindow {
  candidates: Candidate[]
  ids: Set<string>
  seenRowid: number
}

/**
 * The candidate windows of the schools a process has lately grouped tips for, per database. In a flood
 * every tip of a school is compared with the same 500 cases; reading them again for every tip cost more
 * than the rest of its grouping. Only what the database says is held: a school's new cases are read by
 * rowid (rowids grow in commit order), and any other change that could alter a window (case_changes,
 * kept by triggers) starts all windows again. So the windows follow every writer, in this process or
 * another.
 */
interface CandidateWindows {
  changes: number
  /** In the order last used: the first is the one to let go of. */
  bySchool: Map<string, SchoolWindow>
}

const candidateWindows = new WeakMap<object, CandidateWindows>()
const SCHOOLS_HELD = 64
/** A window more cases (of any school) behind than this is read again, not caught up. */
const CATCH_UP_MAX = 2000

type ChangesRow = [
  changes: number,
  maxRowid: number | null,
  id: string | null,
  createdAt: number | null,
  incidentId: string | null,
]

/**
 * In one statement (one snapshot, one round trip on D1): the change count, the last rowid, and the
 * school's candidates among the cases after `after`, up to `upTo`. Those are found by rowid, not by the
 * school's index (the unary plus keeps SQLite from it): the few cases since the school's last tip, not
 * all of the school's. Exported so a test can hold it to that plan.
 */
export const changesSince = (schoolId: string, after: number, upTo: number) => sql`
  select ${caseChanges.count}, (select max(rowid) from ${cases}), n.id, n.created_at, n.incident_id
  from ${caseChanges} left join (
    select ${cases.id}, ${cases.createdAt}, ${cases.incidentId} from ${cases}
    where rowid > ${after} and rowid <= ${upTo} and +${cases.schoolId} = ${schoolId}
      and ${hasSignature(cases.signature)} and ${cases.status} <> 'invalid'
    order by rowid
  ) n on 1
  where ${caseChanges.id} = 1`

function addToWindow(window: SchoolWindow, candidate: Candidate) {
  if (window.ids.has(candidate.id)) return
  const { candidates } = window
  let at = 0
  while (at < candidates.length && (candidates[at] as Candidate).createdAt > candidate.createdAt) at++
  if (at >= CANDIDATES_MAX) return
  candidates.splice(at, 0, candidate)
  window.ids.add(candidate.id)
  if (candidates.length > CANDIDATES_MAX) window.ids.delete((candidates.pop() as Candidate).id)
}

/** The school's cases of the last 48 hours that a new tip could join, newest first. */
async function recentCandidates(core: Core, schoolId: string, since: Date): Promise<Candidate[]> {
  const db = core.store.db
  let windows = candidateWindows.get(db)
  let window = windows?.bySchool.get(schoolId)
  const after = window?.seenRowid ?? 0
  const rows = (await db.values(
    changesSince(schoolId, after, window ? after + CATCH_UP_MAX : 0),
  )) as ChangesRow[]
  const [changes = 0, maxRowid = 0] = rows[0] ?? []
  const seenRowid = maxRowid ?? 0
  if (!windows || windows.changes !== changes) {
    windows = { changes, bySchool: new Map() }
    candidateWindows.set(db, windows)
    window = undefined
  }
  windows.bySchool.delete(schoolId)
  // Too far behind to catch up in one read, or ahead of the database (which then is not the one it
  // was read from): read whole.
  if (window && (seenRowid - window.seenRowid > CATCH_UP_MAX || seenRowid < window.seenRowid)) {
    window = undefined
  }
  if (window) {
    for (const [, , id, createdAt, incidentId] of rows) {
      if (id !== null) addToWindow(window, { id, incidentId, createdAt: createdAt as number })
    }
    window.seenRowid = seenRowid
  } else {
    // Read whole, then kept: what grows older than 48 hours is left out below. Cases committed after
    // the statement above are read again next time, and found already here.
    const read = (await incidentCandidates(db).values({
      schoolId,
      // A placeholder is bound as given, not through its column: the stored form of the time.
      since: cases.createdAt.mapToDriverValue(since),
    })) as [id: string, incidentId: string | null, createdAt: number][]
    const candidates = read.map(([id, incidentId, createdAt]) => ({ id, incidentId, createdAt }))
    window = { candidates, ids: new Set(candidates.map((c) => c.id)), seenRowid }
    if (windows.bySchool.size >= SCHOOLS_HELD) {
      const [oldest] = windows.bySchool.keys()
      if (oldest !== undefined) windows.bySchool.delete(oldest)
    }
  }
  windows.bySchool.set(schoolId, window)
  const from = since.getTime()
  return window.candidates.filter((c) => c.createdAt >= from)
}

/**
 * Decoded signatures by case id, per database. Every tip is compared with up to 500 of its school's
 * recent cases, the same ones from one tip to the next, so their signatures are read and decoded once.
 * Only what the database answered is kept: a case's signature is written once, when its school is
 * known, and never changed. A map is emptied when it reaches its bound.
 */
const knownSignatures = new WeakMap<object, Map<string, Uint32Array>>()
const KNOWN_MAX = 20_000

async function signaturesOf(core: Core, caseIds: readonly string[]): Promise<(Uint32Array | null)[]> {
  const db = core.store.db
  let known = knownSignatures.get(db)
  // Emptied only here, before this tip's reads, so that what they add answers this tip.
  if (!known || known.size >= KNOWN_MAX) knownSignatures.set(db, (known = new Map()))
  for (const group of idGroups(caseIds.filter((id) => !known.has(id)))) {
    const rows = await db
      .select({ id: cases.id, signature: cases.signature })
      .from(cases)
      .where(inArray(cases.id, group))
    for (const row of rows) {
      const signature = row.signature ? decodeSignature(row.signature) : null
      if (signature) known.set(row.id, signature)
    }
  }
  return caseIds.map((id) => known.get(id) ?? null)
}

/** The first made of these incidents (ties by id). */
async function oldestIncident(core: Core, ids: readonly string[]): Promise<string | undefined> {
  const found = []
  for (const group of idGroups(ids)) {
    found.push(
      ...(await core.store.db
        .select({ id: incidents.id, createdAt: incidents.createdAt })
        .from(incidents)
        .where(inArray(incidents.id, group))),
    )
  }
  const [first] = found.sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  return first?.id
}

export interface IncidentGrouping {
  /** What to store on the new case: its signature, and the incident it belongs to (if any). */
  signature: string | null
  incidentId: string | null
  writes: Write[]
  audit: AuditDraft[]
}

/**
 * Groups a new case with the school's cases of the last 48 hours that describe the same event. Every
 * recent case the tip resembles joins one incident with it: a tip that bridges two groups merges them,
 * so the order in which a wave of tips arrives does not split it.
 */
export async function groupIntoIncident(
  core: Core,
  subject: { caseId: string; school: School; text: string },
): Promise<IncidentGrouping> {
  const { school } = subject
  const set = shingles(subject.text, [school.code, school.nameZh, school.nameEn, ...school.aliases])
  const mine = minHash(set, (s) => core.vault.shingleHash(s))
  const none: IncidentGrouping = { signature: null, incidentId: null, writes: [], audit: [] }
  if (!mine) return none
  const signature = encodeSignature(mine)
  const now = core.clock()
  const db = core.store.db
  const recent = await recentCandidates(core, school.id, new Date(now.getTime() - INCIDENT_WINDOW_MS))
  const theirs = await signaturesOf(
    core,
    recent.map((c) => c.id),
  )
  const alike = recent.filter((_, i) => {
    const signature = theirs[i]
    return signature && similarity(mine, signature) >= SAME_EVENT
  })
  if (!alike.length) return { ...none, signature }

  const existing = [...new Set(alike.flatMap((c) => (c.incidentId ? [c.incidentId] : [])))]
  // Of several incidents the oldest is kept; a wave's tips all find the same one, which needs no read.
  const kept = existing.length > 1 ? await oldestIncident(core, existing) : existing[0]
  const incidentId = kept ?? newId()
  const absorbed = existing.filter((id) => id !== incidentId)
  const loose = alike.filter((c) => !c.incidentId).map((c) => c.id)
  const writes: Write[] = [
    kept
      ? db.update(incidents).set({ lastTipAt: now }).where(eq(incidents.id, incidentId))
      : insertRow(incidents, { id: incidentId, schoolId: school.id, createdAt: now, lastTipAt: now }),
    ...idGroups(loose).map((group) => db.update(cases).set({ incidentId }).where(inArray(cases.id, group))),
    ...idGroups(absorbed).flatMap((group) => [
      db.update(cases).set({ incidentId }).where(inArray(cases.incidentId, group)),
      db.delete(incidents).where(inArray(incidents.id, group)),
    ]),
  ]
  const audit: AuditDraft[] = [
    {
      at: now,
      actor: 'system',
      action: 'incident_grouped',
      caseId: subject.caseId,
      detail: { incident: incidentId, alike: alike.length, merged: absorbed.length },
    },
  ]
  return { signature, incidentId, writes, audit }
}
