import { and, asc, count, eq, gt, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm'
import { type Core, newId } from '../core'
import { OPEN_STATUSES } from '../intake/intake'
import { say } from '../intake/replies'
import { alertWrites, routeCase } from '../intake/routing'
import { enqueueForTipster } from '../relay/outbox'
import type { AuditDraft } from '../store/audit'
import {
  alerts,
  auditEvents,
  type CaseStatus,
  caseIsOpen,
  cases,
  contacts,
  media,
  messages,
  outbox,
  schools,
} from '../store/schema'
import { insertRow, type Write } from '../store/store'
import type { Officer } from './tokens'

export type Case = typeof cases.$inferSelect

/** A refusal the officer can act on; `status` is the HTTP status it maps to. */
export class CaseworkError extends Error {
  override name = 'CaseworkError'
  constructor(
    readonly status: 400 | 404 | 409 | 429,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Which cases an officer may see: their own queue; the duty desk also every P1, every case with no school
 * and every case that escalated (a P2 nobody acknowledged in a day ends up there too).
 */
export function scopeOf(officer: Officer): SQL | undefined {
  switch (officer.role) {
    case 'supervisor':
      return undefined
    case 'duty_desk':
      return or(
        eq(cases.officerId, officer.id),
        eq(cases.urgency, 'P1'),
        isNull(cases.schoolId),
        sql`${cases.id} in (select ${alerts.caseId} from ${alerts} where ${alerts.reason} = 'escalation')`,
      )
    default:
      return eq(cases.officerId, officer.id)
  }
}

/** The case with this reference if the officer may see it; otherwise 404, the same as no such case. */
export async function caseInScope(core: Core, officer: Officer, ref: string): Promise<Case> {
  const [found] = await core.store.db
    .select()
    .from(cases)
    .where(and(eq(cases.ref, ref), scopeOf(officer)))
  if (!found) throw new CaseworkError(404, 'no such case')
  return found
}

export const QUEUE_MAX = 200

/**
 * The officer's open cases, most urgent first, then oldest first: a query to await (or to explain, since
 * a queue pull must stay an index read however many cases the county has closed).
 */
export function listQueue(core: Core, officer: Officer, limit = 50) {
  return core.store.db
    .select({
      ref: cases.ref,
      status: cases.status,
      urgency: cases.urgency,
      category: cases.category,
      schoolId: cases.schoolId,
      schoolName: schools.nameZh,
      officerId: cases.officerId,
      channel: cases.channel,
      createdAt: cases.createdAt,
      acknowledgedAt: cases.acknowledgedAt,
      awaitingSchool: cases.awaitingSchool,
      incidentId: cases.incidentId,
    })
    .from(cases)
    .leftJoin(schools, eq(schools.id, cases.schoolId))
    .where(and(caseIsOpen(cases.status), scopeOf(officer)))
    .orderBy(asc(cases.urgency), asc(cases.createdAt))
    .limit(Math.min(limit, QUEUE_MAX))
}

/** Everything an officer sees of a case: never the tipster's address or anything that leads to it. */
export async function caseView(core: Core, officer: Officer, ref: string) {
  const found = await caseInScope(core, officer, ref)
  const db = core.store.db
  const [school] = found.schoolId ? await db.select().from(schools).where(eq(schools.id, found.schoolId)) : []
  const [conversation, evidence, deliveries, trail, [contact], incident] = await Promise.all([
    db.select().from(messages).where(eq(messages.caseId, found.id)).orderBy(asc(messages.createdAt)),
    db
      .select({ id: media.id, contentType: media.contentType, size: media.size, state: media.state })
      .from(media)
      .where(eq(media.caseId, found.id)),
    db
      .select({
        id: outbox.id,
        kind: outbox.kind,
        status: outbox.status,
        attempts: outbox.attempts,
        lastError: outbox.lastError,
        createdAt: outbox.createdAt,
        sentAt: outbox.sentAt,
      })
      .from(outbox)
      .where(and(eq(outbox.caseId, found.id), isNull(outbox.officerId))),
    db.select().from(auditEvents).where(eq(auditEvents.caseId, found.id)).orderBy(asc(auditEvents.seq)),
    db
      .select({ reachable: contacts.relayBox, optedOut: contacts.optedOut })
      .from(contacts)
      .where(eq(contacts.id, found.contactId)),
    found.incidentId ? incidentCases(core, officer, found.incidentId) : null,
  ])
  return {
    ref: found.ref,
    status: found.status,
    urgency: found.urgency,
    category: found.category,
    language: found.language,
    channel: found.channel,
    school: school ? { id: school.id, code: school.code, name: school.nameZh, nameEn: school.nameEn } : null,
    officerId: found.officerId,
    awaitingSchool: found.awaitingSchool,
    triageReasons: found.triageReasons,
    createdAt: found.createdAt,
    acknowledgedAt: found.acknowledgedAt,
    resolvedAt: found.resolvedAt,
    closedAt: found.closedAt,
    resolution: found.resolution ? core.vault.openContent(found.resolution) : null,
    tipsterReachable: Boolean(contact?.reachable) && !contact?.optedOut && found.channel !== 'voice',
    messages: conversation.map((m) => ({
      id: m.id,
      direction: m.direction,
      kind: m.kind,
      channel: m.channel,
      authorId: m.authorId,
      text: core.vault.openContent(m.body),
      createdAt: m.createdAt,
    })),
    media: evidence,
    deliveries,
    incident: incident && { id: found.incidentId, cases: incident },
    audit: trail.map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, detail: e.detail })),
  }
}

