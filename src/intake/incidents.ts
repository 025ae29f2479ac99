import { and, asc, desc, eq, gte, inArray, isNotNull, ne, or, sql } from 'drizzle-orm'
import { type Core, newId } from '../core'
import type { AuditDraft } from '../store/audit'
import { cases, incidents } from '../store/schema'
import type { School } from '../store/schools'
import { insertRow, preparedFor, type Write } from '../store/store'
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

const recentSignatures = preparedFor((db) =>
  db
    .select({ id: cases.id, incidentId: cases.incidentId, signature: cases.signature })
    .from(cases)
    .where(
      and(
        eq(cases.schoolId, sql.placeholder('schoolId')),
        gte(cases.createdAt, sql.placeholder('since')),
        isNotNull(cases.signature),
        ne(cases.status, 'invalid'),
      ),
    )
    .orderBy(desc(cases.createdAt))
    .limit(CANDIDATES_MAX)
    .prepare(),
)

/**
 * Signatures already decoded, by their stored form: every tip compares itself with up to 500 of its
 * school's recent ones, which are the same from one tip to the next. A stored signature never changes,
 * so an entry never goes stale; the map is emptied when it reaches its bound.
 */
const decodedSignatures = new Map<string, Uint32Array | null>()
const DECODED_MAX = 20_000

function decoded(stored: string): Uint32Array | null {
  let signature = decodedSignatures.get(stored)
  if (signature === undefined) {
    if (decodedSignatures.size >= DECODED_MAX) decodedSignatures.clear()
    signature = decodeSignature(stored)
    decodedSignatures.set(stored, signature)
  }
  return signature
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
  const recent = await recentSignatures(db).all({
    schoolId: school.id,
    // A placeholder is bound as given, not through its column: the stored form of the time.
    since: cases.createdAt.mapToDriverValue(new Date(now.getTime() - INCIDENT_WINDOW_MS)),
  })
  const alike = recent.filter((c) => {
    const theirs = c.signature ? decoded(c.signature) : null
    return theirs !== null && similarity(mine, theirs) >= SAME_EVENT
  })
  if (!alike.length) return { ...none, signature }

  const existing = [...new Set(alike.flatMap((c) => (c.incidentId ? [c.incidentId] : [])))]
  const kept = existing.length
    ? await db
        .select({ id: incidents.id })
        .from(incidents)
        .where(inArray(incidents.id, existing))
        .orderBy(asc(incidents.createdAt), asc(incidents.id))
        .limit(1)
    : []
  const incidentId = kept[0]?.id ?? newId()
  const absorbed = existing.filter((id) => id !== incidentId)
  const loose = alike.filter((c) => !c.incidentId).map((c) => c.id)
  const writes: Write[] = [
    kept.length
      ? db.update(incidents).set({ lastTipAt: now }).where(eq(incidents.id, incidentId))
      : insertRow(incidents, { id: incidentId, schoolId: school.id, createdAt: now, lastTipAt: now }),
  ]
  const joining = [
    ...(loose.length ? [inArray(cases.id, loose)] : []),
    ...(absorbed.length ? [inArray(cases.incidentId, absorbed)] : []),
  ]
  if (joining.length)
    writes.push(
      db
        .update(cases)
        .set({ incidentId })
        .where(or(...joining)),
    )
  if (absorbed.length) writes.push(db.delete(incidents).where(inArray(incidents.id, absorbed)))
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
