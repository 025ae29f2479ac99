import { and, asc, count, desc, eq, gt, inArray, sql } from 'drizzle-orm'
import { type Core, newId } from '../core'
import { enqueueForTipster } from '../relay/outbox'
import type { AuditDraft } from '../store/audit'
import {
  cases,
  contacts,
  media,
  messageBatches,
  messages,
  OPEN_STATUSES,
  providerReceipts,
} from '../store/schema'
import type { School } from '../store/schools'
import { asConflict, insertRow, preparedFor, type Write } from '../store/store'
import { MAX_EVIDENCE_BYTES } from './evidence'
import { channelAddress, type InboundMessage, normaliseText, parseKeyword } from './inbound'
import { groupIntoIncident } from './incidents'
import { receiptFor, say } from './replies'
import { alertWrites, routeCase } from './routing'
import { crisisAdvice } from './triage/crisis'
import {
  type Category,
  type Channel,
  detectLanguage,
  type Language,
  resolveSchool,
  triageTip,
  type Urgency,
} from './triage/index'
import { CATEGORY_PRECEDENCE } from './triage/types'

export interface IntakeOutcome {
  /** The same provider delivery was accepted before; nothing was written this time. */
  duplicate: boolean
  caseRef: string | null
  /** What to answer the tipster now, or null for nothing. */
  reply: string | null
  language: Language
}

export interface IntakeOptions {
  /** `response`: the channel answers in its webhook response (TwiML); `outbox`: intake queues the answer. */
  replyVia: 'response' | 'outbox'
  /** Further writes that belong to the same delivery (a bot conversation's state), committed with the tip. */
  writes?: Write[]
}

export { OPEN_STATUSES } from '../store/schema'

const graver = (a: Category, b: Category) =>
  CATEGORY_PRECEDENCE.indexOf(a) <= CATEGORY_PRECEDENCE.indexOf(b) ? a : b
const higher = (a: Urgency, b: Urgency) => (a < b ? a : b)

type Triage = ReturnType<typeof triageTip>

/** Triage's answer, raised to the channel's urgency floor when the channel knows better than the text. */
function withUrgencyFloor(triage: Triage, floor: InboundMessage['urgencyFloor']): Triage {
  if (!floor || higher(triage.urgency, floor.urgency) === triage.urgency) return triage
  return { ...triage, urgency: floor.urgency, reasons: [...triage.reasons, floor.reason] }
}

/** Eight digits: short enough to read out and key on a phone, random so it reveals no count. */
export function newCaseRef(): string {
  const [n] = crypto.getRandomValues(new Uint32Array(1))
  return String(10_000_000 + ((n as number) % 90_000_000))
}

const MAX_ATTEMPTS = 8

/**
 * Automatic answers one tipster gets in an hour. A flood from one number still lands in their case,
 * but stops costing an SMS each; a new report always gets its reference.
 */
export const ANSWERS_PER_HOUR = 6

async function answersInLastHour(core: Core, contactId: string): Promise<number> {
  const since = new Date(core.clock().getTime() - 3_600_000)
  const [row] = await core.store.db
    .select({ n: count() })
    .from(messages)
    .innerJoin(cases, eq(cases.id, messages.caseId))
    .where(and(eq(cases.contactId, contactId), eq(messages.kind, 'receipt'), gt(messages.createdAt, since)))
  return row?.n ?? 0
}

/**
 * Takes one inbound message from any channel: seals the sender, opens or joins their case, triages,
 * routes, alerts, and writes all of it (with the provider receipt) in one commit before it returns.
 * A repeat of an accepted provider message id writes nothing and gives the same answer again.
 */
export async function receiveTip(
  core: Core,
  inbound: InboundMessage,
  options: IntakeOptions,
): Promise<IntakeOutcome> {
  for (let attempt = 1; ; attempt++) {
    const repeat = await answerRepeat(core, inbound)
    if (repeat) return repeat
    const plan = await planIntake(core, inbound, options)
    try {
      await core.store.commit(plan.writes, plan.audit)
      return plan.outcome
    } catch (error) {
      // Another delivery won a race (the same provider id, or the same new tipster, or a reference);
      // reading again settles it.
      if (!asConflict(error) || attempt >= MAX_ATTEMPTS) throw error
    }
  }
}

const receiptWhere = and(
  eq(providerReceipts.provider, sql.placeholder('provider')),
  eq(providerReceipts.providerId, sql.placeholder('providerId')),
)

const receiptOf = preparedFor((db) =>
  db.select({ caseId: providerReceipts.caseId }).from(providerReceipts).where(receiptWhere).prepare(),
)