/** The county workflow's transitions: find, assess, assign, control, feed back, close. */
export const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['assigned', 'acknowledged', 'invalid', 'merged'],
  assigned: ['acknowledged', 'in_progress', 'referred', 'invalid', 'merged'],
  acknowledged: ['in_progress', 'resolved', 'referred', 'invalid', 'merged'],
  in_progress: ['resolved', 'referred', 'invalid', 'merged'],
  resolved: ['closed', 'in_progress'],
  referred: ['closed', 'in_progress'],
  merged: ['closed'],
  invalid: ['closed'],
  closed: [],
}

const actorOf = (officer: Officer) => `officer:${officer.id}`

/** The changes a tipster hears of by themselves (closing is heard of through its feedback). */
const STATUS_NOTICES: Partial<Record<CaseStatus, 'acknowledged' | 'resolved' | 'referred'>> = {
  acknowledged: 'acknowledged',
  resolved: 'resolved',
  referred: 'referred',
}

function assertTransition(found: Case, to: CaseStatus) {
  if (!TRANSITIONS[found.status].includes(to)) {
    throw new CaseworkError(409, `a case that is ${found.status} cannot become ${to}`)
  }
}

/** One audited change of a case's status, with whatever else the change writes. */
async function transition(
  core: Core,
  officer: Officer,
  found: Case,
  to: CaseStatus,
  extra: { note?: string; resolution?: string; writes?: Write[]; audit?: AuditDraft[] } = {},
) {
  assertTransition(found, to)
  const now = core.clock()
  const db = core.store.db
  const writes: Write[] = [
    db
      .update(cases)
      .set({
        status: to,
        updatedAt: now,
        // Any officer's move out of new/assigned takes the case up: it stops escalating and counts as acknowledged.
        ...(!found.acknowledgedAt && to !== 'new' && to !== 'assigned' ? { acknowledgedAt: now } : {}),
        ...(to === 'resolved' ? { resolvedAt: now } : {}),
        ...(to === 'closed' ? { closedAt: now } : {}),
        ...(extra.resolution ? { resolution: core.vault.sealContent(extra.resolution) } : {}),
      })
      // The status in the condition makes a concurrent change lose cleanly instead of both landing.
      .where(and(eq(cases.id, found.id), eq(cases.status, found.status))),
    ...(extra.writes ?? []),
  ]
  if (extra.note) writes.push(noteWrite(core, officer, found.id, extra.note).write)
  const notice = STATUS_NOTICES[to]
  if (notice) writes.push(...(await statusNoticeWrites(core, found, notice)))
  await core.store.commit(writes, [
    {
      at: now,
      actor: actorOf(officer),
      action: 'status',
      caseId: found.id,
      detail: { from: found.status, to },
    },
    ...(extra.audit ?? []),
  ])
  return { ref: found.ref, status: to }
}

/**
 * Acknowledges a case (again is a no-op). `writes` land in the same commit, or alone when there was
 * nothing to acknowledge (a channel's receipt for the button press that asked).
 */
