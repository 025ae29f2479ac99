import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import type { Core } from '../../core'
import { constantTimeEqual } from '../../crypto/encoding'
import { channelAddress, normalisePhone } from '../../intake/inbound'
import { receiveTip } from '../../intake/intake'
import { statusInWords } from '../../intake/replies'
import { type Language, resolveSchool, type Urgency } from '../../intake/triage/index'
import { cases, contacts, media, messages, voiceCalls } from '../../store/schema'
import {
  dialTwiml,
  gatherTwiml,
  hangupTwiml,
  pauseTwiml,
  recordTwiml,
  redirectTwiml,
  sayTwiml,
  voiceTwiml,
} from './twiml'
import { type PlainPrompt, prompt, spellDigits } from './voice-prompts'
import { readTwilioForm, type TwilioWebhookConfig } from './webhook'

export interface VoiceConfig extends TwilioWebhookConfig {
  /** Where "someone is in danger now" connects; without it the caller is told to call 110. */
  dutyDeskPhone: string | null
  /** The hotline's own number: the duty desk sees it, never the caller's. */
  hotlineNumber: string
}

type VoiceCall = typeof voiceCalls.$inferSelect

export const VOICE_PATH = '/webhooks/twilio/voice'
/** The longest a caller may speak; Twilio stops the recording there. */
export const MAX_RECORDING_SECONDS = 180
/** Wrong school codes before the tip goes to the duty desk without a school. */
export const SCHOOL_ATTEMPTS = 2
/** Empty recordings before the call ends. */
const RECORD_ATTEMPTS = 2
/** Wrong references or PINs in one call before it ends. */
export const STATUS_ATTEMPTS_PER_CALL = 3
/** Wrong PINs after which a case can no longer be heard by phone. */
export const PIN_FAILURE_LIMIT = 5
/** Officer messages read out on the status line, newest last. */
const MESSAGES_READ_OUT = 3