const answerOf = preparedFor((db) =>
  db
    .select({ replyBody: messages.body, ref: cases.ref, language: cases.language })
    .from(providerReceipts)
    .leftJoin(messages, eq(messages.id, providerReceipts.replyMessageId))
    .leftJoin(cases, eq(cases.id, providerReceipts.caseId))
    .where(receiptWhere)
    .prepare(),
)

async function answerRepeat(core: Core, inbound: InboundMessage): Promise<IntakeOutcome | null> {
  const key = { provider: inbound.provider, providerId: inbound.providerMessageId }
  // Nearly every delivery is new, and the bare lookup of its receipt costs a fifth of the joined one:
  // only a repeat reads the answer it was given.
  if (!(await receiptOf(core.store.db).get(key))) return null
  const receipt = await answerOf(core.store.db).get(key)
  if (!receipt) return null
  return {
    duplicate: true,
    caseRef: receipt.ref,
    reply: receipt.replyBody ? core.vault.openContent(receipt.replyBody) : null,
    language: receipt.language ?? core.config.defaultLanguage,
  }
}

/** What the tipster has written on a case so far, opened. */
async function tipTexts(core: Core, caseId: string): Promise<string[]> {
  const rows = await core.store.db
    .select({ body: messages.body })
    .from(messages)
    .where(and(eq(messages.caseId, caseId), eq(messages.kind, 'tip')))
    .orderBy(asc(messages.createdAt))
  return rows.map((r) => core.vault.openContent(r.body))
}

interface Plan {
  writes: Write[]
  audit: AuditDraft[]
  outcome: IntakeOutcome
}

export type Contact = typeof contacts.$inferSelect

/** The tipster behind a channel address, found by its blind id; the address itself is only ever sealed. */
export interface Tipster {
  /** The channel-qualified address, held in memory for sealing only. */
  address: string
  existing: Contact | undefined
}

const contactByBlindId = preparedFor((db) =>
  db
    .select()
    .from(contacts)
    .where(eq(contacts.blindId, sql.placeholder('blindId')))
    .prepare(),
)

export async function findTipster(core: Core, channel: Channel, rawAddress: string): Promise<Tipster> {
  const address = channelAddress(channel, rawAddress)
  const existing = await contactByBlindId(core.store.db).get({ blindId: core.vault.blindId(address) })
  return { address, existing }
}

/**
 * The write that records the tipster as seen now: a new sealed contact, or the known one updated. A
 * tipster who writes again after /forget (or retention) gets a fresh relay copy, so this message can be
 * answered.
 */
/**
 * Retention (or /forget) may have deleted a returning tipster's copies: what they write now is new work,
 * so whatever copy is missing is made again from the address they write from.
 */
function resealedCopies(core: Core, existing: Contact, address: string): Partial<Contact> {
  if (existing.relayBox && existing.escrowBox) return {}
  const sealed = core.vault.sealIdentity(address)
  return {
    ...(existing.relayBox ? {} : { relayBox: sealed.relayBox }),
    ...(existing.escrowBox ? {} : { escrowBox: sealed.escrowBox }),
  }
}

export function tipsterWrite(
  core: Core,
  channel: Channel,
  tipster: Tipster,
  fields: { language: Language; optedOut?: boolean },
): { contactId: string; write: Write } {
  const db = core.store.db
  const now = core.clock()
  const { existing } = tipster
  const optedOut = fields.optedOut ?? existing?.optedOut ?? false
  if (existing) {
    return {
      contactId: existing.id,
      write: db
        .update(contacts)
        .set({
          lastSeenAt: now,
          language: fields.language,
          optedOut,
          ...resealedCopies(core, existing, tipster.address),
        })
        .where(eq(contacts.id, existing.id)),
    }
  }
  const contactId = newId()
  return {
    contactId,
    write: insertRow(contacts, {
      id: contactId,
      channel,
      ...core.vault.sealIdentity(tipster.address),
      language: fields.language,
      optedOut,
      createdAt: now,
      lastSeenAt: now,
    }),
  }
}

/** A new case's alert for an officer who gets them (a linked Telegram: one tap to acknowledge). */
async function newCaseAlert(core: Core, officerId: string) {
  const [officer] = await core.schools.officers([officerId])
  return officer?.telegramChatId ? { recipients: [officerId], reason: 'new_case' as const } : null
}

