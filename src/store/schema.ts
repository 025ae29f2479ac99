import { sql } from 'drizzle-orm'
import {
  blob,
  index,
  integer,
  primaryKey,
  type SQLiteColumn,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core'
import { CATEGORY_PRECEDENCE, type Category } from '../intake/triage/types'

/**
 * One schema for both runtimes (better-sqlite3 and D1). Everything a tipster wrote and every address is
 * stored sealed (`Sealed` text: keyId:base64); nothing here is readable without the keys.
 */

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`)

export const officers = sqliteTable('officers', {
  id: text('id').primaryKey(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['school_officer', 'duty_desk', 'supervisor'] }).notNull(),
  /** The officer's own work phone: where SMS alerts go. Staff data, not a tipster's. */
  phone: text('phone'),
  telegramChatId: text('telegram_chat_id'),
  locale: text('locale', { enum: ['zh-Hans', 'zh-Hant', 'en'] })
    .notNull()
    .default('zh-Hans'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
})

export const schools = sqliteTable(
  'schools',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull(),
    town: text('town').notNull(),
    level: text('level').notNull(),
    /** One school, one officer: the officer whose queue this school's cases go to. */
    officerId: text('officer_id').references(() => officers.id),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('schools_code').on(t.code), index('schools_officer').on(t.officerId)],
)

export const officerTokens = sqliteTable(
  'officer_tokens',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id')
      .notNull()
      .references(() => officers.id),
    /** SHA-256 of the token's secret half, hex. The secret itself is shown once and never stored. */
    secretHash: text('secret_hash').notNull(),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('officer_tokens_officer').on(t.officerId)],
)

export const contacts = sqliteTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    channel: text('channel', { enum: ['sms', 'whatsapp', 'telegram', 'voice'] }).notNull(),
    /** Keyed BLAKE2b of the channel address. */
    blindId: text('blind_id').notNull(),
    /** Secretbox copy of the address for replies; null once retention or /forget removed it. */
    relayBox: text('relay_box'),
    /** Sealed box to the offline escrow key; null once retention removed it. */
    escrowBox: text('escrow_box'),
    language: text('language', { enum: ['zh-Hans', 'zh-Hant', 'en'] }).notNull(),
    optedOut: integer('opted_out', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('contacts_blind_id').on(t.blindId)],
)

export const caseStatuses = [
  'new',
  'assigned',
  'acknowledged',
  'in_progress',
  'resolved',
  'closed',
  'referred',
  'merged',
  'invalid',
] as const
export type CaseStatus = (typeof caseStatuses)[number]

/** Statuses in which a case is still being worked, and a tipster's further messages join it. */
export const OPEN_STATUSES = ['new', 'assigned', 'acknowledged', 'in_progress'] as const

/**
 * "The case is open", with the statuses written into the SQL rather than bound: only then can SQLite
 * use the partial index of open cases (cases_open_queue) for a query that says the same.
 */
export const caseIsOpen = (status: SQLiteColumn) =>
  sql`${status} in (${sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(', '))})`

/** "The case has a signature", as cases_incident_candidates indexes it: a query that says the same reads it. */
export const hasSignature = (signature: SQLiteColumn) => sql`(${signature} is not null)`

export const incidents = sqliteTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    schoolId: text('school_id').references(() => schools.id),
    createdAt: createdAt(),
    lastTipAt: integer('last_tip_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('incidents_school').on(t.schoolId, t.lastTipAt)],
)

export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    /** The reference a tipster is given: digits only, so it can be keyed on a phone. */
    ref: text('ref').notNull(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id),
    channel: text('channel', { enum: ['sms', 'whatsapp', 'telegram', 'voice'] }).notNull(),
    schoolId: text('school_id').references(() => schools.id),
    /** Whose queue the case is in: the school's officer, or the duty desk while no school is known. */
    officerId: text('officer_id')
      .notNull()
      .references(() => officers.id),
    status: text('status', { enum: caseStatuses }).notNull(),
    category: text('category', {
      enum: CATEGORY_PRECEDENCE as unknown as [Category, ...Category[]],
    }).notNull(),
    urgency: text('urgency', { enum: ['P1', 'P2', 'P3'] }).notNull(),
    language: text('language', { enum: ['zh-Hans', 'zh-Hant', 'en'] }).notNull(),
    triageReasons: text('triage_reasons', { mode: 'json' }).$type<string[]>().notNull(),
    awaitingSchool: integer('awaiting_school', { mode: 'boolean' }).notNull().default(false),
    incidentId: text('incident_id').references(() => incidents.id),
    /**
     * MinHash of the tip's character shingles under a keyed hash (src/intake/similarity.ts): enough to tell
     * that two tips describe one event, nothing to read back; null when the case has no school.
     */
    signature: text('signature'),
    /** Sealed resolution written when the case is resolved or closed. */
    resolution: text('resolution'),
    /** Hash of the six-digit PIN a voice tipster uses to hear back. */
    pinHash: text('pin_hash'),
    pinFailures: integer('pin_failures').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    acknowledgedAt: integer('acknowledged_at', { mode: 'timestamp_ms' }),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('cases_ref').on(t.ref),
    index('cases_queue').on(t.officerId, t.status, t.urgency, t.createdAt),
    index('cases_contact').on(t.contactId, t.status),
    // A school's cases, those with a signature apart, by time: a new tip's incident candidates
    // (src/intake/incidents.ts) are read from this index alone. Without it every tip of a flood read
    // 500 whole case rows.
    index('cases_incident_candidates').on(
      t.schoolId,
      hasSignature(t.signature),
      t.createdAt,
      t.status,
      t.incidentId,
      t.id,
    ),
    index('cases_created').on(t.createdAt),
    index('cases_incident').on(t.incidentId),
    // An officer's queue in its order (most urgent, then oldest), open cases only: a pull reads the
    // first rows and stops, however many closed cases the officer has.
    index('cases_open_queue').on(t.officerId, t.urgency, t.createdAt).where(caseIsOpen(t.status)),
    // Every officer's open cases in that order: the duty desk's queue (every P1, every case with no school,
    // every escalation) reads it from the start and stops at its page, P1s first.
    index('cases_open_triage').on(t.urgency, t.createdAt).where(caseIsOpen(t.status)),
    // Cases still open at a month's end are those not closed yet or closed after it; the report reads
    // what it needs of them from this index alone.
    index('cases_closed').on(t.closedAt, t.createdAt, t.schoolId, t.urgency, t.acknowledgedAt),
  ],
)

/**
 * One row, counting the changes to cases that can alter a school's incident candidates other than a new
 * case: a school, signature, incident or time set or changed, a case made invalid or made valid again,
 * a case deleted. Triggers on cases keep the count (migrations/0007); a process that holds candidate
 * windows in memory reads new cases by rowid and starts its windows again when the count moves.
 */
export const caseChanges = sqliteTable('case_changes', {
  id: integer('id').primaryKey(),
  count: integer('count').notNull(),
})

export const messages = sqliteTable(
  'messages',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    /**
     * tip: what the tipster sent; receipt: Whistle's automatic answer; reply: an officer's; feedback: on
     * closing; status: Whistle telling the tipster their case moved (acknowledged, resolved, referred).
     */
    kind: text('kind', { enum: ['tip', 'receipt', 'reply', 'feedback', 'note', 'status'] }).notNull(),
    channel: text('channel', { enum: ['sms', 'whatsapp', 'telegram', 'voice', 'console'] }).notNull(),
    /** The provider's id of an inbound message (MessageSid, update_id...), unique per provider. */
    providerMessageId: text('provider_message_id'),
    body: text('body').notNull(),
    /** Officer id for replies and notes; null for the tipster and for Whistle itself. */
    authorId: text('author_id').references(() => officers.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('messages_case').on(t.caseId, t.createdAt),
    uniqueIndex('messages_provider_id').on(t.channel, t.providerMessageId),
  ],
)

export const media = sqliteTable(
  'media',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    messageId: text('message_id').references(() => messages.id),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    /** Sealed description of the media's provider location until it is fetched; then null. */
    sourceBox: text('source_box'),
    state: text('state', { enum: ['pending', 'stored', 'failed', 'too_large'] }).notNull(),
    /** Fetch attempts so far: a provider that is down is tried again later, not given up on at once. */
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('media_case').on(t.caseId)],
)

/** Evidence is stored in sealed chunks so that no row outgrows D1's limits. */
export const mediaChunks = sqliteTable(
  'media_chunks',
  {
    mediaId: text('media_id')
      .notNull()
      .references(() => media.id),
    seq: integer('seq').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.seq] })],
)

/** Every provider delivery Whistle has accepted: a repeat of one is recognised and changes nothing. */
export const providerReceipts = sqliteTable(
  'provider_receipts',
  {
    provider: text('provider', { enum: ['twilio', 'telegram'] }).notNull(),
    providerId: text('provider_id').notNull(),
    caseId: text('case_id').references(() => cases.id),
    /** The answer Whistle gave, so that a retried webhook gets the same one. */
    replyMessageId: text('reply_message_id').references(() => messages.id),
    receivedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerId] })],
)

export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').references(() => cases.id),
    /** A tipster (through the relay copy) or an officer: exactly one is set. */
    contactId: text('contact_id').references(() => contacts.id),
    officerId: text('officer_id').references(() => officers.id),
    channel: text('channel', { enum: ['sms', 'whatsapp', 'telegram'] }).notNull(),
    kind: text('kind', { enum: ['receipt', 'reply', 'feedback', 'alert', 'status'] }).notNull(),
    body: text('body').notNull(),
    /** Sealed JSON of inline buttons (a school picker, an Acknowledge button) for channels that show them. */
    buttons: text('buttons'),
    /**
     * A sealed relay copy of the address for this one message, when the contact's own copy is gone
     * (the answer to /forget); cleared once the message is settled.
     */
    addressBox: text('address_box'),
    status: text('status', { enum: ['pending', 'sent', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    /** Why the last attempt failed, in words that carry no address or text. */
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('outbox_due').on(t.status, t.nextAttemptAt), index('outbox_case').on(t.caseId)],
)

export const alerts = sqliteTable(
  'alerts',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    officerId: text('officer_id')
      .notNull()
      .references(() => officers.id),
    reason: text('reason', { enum: ['new_case', 'p1', 'escalation', 'delivery_failed'] }).notNull(),
    /** 0 for the first alert; each escalation of the same case raises it. */
    level: integer('level').notNull().default(0),
    outboxId: text('outbox_id').references(() => outbox.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('alerts_case').on(t.caseId, t.level),
    // The cases that escalated, which the duty desk sees: a few among the alerts of every new case.
    index('alerts_escalated')
      .on(t.caseId)
      .where(sql`${t.reason} = 'escalation'`),
  ],
)

/** Append-only and hash-chained: each row's hash covers its content and the previous row's hash. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    seq: integer('seq').primaryKey(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    caseId: text('case_id'),
    detail: text('detail', { mode: 'json' })
      .$type<Record<string, string | number | boolean | null>>()
      .notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_case').on(t.caseId)],
)

/** Per-tipster counters behind the rate limits: a flood cannot bury real tips or run up SMS costs. */
export const rateWindows = sqliteTable(
  'rate_windows',
  {
    subject: text('subject').notNull(),
    windowStart: integer('window_start', { mode: 'timestamp_ms' }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.subject, t.windowStart] })],
)

/**
 * Officer console sessions. The cookie carries `<id>.<secret>`; only the secret's SHA-256 is stored, so a
 * copy of the database cannot be used to sign in.
 */
export const consoleSessions = sqliteTable(
  'console_sessions',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id')
      .notNull()
      .references(() => officers.id),
    secretHash: text('secret_hash').notNull(),
    /** The language the officer switched the console to; null follows officers.locale. */
    locale: text('locale', { enum: ['zh-Hans', 'zh-Hant', 'en'] }),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('console_sessions_officer').on(t.officerId)],
)

/**
 * One hotline call's progress, keyed by Twilio's CallSid: what the caller chose so far, and the case the
 * call opened. Holds no caller id (the callbacks carry it, and the case's contact has it sealed); the PIN
 * is sealed so that a repeated callback reads out the same one.
 */
export const voiceCalls = sqliteTable('voice_calls', {
  callSid: text('call_sid').primaryKey(),
  language: text('language', { enum: ['zh-Hans', 'zh-Hant', 'en'] }).notNull(),
  schoolId: text('school_id').references(() => schools.id),
  /** Wrong or unknown school codes keyed in this call. */
  schoolAttempts: integer('school_attempts').notNull().default(0),
  /** Recordings that came back empty in this call. */
  emptyRecordings: integer('empty_recordings').notNull().default(0),
  /** Wrong reference or PIN on the status line in this call. */
  statusAttempts: integer('status_attempts').notNull().default(0),
  /** The reference keyed on the status line, waiting for its PIN. */
  statusRef: text('status_ref'),
  caseId: text('case_id').references(() => cases.id),
  /** Sealed PIN given to the caller in this call. */
  pinBox: text('pin_box'),
  /** A finished recording whose callback came before the case existed: sealed location, attached later. */
  recordingSid: text('recording_sid'),
  recordingBox: text('recording_box'),
  createdAt: createdAt(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
})

/** Where a tipster's bot conversation stands between updates: the school chosen, a new report asked for. */
export const conversations = sqliteTable('conversations', {
  contactId: text('contact_id')
    .primaryKey()
    .references(() => contacts.id),
  /** choose_school: their next words are a school search; describe: the next message is the report. */
  step: text('step', { enum: ['choose_school', 'describe'] }),
  schoolId: text('school_id').references(() => schools.id),
  /** The next report opens a new case even while another is open (/new). */
  newReport: integer('new_report', { mode: 'boolean' }).notNull().default(false),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
})

/** Messages a channel says belong together (a Telegram album's media_group_id): all go to one case. */
export const messageBatches = sqliteTable(
  'message_batches',
  {
    provider: text('provider', { enum: ['twilio', 'telegram'] }).notNull(),
    batchKey: text('batch_key').notNull(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.batchKey] })],
)

/** One-time codes an officer sends the bot to link their own Telegram account; only a hash is kept. */
export const officerLinkCodes = sqliteTable('officer_link_codes', {
  codeHash: text('code_hash').primaryKey(),
  officerId: text('officer_id')
    .notNull()
    .references(() => officers.id),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
})