const sid = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`))
const callParams = z.object({ CallSid: sid('CA'), From: z.string().max(256).optional() })
const recordingParams = z.object({
  RecordingSid: sid('RE'),
  RecordingUrl: z.string().url().max(512),
  RecordingDuration: z.coerce.number().int().min(0).default(0),
})

/**
 * Caller ids Twilio gives for a withheld number. Each such call is its own tipster, keyed by its CallSid,
 * so that strangers with hidden numbers never share a contact or a case.
 */
const WITHHELD = new Set(['+266696687', '+7378742833', '+2562533', '+8656696', '+86282452253'])

function callerAddress(from: string | undefined, callSid: string): string {
  const phone = from ? normalisePhone(from) : null
  return phone && !WITHHELD.has(phone) ? phone : `withheld-call:${callSid}`
}

/** Keyed digits as Twilio posts them, or null for anything else (a `*`, letters, nothing). */
const digitsOf = (raw: string | undefined, length?: number): string | null =>
  raw && /^\d+$/.test(raw) && (!length || raw.length === length) ? raw : null

/** A random six-digit PIN, uniform. */
function newPin(): string {
  const limit = 4_294_000_000 // a multiple of 10^6 below 2^32: no digit is likelier than another
  for (;;) {
    const [n] = crypto.getRandomValues(new Uint32Array(1))
    if ((n as number) < limit) return String((n as number) % 1_000_000).padStart(6, '0')
  }
}

/** PINs are kept as a keyed hash bound to the case: the database alone does not let one be tried offline. */
const pinHash = (core: Core, caseId: string, pin: string) => core.vault.blindId(`voice-pin:${caseId}:${pin}`)

interface Turn {
  core: Core
  call: VoiceCall
  callSid: string
  from: string | undefined
  fields: Record<string, string | undefined>
}

/**
 * The hotline: a menu in Mandarin and English; 9 connects the duty desk and opens a P1 case at once;
 * a school code, read back; a recorded tip, fetched and sealed later; a reference and PIN read out; and
 * the status line that reads back an officer's answer. Every step is a signed Twilio request; the call's
 * progress lives in `voice_calls`, so callbacks can repeat or come out of order.
 */
export function voiceRoutes(core: Core, config: VoiceConfig) {
  const url = (step: string) => `${config.publicUrl}${VOICE_PATH}${step}`
  const say = (call: VoiceCall, key: PlainPrompt) => sayTwiml(prompt(key, call.language), call.language)

  const recordVerbs = (call: VoiceCall) => [
    say(call, 'recordPrompt'),
    recordTwiml({
      action: url('/recorded'),
      maxLength: MAX_RECORDING_SECONDS,
      recordingStatusCallback: url('/recording'),
      transcribeCallback: url('/transcription'),
    }),
    // Twilio skips the action of an empty recording and goes on here.
    redirectTwiml(url('/no-recording')),
  ]
  const menuVerbs = (call: VoiceCall) => [
    gatherTwiml({ action: url('/menu'), numDigits: 1, timeout: 6 }, say(call, 'menu')),
    redirectTwiml(url('/menu')),
  ]
  const askSchoolVerbs = (call: VoiceCall, lead: string[] = []) => [
    gatherTwiml({ action: url('/school'), numDigits: 4, timeout: 10 }, ...lead, say(call, 'askSchool')),
    redirectTwiml(url('/school')),
  ]
  const askRefVerbs = (call: VoiceCall, lead: string[] = []) => [
    gatherTwiml(
      { action: url('/status/ref'), numDigits: 8, timeout: 10, finishOnKey: '#' },
      ...lead,
      say(call, 'askRef'),
    ),
    redirectTwiml(url('/status/ref')),
  ]
  const goodbye = (call: VoiceCall, lead: string[] = []) => [...lead, say(call, 'goodbye'), hangupTwiml()]

  /**
   * Press 9: the P1 case first (so the desk is alerted whatever the dial does), then the desk's phone.
   * From the first menu no language is chosen yet, so the caller hears both.
   */
  async function dangerNow(turn: Turn, languages: readonly Language[]): Promise<string[]> {
    await tipFromCall(turn, turn.callSid, '', {
      urgency: 'P1',
      reason: 'hotline: caller pressed 9, danger now',
    })
    const call = await callState(turn.core, turn.callSid)
    const tell = (key: PlainPrompt) => languages.map((language) => sayTwiml(prompt(key, language), language))
    if (!config.dutyDeskPhone) return [...tell('deskUnreachable'), ...recordVerbs(call)]
    return [
      ...tell('connecting'),
      dialTwiml(config.dutyDeskPhone, {
        action: url('/dialled'),
        callerId: config.hotlineNumber,
        timeout: 30,
      }),
    ]
  }

  /** The reference and PIN, twice, then goodbye. The PIN is made once per call and sealed for repeats. */
  async function readBack(turn: Turn): Promise<string[]> {
    const call = await callState(turn.core, turn.callSid)
    const [found] = call.caseId
      ? await turn.core.store.db.select({ ref: cases.ref }).from(cases).where(eq(cases.id, call.caseId))
      : []
    if (!call.caseId || !found) return goodbye(call, [say(call, 'nothingRecorded')])
    let pin = call.pinBox ? turn.core.vault.openContent(call.pinBox) : null
    if (!pin) {
      pin = newPin()
      const now = turn.core.clock()
      await turn.core.store.commit(
        [
          turn.core.store.db
            .update(cases)
            .set({ pinHash: pinHash(turn.core, call.caseId, pin), pinFailures: 0, updatedAt: now })
            .where(eq(cases.id, call.caseId)),
          turn.core.store.db
            .update(voiceCalls)
            .set({ pinBox: turn.core.vault.sealContent(pin), updatedAt: now })
            .where(eq(voiceCalls.callSid, call.callSid)),
        ],
        [{ at: now, actor: 'system', action: 'voice_pin_issued', caseId: call.caseId, detail: {} }],
      )
    }
    const ref = spellDigits(found.ref)
    const spokenPin = spellDigits(pin)
    return goodbye(call, [
      sayTwiml(prompt('received', call.language, ref, spokenPin), call.language),
      pauseTwiml(1),
      sayTwiml(prompt('repeat', call.language, ref, spokenPin), call.language),
    ])
  }

  const app = new Hono()
  const step = (path: string, answer: (turn: Turn) => Promise<string[]>) =>
    app.post(path, async (c: Context) => {
      const form = await readTwilioForm(config, c)
      const parsed = callParams.safeParse(form.fields)
      if (!parsed.success) return c.text('Bad Request: not a Twilio voice webhook', 400)
      const call = await callState(core, parsed.data.CallSid)
      const verbs = await answer({
        core,
        call,
        callSid: parsed.data.CallSid,
        from: parsed.data.From,
        fields: form.fields,
      })
      return c.body(voiceTwiml(...verbs), 200, { 'Content-Type': 'text/xml; charset=utf-8' })
    })

  // The call comes in: both languages, and 9 for danger, before anything else.
  step('/', async () => [
    gatherTwiml(
      { action: url('/language'), numDigits: 1, timeout: 6 },
      sayTwiml(prompt('welcome', 'zh-Hans'), 'zh-Hans'),
      sayTwiml(prompt('welcome', 'en'), 'en'),
    ),
    redirectTwiml(url('/language')),
  ])

  step('/language', async (turn) => {
    const digit = digitsOf(turn.fields.Digits, 1)
    if (digit === '9') return dangerNow(turn, ['zh-Hans', 'en'])
    const language: Language = digit === '2' ? 'en' : 'zh-Hans'
    const call = await updateCall(core, turn.call, { language })
    return menuVerbs(call)
  })

  step('/menu', async (turn) => {
    const digit = digitsOf(turn.fields.Digits, 1)
    if (digit === '9') return dangerNow(turn, [turn.call.language])
    if (digit === '2') return askRefVerbs(turn.call)
    // No key at all: a caller who cannot or dare not press one is taken to reporting.
    if (digit === '1' || turn.fields.Digits === undefined) return askSchoolVerbs(turn.call)
    return menuVerbs(turn.call)
  })

  step('/dialled', async ({ call, fields }) =>
    fields.DialCallStatus === 'completed'
      ? goodbye(call)
      : [say(call, 'deskUnreachable'), ...recordVerbs(call)],
  )

  step('/school', async (turn) => {
    const code = digitsOf(turn.fields.Digits, 4)
    const record = code ? resolveSchool(code, await core.schools.index()) : null
    const school = record ? await core.schools.get(record.id) : undefined
    if (school) {
      const call = await updateCall(core, turn.call, { schoolId: school.id })
      const name = call.language === 'en' ? school.nameEn : school.nameZh
      return [
        gatherTwiml(
          { action: url('/confirm'), numDigits: 1, timeout: 6 },
          sayTwiml(prompt('confirmSchool', call.language, name), call.language),
        ),
        redirectTwiml(url('/confirm')),
      ]
    }
    const attempts = turn.call.schoolAttempts + 1
    const call = await updateCall(core, turn.call, { schoolAttempts: attempts, schoolId: null })
    if (attempts >= SCHOOL_ATTEMPTS) return [say(call, 'schoolToDesk'), ...recordVerbs(call)]
    return askSchoolVerbs(call, [say(call, 'schoolNotFound')])
  })

  step('/confirm', async (turn) => {
    const digit = digitsOf(turn.fields.Digits, 1)
    if (digit === '2' || !turn.call.schoolId) {
      return askSchoolVerbs(await updateCall(core, turn.call, { schoolId: null }))
    }
    // 1, or no key: the school as read back stands.
    return recordVerbs(turn.call)
  })

  step('/recorded', async (turn) => {
    const recording = recordingParams.safeParse(turn.fields)
    if (!recording.success || recording.data.RecordingDuration === 0) return nothingRecorded(turn)
    await tipFromCall(turn, recording.data.RecordingSid, '')
    return readBack(turn)
  })

  step('/no-recording', async (turn) => nothingRecorded(turn))

  async function nothingRecorded(turn: Turn): Promise<string[]> {
    const attempts = turn.call.emptyRecordings + 1
    const call = await updateCall(core, turn.call, { emptyRecordings: attempts })
    if (attempts < RECORD_ATTEMPTS) return [say(call, 'nothingHeard'), ...recordVerbs(call)]
    // A call that already opened a case (press 9) still gets its reference.
    return call.caseId ? readBack(turn) : goodbye(call, [say(call, 'nothingRecorded')])
  }

  step('/recording', async (turn) => {
    const recording = recordingParams.safeParse(turn.fields)
    if (
      turn.fields.RecordingStatus !== 'completed' ||
      !recording.success ||
      !recording.data.RecordingDuration
    ) {
      core.log.info(
        { call: turn.callSid, status: turn.fields.RecordingStatus ?? null },
        'no recording to keep',
      )
      return []
    }
    await keepRecording(core, turn.call, recording.data.RecordingSid, recording.data.RecordingUrl)
    return []
  })

  step('/transcription', async (turn) => {
    const text = turn.fields.TranscriptionText?.trim()
    const transcription = sid('TR').safeParse(turn.fields.TranscriptionSid)
    if (turn.fields.TranscriptionStatus !== 'completed' || !text || !transcription.success) {
      core.log.info(
        { call: turn.callSid, status: turn.fields.TranscriptionStatus ?? null },
        'no transcription',
      )
      return []
    }
    await tipFromCall(turn, transcription.data, text)
    return []
  })

  step('/status/ref', async (turn) => {
    const ref = digitsOf(turn.fields.Digits, 8)
    if (!ref) return statusRefused(turn)
    const call = await updateCall(core, turn.call, { statusRef: ref })
    return [
      gatherTwiml(
        { action: url('/status/pin'), numDigits: 6, timeout: 10, finishOnKey: '#' },
        say(call, 'askPin'),
      ),
      redirectTwiml(url('/status/pin')),
    ]
  })

  step('/status/pin', async (turn) => {
    const pin = digitsOf(turn.fields.Digits, 6)
    const ref = turn.call.statusRef
    if (!ref) return askRefVerbs(turn.call)
    const db = core.store.db
    const [found] = await db.select().from(cases).where(eq(cases.ref, ref))
    if (!found?.pinHash) return statusRefused(turn)
    if (found.pinFailures >= PIN_FAILURE_LIMIT) return goodbye(turn.call, [say(turn.call, 'locked')])
    const now = core.clock()
    if (!pin || !constantTimeEqual(pinHash(core, found.id, pin), found.pinHash)) {
      await core.store.commit(
        [
          db
            .update(cases)
            .set({ pinFailures: sql`${cases.pinFailures} + 1` })
            .where(eq(cases.id, found.id)),
        ],
        [{ at: now, actor: 'caller', action: 'voice_pin_failed', caseId: found.id, detail: {} }],
      )
      if (found.pinFailures + 1 >= PIN_FAILURE_LIMIT) return goodbye(turn.call, [say(turn.call, 'locked')])
      return statusRefused(turn)
    }
    const said = await db
      .select({ body: messages.body })
      .from(messages)
      .where(
        and(
          eq(messages.caseId, found.id),
          eq(messages.direction, 'out'),
          inArray(messages.kind, ['reply', 'feedback']),
        ),
      )
      .orderBy(desc(messages.createdAt))
      .limit(MESSAGES_READ_OUT)
    await core.store.commit(
      [db.update(cases).set({ pinFailures: 0 }).where(eq(cases.id, found.id))],
      [
        {
          at: now,
          actor: 'caller',
          action: 'voice_status_heard',
          caseId: found.id,
          detail: { messages: said.length },
        },
      ],
    )
    const call = turn.call
    const messagesSaid = said.length
      ? [
          say(call, 'officerSays'),
          ...said.reverse().map((m) => sayTwiml(core.vault.openContent(m.body), found.language)),
        ]
      : [say(call, 'noMessage')]
    const status = prompt('status', call.language, statusInWords(found.status, call.language))
    return goodbye(call, [sayTwiml(status, call.language), ...messagesSaid])
  })

  /** A wrong reference or PIN: the same answer for both, so neither can be probed alone. */
  async function statusRefused(turn: Turn): Promise<string[]> {
    const attempts = turn.call.statusAttempts + 1
    const call = await updateCall(core, turn.call, { statusAttempts: attempts, statusRef: null })
    if (attempts >= STATUS_ATTEMPTS_PER_CALL) return goodbye(call, [say(call, 'tooManyTries')])
    return askRefVerbs(call, [say(call, 'wrongRefOrPin')])
  }

  return app
}

/** The call's progress; a callback that comes before the call's own webhook starts it with the defaults. */
async function callState(core: Core, callSid: string): Promise<VoiceCall> {
  const db = core.store.db
  const [found] = await db.select().from(voiceCalls).where(eq(voiceCalls.callSid, callSid))
  if (found) return found
  await core.store.commit([
    db
      .insert(voiceCalls)
      .values({ callSid, language: core.config.defaultLanguage, updatedAt: core.clock() })
      .onConflictDoNothing(),
  ])
  const [created] = await db.select().from(voiceCalls).where(eq(voiceCalls.callSid, callSid))
  if (!created) throw new Error('voice call state was not written')
  return created
}

async function updateCall(
  core: Core,
  call: VoiceCall,
  change: Partial<Omit<VoiceCall, 'callSid' | 'createdAt'>>,
): Promise<VoiceCall> {
  const updatedAt = core.clock()
  await core.store.commit([
    core.store.db
      .update(voiceCalls)
      .set({ ...change, updatedAt })
      .where(eq(voiceCalls.callSid, call.callSid)),
  ])
  return { ...call, ...change, updatedAt }
}

/**
 * The caller as intake knows them. A callback without a caller id (Twilio's recording callbacks carry
 * none) belongs to whoever the call's case came from: the case's sealed relay copy says who.
 */
async function callerOf(turn: Turn, call: VoiceCall): Promise<string> {
  if (turn.from || !call.caseId) return callerAddress(turn.from, turn.callSid)
  const [contact] = await turn.core.store.db
    .select({ relayBox: contacts.relayBox })
    .from(cases)
    .innerJoin(contacts, eq(contacts.id, cases.contactId))
    .where(eq(cases.id, call.caseId))
  const sealed = contact?.relayBox ? turn.core.vault.openRelay(contact.relayBox) : null
  const prefix = channelAddress('voice', '')
  return sealed?.startsWith(prefix) ? sealed.slice(prefix.length) : callerAddress(undefined, turn.callSid)
}

/**
 * One piece of the call as a tip to intake (press 9, the recording, its transcription), each under its
 * own provider id so a repeat writes nothing. Intake seals the caller id and joins the caller's open
 * case, so the pieces land on one case in whatever order they come.
 */
async function tipFromCall(
  turn: Turn,
  providerMessageId: string,
  text: string,
  urgencyFloor?: { urgency: Urgency; reason: string },
): Promise<void> {
  const { core } = turn
  const call = await callState(core, turn.callSid)
  const school = call.schoolId ? await core.schools.get(call.schoolId) : undefined
  const outcome = await receiveTip(
    core,
    {
      channel: 'voice',
      provider: 'twilio',
      providerMessageId,
      address: await callerOf(turn, call),
      text,
      media: [],
      languageHint: call.language,
      ...(school ? { schoolCode: school.code } : {}),
      ...(urgencyFloor ? { urgencyFloor } : {}),
    },
    { replyVia: 'response' },
  )
  if (!outcome.caseRef) return
  const [opened] = await core.store.db
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.ref, outcome.caseRef))
  if (!opened) return
  if (call.caseId !== opened.id) {
    await updateCall(core, call, { caseId: opened.id, ...(call.caseId ? { pinBox: null } : {}) })
  }
  await attachRecording(core, turn.callSid)
}

/** A finished recording: noted on the call, and attached to its case as evidence once there is one. */
async function keepRecording(core: Core, call: VoiceCall, recordingSid: string, recordingUrl: string) {
  if (call.recordingSid !== recordingSid) {
    await updateCall(core, call, { recordingSid, recordingBox: core.vault.sealContent(recordingUrl) })
  }
  await attachRecording(core, call.callSid)
}

/**
 * Puts the call's recording on its case as pending evidence (the jobs fetch, seal and delete it at
 * Twilio). The media row takes the RecordingSid as its id, so the two callbacks that may both get here
 * attach it once.
 */
async function attachRecording(core: Core, callSid: string) {
  const db = core.store.db
  const [call] = await db.select().from(voiceCalls).where(eq(voiceCalls.callSid, callSid))
  if (!call?.caseId || !call.recordingSid || !call.recordingBox) return
  const [already] = await db.select({ id: media.id }).from(media).where(eq(media.id, call.recordingSid))
  if (already) return
  const [tip] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.channel, 'voice'), eq(messages.providerMessageId, call.recordingSid)))
  const now = core.clock()
  await core.store.commit(
    [
      db
        .insert(media)
        .values({
          id: call.recordingSid,
          caseId: call.caseId,
          messageId: tip?.id ?? null,
          contentType: 'audio/wav',
          size: 0,
          sourceBox: call.recordingBox,
          state: 'pending',
          createdAt: now,
        })
        .onConflictDoNothing(),
    ],
    [
      {
        at: now,
        actor: 'system',
        action: 'evidence_received',
        caseId: call.caseId,
        detail: { media: call.recordingSid, kind: 'recording' },
      },
    ],
  )
}