export async function ackCase(core: Core, officer: Officer, ref: string, writes: Write[] = []) {
  const found = await caseInScope(core, officer, ref)
  if (found.acknowledgedAt && found.status !== 'new' && found.status !== 'assigned') {
    if (writes.length) await core.store.commit(writes)
    return { ref: found.ref, status: found.status }
  }
  return transition(core, officer, found, 'acknowledged', { writes })
}

export interface StatusChange {
  status: CaseStatus
  note?: string
  resolution?: string
  /** Closing: what the tipster is told. */
  feedback?: string
  /** Closing without feedback: why none can be sent. */
  noFeedbackReason?: string
  /** Closing: close every other case of the case's incident too, with the same resolution and feedback. */
  wholeIncident?: boolean
}

export async function changeStatus(core: Core, officer: Officer, ref: string, change: StatusChange) {
  const found = await caseInScope(core, officer, ref)
  assertTransition(found, change.status)
  const writes: Write[] = []
  const audit: AuditDraft[] = []
  if (change.status === 'resolved' && !change.resolution) {
    throw new CaseworkError(400, 'resolving a case needs a resolution')
  }
  if (change.status === 'referred' && !change.note) {
    throw new CaseworkError(400, 'referring a case needs a note saying to whom and why')
  }
  if (change.wholeIncident && (change.status !== 'closed' || !found.incidentId)) {
    throw new CaseworkError(400, 'only closing a case that belongs to an incident can close the incident')
  }
  let incident: IncidentClosing | undefined
  if (change.status === 'closed') {
    if (!change.resolution && !found.resolution)
      throw new CaseworkError(400, 'closing a case needs a resolution')
    if (!change.feedback && !change.noFeedbackReason) {
      throw new CaseworkError(
        400,
        'closing a case needs feedback for the tipster, or the reason none can be sent',
      )
    }
    if (change.feedback)
      writes.push(...(await tipsterMessageWrites(core, officer, found, change.feedback, 'feedback')))
    if (change.wholeIncident && found.incidentId) {
      const resolution = change.resolution ?? core.vault.openContent(found.resolution as string)
      incident = await incidentClosingWrites(core, officer, found, resolution, change.feedback)
      writes.push(...incident.writes)
      audit.push(...incident.audit)
    }
  }
  if (change.status === 'closed' && change.noFeedbackReason) {
    audit.push({
      at: core.clock(),
      actor: actorOf(officer),
      action: 'no_feedback',
      caseId: found.id,
      detail: { reason: 'given' },
    })
    writes.push(noteWrite(core, officer, found.id, change.noFeedbackReason).write)
  }
  const changed = await transition(core, officer, found, change.status, {
    ...(change.note ? { note: change.note } : {}),
    ...(change.resolution ? { resolution: change.resolution } : {}),
    writes,
    audit,
  })
  return incident ? { ...changed, incident: incident.summary } : changed
}

interface IncidentClosing {
  writes: Write[]
  audit: AuditDraft[]
  summary: { cases: number; fedBack: number; unreachable: number }
}

/**
 * Closes the other cases of an incident with the case the officer closes: each goes through `merged` if it
 * was still open (the allowed way for a case about the same event), and each tipster who can be reached
 * hears the same feedback, in their own language, about their own reference.
 */
async function incidentClosingWrites(
  core: Core,
  officer: Officer,
  found: Case,
  resolution: string,
  feedback: string | undefined,
): Promise<IncidentClosing> {
  const now = core.clock()
  const db = core.store.db
  const siblings = await db
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.incidentId, found.incidentId as string),
        ne(cases.id, found.id),
        ne(cases.status, 'closed'),
        scopeOf(officer),
      ),
    )
  const writes: Write[] = []
  const audit: AuditDraft[] = []
  let fedBack = 0
  for (const sibling of siblings) {
    const path: CaseStatus[] = TRANSITIONS[sibling.status].includes('closed')
      ? ['closed']
      : ['merged', 'closed']
    writes.push(
      db
        .update(cases)
        .set({
          status: 'closed',
          closedAt: now,
          updatedAt: now,
          acknowledgedAt: sibling.acknowledgedAt ?? now,
          resolution: core.vault.sealContent(resolution),
        })
        .where(and(eq(cases.id, sibling.id), eq(cases.status, sibling.status))),
    )
    let from = sibling.status
    for (const to of path) {
      audit.push({
        at: now,
        actor: actorOf(officer),
        action: 'status',
        caseId: sibling.id,
        detail: { from, to, incident: found.incidentId },
      })
      from = to
    }
    const sent = feedback ? await statusNoticeWrites(core, sibling, 'feedback', feedback, officer.id) : []
    if (sent.length) fedBack++
    else
      audit.push({
        at: now,
        actor: actorOf(officer),
        action: 'no_feedback',
        caseId: sibling.id,
        detail: { reason: feedback ? 'unreachable' : 'given' },
      })
    writes.push(...sent)
  }
  return {
    writes,
    audit,
    summary: { cases: siblings.length, fedBack, unreachable: siblings.length - fedBack },
  }
}