async function planIntake(core: Core, inbound: InboundMessage, options: IntakeOptions): Promise<Plan> {
  const db = core.store.db
  const now = core.clock()
  const tipster = await findTipster(core, inbound.channel, inbound.address)
  const { existing } = tipster
  const text = normaliseText(inbound.text)
  const writes: Write[] = [...(options.writes ?? [])]
  const audit: AuditDraft[] = []

  const fallbackLanguage = existing?.language ?? inbound.languageHint ?? core.config.defaultLanguage
  const language = /\p{L}/u.test(text) ? detectLanguage(text, fallbackLanguage) : fallbackLanguage
  let optedOut = existing?.optedOut ?? false

  const keyword = inbound.channel === 'sms' || inbound.channel === 'whatsapp' ? parseKeyword(text) : null
  if (keyword === 'stop') optedOut = true
  if (keyword === 'start') optedOut = false

  const { contactId, write: contactWrite } = tipsterWrite(core, inbound.channel, tipster, {
    language,
    optedOut,
  })
  writes.push(contactWrite)

  const receipt = (caseId: string | null, replyMessageId: string | null) =>
    insertRow(providerReceipts, {
      provider: inbound.provider,
      providerId: inbound.providerMessageId,
      caseId,
      replyMessageId,
      receivedAt: now,
    })

  // A keyword, or a written message with nothing in it, is answered without opening a case. (A call's
  // tip is its recording: the transcript may well be empty.)
  if (keyword || (!text && !inbound.media.length && inbound.channel !== 'voice')) {
    writes.push(receipt(null, null))
    const answer =
      keyword === 'stop' ? 'stopped' : keyword === 'start' ? 'started' : keyword ? 'help' : 'whatHappened'
    const reply = optedOut && answer === 'whatHappened' ? null : say(answer, language)
    return { writes, audit, outcome: { duplicate: false, caseRef: null, reply, language } }
  }

  const index = await core.schools.index()
  const triage = withUrgencyFloor(triageTip({ text, channel: inbound.channel }, index), inbound.urgencyFloor)
  // An album's later parts join the case its first part opened, quietly: one answer per album.
  const [batch] = inbound.batchKey
    ? await db
        .select({ caseId: messageBatches.caseId })
        .from(messageBatches)
        .where(
          and(eq(messageBatches.provider, inbound.provider), eq(messageBatches.batchKey, inbound.batchKey)),
        )
    : []
  const [open] = batch
    ? await db.select().from(cases).where(eq(cases.id, batch.caseId))
    : // A tipster seen for the first time has no case yet.
      inbound.newReport || !existing
      ? []
      : await db
          .select()
          .from(cases)
          .where(and(eq(cases.contactId, contactId), inArray(cases.status, [...OPEN_STATUSES])))
          .orderBy(desc(cases.createdAt))
          .limit(1)
  const deepLinked = inbound.schoolCode ? resolveSchool(inbound.schoolCode, index)?.id : undefined

  const tipMessageId = newId()
  const caseId = open?.id ?? newId()
  const ref = open?.ref ?? newCaseRef()
  let replyText: string
  let alertPlan: { recipients: string[]; reason: 'p1' | 'new_case' } | null = null
  let school: School | undefined
  let urgency: Urgency
  let category: Category

  if (open) {
    urgency = higher(open.urgency, triage.urgency)
    category = graver(open.category, triage.category)
    const named = open.awaitingSchool
      ? (deepLinked ?? resolveSchool(text, index)?.id ?? triage.schoolId)
      : null
    school = named ? await core.schools.get(named) : undefined
    const officerId = school ? await routeCase(core, school) : open.officerId
    // Now that the school is known, the case can be grouped with the school's recent tips, on all it said.
    const grouping = school
      ? await groupIntoIncident(core, {
          caseId,
          school,
          text: [...(await tipTexts(core, caseId)), text].join('\n'),
        })
      : null
    if (grouping) writes.push(...grouping.writes)
    writes.push(
      db
        .update(cases)
        .set({
          urgency,
          category,
          updatedAt: now,
          ...(school
            ? {
                schoolId: school.id,
                officerId,
                awaitingSchool: false,
                status: open.status === 'new' ? 'assigned' : open.status,
                incidentId: grouping?.incidentId ?? null,
                signature: grouping?.signature ?? null,
              }
            : {}),
        })
        .where(eq(cases.id, open.id)),
    )
    audit.push({ at: now, actor: 'tipster', action: 'tip_added', caseId, detail: { message: tipMessageId } })
    if (school) {
      audit.push({
        at: now,
        actor: 'tipster',
        action: 'school_set',
        caseId,
        detail: { school: school.id, officer: officerId },
      })
      if (grouping) audit.push(...grouping.audit)
      replyText = say('schoolSet', language, ref, language === 'en' ? school.nameEn : school.nameZh)
    } else {
      replyText = say('added', language, ref)
    }
    if (urgency !== open.urgency || category !== open.category) {
      audit.push({
        at: now,
        actor: 'system',
        action: 'triage_raised',
        caseId,
        detail: { urgency, category, reasons: triage.reasons.join('; ') },
      })
    }
    // A channel's own danger signal (the hotline's 9) alerts again even on a case that is already P1.
    const dangerSignal = inbound.urgencyFloor?.urgency === 'P1'
    if (urgency === 'P1' && (open.urgency !== 'P1' || school || dangerSignal)) {
      alertPlan = { recipients: [officerId, (await core.schools.dutyDeskId()) ?? officerId], reason: 'p1' }
    } else if (school && officerId !== open.officerId) {
      // Named at last, the case is new to this officer's queue.
      alertPlan = await newCaseAlert(core, officerId)
    }
    const separator = language === 'en' ? ' ' : ''
    if (category === 'self_harm' && open.category !== 'self_harm') {
      replyText += separator + crisisAdvice(language, core.config.crisisLine)
    } else if (urgency === 'P1' && open.urgency !== 'P1') {
      replyText += separator + say('danger', language)
    }
  } else {
    const schoolId = deepLinked ?? triage.schoolId
    school = schoolId ? await core.schools.get(schoolId) : undefined
    urgency = triage.urgency
    category = triage.category
    const officerId = await routeCase(core, school)
    // Before the case itself: the case row refers to the incident the grouping may create.
    const grouping = school ? await groupIntoIncident(core, { caseId, school, text }) : null
    if (grouping) writes.push(...grouping.writes)
    writes.push(
      insertRow(cases, {
        id: caseId,
        ref,
        contactId,
        channel: inbound.channel,
        schoolId: school?.id ?? null,
        officerId,
        status: school ? 'assigned' : 'new',
        category,
        urgency,
        language,
        triageReasons: triage.reasons,
        awaitingSchool: !school,
        incidentId: grouping?.incidentId ?? null,
        signature: grouping?.signature ?? null,
        createdAt: now,
        updatedAt: now,
      }),
    )
    audit.push({
      at: now,
      actor: 'tipster',
      action: 'case_opened',
      caseId,
      detail: { channel: inbound.channel, school: school?.id ?? null, officer: officerId, category, urgency },
    })
    if (grouping) audit.push(...grouping.audit)
    replyText = receiptFor({
      ref,
      language,
      category,
      urgency,
      needsSchool: !school,
      crisisLine: core.config.crisisLine,
      channel: inbound.channel,
    })
    if (urgency === 'P1')
      alertPlan = { recipients: [officerId, (await core.schools.dutyDeskId()) ?? officerId], reason: 'p1' }
    else alertPlan = await newCaseAlert(core, officerId)
  }

  writes.push(
    insertRow(messages, {
      id: tipMessageId,
      caseId,
      direction: 'in',
      kind: 'tip',
      channel: inbound.channel,
      providerMessageId: inbound.providerMessageId,
      body: core.vault.sealContent(text),
      createdAt: now,
    }),
  )

  if (inbound.batchKey && !batch) {
    writes.push(
      insertRow(messageBatches, {
        provider: inbound.provider,
        batchKey: inbound.batchKey,
        caseId,
        createdAt: now,
      }),
    )
  }

  let refused = 0
  for (const item of inbound.media) {
    // Known to be over the limit: recorded so the officer sees something was sent, never fetched.
    const tooLarge = (item.size ?? 0) > MAX_EVIDENCE_BYTES
    if (tooLarge) refused++
    writes.push(
      insertRow(media, {
        id: newId(),
        caseId,
        messageId: tipMessageId,
        contentType: item.contentType,
        size: item.size ?? 0,
        sourceBox: tooLarge ? null : core.vault.sealContent(item.source),
        state: tooLarge ? 'too_large' : 'pending',
        createdAt: now,
      }),
    )
  }
  if (refused) replyText += (language === 'en' ? ' ' : '') + say('tooLarge', language)

  if (alertPlan) {
    const alerts = await alertWrites(
      core,
      { caseId, ref, urgency, category, schoolName: school?.nameZh ?? null },
      alertPlan.recipients,
      alertPlan.reason,
    )
    writes.push(...alerts.writes)
    audit.push(...alerts.audit)
  }

  const quiet =
    (batch && !refused) ||
    (open !== undefined && (await answersInLastHour(core, contactId)) >= ANSWERS_PER_HOUR)
  const reply = optedOut || quiet ? null : replyText
  const replyMessageId = reply ? newId() : null
  if (reply && replyMessageId) {
    writes.push(
      insertRow(messages, {
        id: replyMessageId,
        caseId,
        direction: 'out',
        kind: 'receipt',
        channel: inbound.channel,
        body: core.vault.sealContent(reply),
        createdAt: now,
      }),
    )
    if (options.replyVia === 'outbox' && inbound.channel !== 'voice') {
      writes.push(
        enqueueForTipster(core, { caseId, contactId, channel: inbound.channel, kind: 'receipt', text: reply })
          .write,
      )
    }
  }
  writes.push(receipt(caseId, replyMessageId))
  return { writes, audit, outcome: { duplicate: false, caseRef: ref, reply, language } }
}