/** The cases of an incident the officer may see, with whether each tipster can still hear back. */
async function incidentCases(core: Core, officer: Officer, incidentId: string) {
  const rows = await core.store.db
    .select({
      ref: cases.ref,
      status: cases.status,
      urgency: cases.urgency,
      channel: cases.channel,
      createdAt: cases.createdAt,
      relayBox: contacts.relayBox,
      optedOut: contacts.optedOut,
    })
    .from(cases)
    .innerJoin(contacts, eq(contacts.id, cases.contactId))
    .where(and(eq(cases.incidentId, incidentId), scopeOf(officer)))
    .orderBy(asc(cases.createdAt))
  return rows.map(({ relayBox, optedOut, ...row }) => ({
    ...row,
    tipsterReachable: Boolean(relayBox) && !optedOut && row.channel !== 'voice',
  }))
}

export const REPLIES_PER_HOUR = 10

type TipsterKind = 'reply' | 'feedback' | 'status'

/** A message of the case's thread from an officer's side, its text sealed, written now. */
function outgoingMessage(
  core: Core,
  row: Pick<typeof messages.$inferInsert, 'caseId' | 'kind' | 'channel' | 'authorId'>,
  text: string,
): { id: string; write: Write } {
  const id = newId()
  return {
    id,
    write: insertRow(messages, {
      ...row,
      id,
      direction: 'out',
      body: core.vault.sealContent(text),
      createdAt: core.clock(),
    }),
  }
}

/** The message row and (except on voice, heard on the status line) the outbox message to a tipster. */
function deliveryWrites(
  core: Core,
  found: Case,
  contactId: string,
  text: string,
  kind: TipsterKind,
  authorId: string | null,
): Write[] {
  const writes: Write[] = [
    outgoingMessage(core, { caseId: found.id, kind, channel: found.channel, authorId }, text).write,
  ]
  if (found.channel !== 'voice') {
    writes.push(
      enqueueForTipster(core, { caseId: found.id, contactId, channel: found.channel, kind, text }).write,
    )
  }
  return writes
}

/**
 * What Whistle tells a tipster of a change to their case, in their language: a status line, or an
 * officer's feedback framed with the reference. Nothing when they opted out or can no longer be reached;
 * a notice is never a reason to refuse the officer's change.
 */
async function statusNoticeWrites(
  core: Core,
  found: Case,
  notice: 'acknowledged' | 'resolved' | 'referred' | 'feedback',
  feedback = '',
  authorId: string | null = null,
): Promise<Write[]> {
  const [contact] = await core.store.db.select().from(contacts).where(eq(contacts.id, found.contactId))
  if (!contact || contact.optedOut || (!contact.relayBox && found.channel !== 'voice')) return []
  const text =
    notice === 'feedback'
      ? say('feedback', found.language, found.ref, feedback)
      : say(notice, found.language, found.ref)
  return deliveryWrites(
    core,
    found,
    contact.id,
    text,
    notice === 'feedback' ? 'feedback' : 'status',
    authorId,
  )
}

/** The writes that send an officer's words to the tipster through the relay, checked for reachability and flood caps. */
async function tipsterMessageWrites(
  core: Core,
  officer: Officer,
  found: Case,
  text: string,
  kind: 'reply' | 'feedback',
): Promise<Write[]> {
  const db = core.store.db
  const now = core.clock()
  const [contact] = await db.select().from(contacts).where(eq(contacts.id, found.contactId))
  if (!contact) throw new CaseworkError(404, 'no such case')
  if (contact.optedOut) throw new CaseworkError(409, 'the tipster has opted out of messages')
  if (!contact.relayBox) throw new CaseworkError(409, 'the tipster can no longer be reached')
  const [recent] = await db
    .select({ n: count() })
    .from(messages)
    .where(
      and(
        eq(messages.caseId, found.id),
        inArray(messages.kind, ['reply', 'feedback']),
        gt(messages.createdAt, new Date(now.getTime() - 3_600_000)),
      ),
    )
  if ((recent?.n ?? 0) >= REPLIES_PER_HOUR) {
    throw new CaseworkError(429, `at most ${REPLIES_PER_HOUR} messages to one tipster an hour`)
  }
  const framed = kind === 'feedback' ? say('feedback', found.language, found.ref, text) : text
  return deliveryWrites(core, found, contact.id, framed, kind, officer.id)
}

export async function replyToTipster(core: Core, officer: Officer, ref: string, text: string) {
  const found = await caseInScope(core, officer, ref)
  if (found.status === 'closed') throw new CaseworkError(409, 'the case is closed')
  const writes = await tipsterMessageWrites(core, officer, found, text, 'reply')
  const now = core.clock()
  await core.store.commit(writes, [
    {
      at: now,
      actor: actorOf(officer),
      action: 'reply',
      caseId: found.id,
      detail: { channel: found.channel },
    },
  ])
  return { ref: found.ref, queued: found.channel !== 'voice' }
}

/** An officer's internal note on a case: sealed, never sent to the tipster. */
const noteWrite = (core: Core, officer: Officer, caseId: string, text: string) =>
  outgoingMessage(core, { caseId, kind: 'note', channel: 'console', authorId: officer.id }, text)

export async function addNote(core: Core, officer: Officer, ref: string, text: string) {
  const found = await caseInScope(core, officer, ref)
  const note = noteWrite(core, officer, found.id, text)
  await core.store.commit(
    [note.write],
    [
      {
        at: core.clock(),
        actor: actorOf(officer),
        action: 'note',
        caseId: found.id,
        detail: { message: note.id },
      },
    ],
  )
  return { ref: found.ref, noteId: note.id }
}

/** Moves a case to another school's officer (a mis-named school), or to the duty desk. */
export async function transferCase(
  core: Core,
  officer: Officer,
  ref: string,
  target: { schoolId: string } | { dutyDesk: true },
  reason?: string,
) {
  const found = await caseInScope(core, officer, ref)
  if (!OPEN_STATUSES.includes(found.status as (typeof OPEN_STATUSES)[number])) {
    throw new CaseworkError(409, `a case that is ${found.status} cannot be transferred`)
  }
  const school = 'schoolId' in target ? await core.schools.get(target.schoolId) : undefined
  if ('schoolId' in target && !school) throw new CaseworkError(400, 'no such school')
  const officerId = 'schoolId' in target ? await routeCase(core, school) : await core.schools.dutyDeskId()
  if (!officerId) throw new CaseworkError(409, 'no duty desk is configured')
  const now = core.clock()
  const db = core.store.db
  const writes: Write[] = [
    db
      .update(cases)
      .set({
        officerId,
        schoolId: school?.id ?? found.schoolId,
        awaitingSchool: school ? false : found.awaitingSchool,
        status: 'assigned',
        acknowledgedAt: null,
        updatedAt: now,
      })
      .where(eq(cases.id, found.id)),
  ]
  const audit: AuditDraft[] = [
    {
      at: now,
      actor: actorOf(officer),
      action: 'transfer',
      caseId: found.id,
      detail: {
        from: found.officerId,
        to: officerId,
        school: school?.id ?? null,
        reason: reason ? 'given' : null,
      },
    },
  ]
  if (reason) writes.push(noteWrite(core, officer, found.id, reason).write)
  if (found.urgency === 'P1') {
    const alerted = await alertWrites(
      core,
      {
        caseId: found.id,
        ref: found.ref,
        urgency: found.urgency,
        category: found.category,
        schoolName: school?.nameZh ?? null,
      },
      [officerId],
      'p1',
    )
    writes.push(...alerted.writes)
    audit.push(...alerted.audit)
  }
  await core.store.commit(writes, audit)
  return { ref: found.ref, officerId, status: 'assigned' as const }
}
