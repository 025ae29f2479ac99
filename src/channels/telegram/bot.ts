import { and, desc, eq, inArray } from 'drizzle-orm'
import { type Context, Telegraf } from 'telegraf'
import type { Update } from 'telegraf/types'
import { type Core, safeError } from '../../core'
import { type InboundMedia, normaliseText } from '../../intake/inbound'
import { findTipster, OPEN_STATUSES, receiveTip, type Tipster, tipsterWrite } from '../../intake/intake'
import { say, statusInWords } from '../../intake/replies'
import { ACK_CALLBACK } from '../../intake/routing'
import { detectLanguage, type Language, resolveSchool, searchSchools } from '../../intake/triage/index'
import { ackCase, CaseworkError } from '../../officer/casework'
import { officerForTelegram, redeemLinkCode } from '../../officer/linking'
import { enqueueForOfficer, enqueueForTipster, type InlineButtons } from '../../relay/outbox'
import type { TelegramBotConfig } from '../../relay/telegram'
import type { AuditDraft } from '../../store/audit'
import { cases, contacts, conversations, providerReceipts } from '../../store/schema'
import type { School } from '../../store/schools'
import { insertRow, type Write } from '../../store/store'
import { evidenceIn, languageOf, type TelegramMessage, type TelegramUpdate } from './update'

/** The bot's commands and description as Telegram shows them, set by `whistle telegram set-webhook`. */
export const BOT_PROFILE = {
  zh: {
    commands: [
      { command: 'new', description: '新的举报' },
      { command: 'status', description: '查看我的举报进展' },
      { command: 'help', description: '怎么使用' },
      { command: 'forget', description: '删除回复我用的联系方式' },
    ],
    description:
      '匿名举报校园欺凌。告诉我们发生了什么，可附照片、视频、语音或文件，负责该校的民警会处理。我们不会知道你是谁。紧急情况请拨 110。',
    shortDescription: '匿名举报校园欺凌，民警会处理。紧急情况拨 110。',
  },
  en: {
    commands: [
      { command: 'new', description: 'A new report' },
      { command: 'status', description: 'Where my reports stand' },
      { command: 'help', description: 'How this works' },
      { command: 'forget', description: 'Delete the address you answer me on' },
    ],
    description:
      'Report school bullying anonymously. Tell us what happened, with photos, videos, voice notes or files; the officer for the school handles it. We will not know who you are. In an emergency call 110.',
    shortDescription: 'Anonymous school bullying reports, handled by the school’s officer. Emergency: 110.',
  },
}

/** What handling one update produced, for the webhook's answer. */
export interface Turn {
  /** A Bot API call Telegram runs for us as the webhook's answer (answerCallbackQuery): no extra request. */
  answer: Record<string, unknown> | null
  /** Whether a handler wrote the update's receipt; an update nobody handled is recorded as ignored. */
  recorded: boolean
}

/** The Bot API could not be reached for the bot's own details; Telegram retries the update later. */
export class TelegramUnavailable extends Error {
  override name = 'TelegramUnavailable'
}

const SCHOOL_CALLBACK = 'school:'
/** Words up to this long, while choosing a school, are a search; longer ones are the report itself. */
const SEARCH_MAX_CHARS = 24

type Conversation = typeof conversations.$inferSelect

/** What the bot says to officers (their own locale): button answers and the link confirmation. */
const officerSays = {
  acked: { zh: (ref: string) => `已签收 ${ref}`, en: (ref: string) => `Acknowledged ${ref}` },
  notYours: { zh: () => '没有找到这个案件，或不在你的辖区。', en: () => 'No such case in your queue.' },
  notLinked: {
    zh: () => '这个账号还没有绑定民警身份。',
    en: () => 'This account is not linked to an officer.',
  },
  linked: {
    zh: () => '已绑定。你辖区的新案件会在这里提醒你，可一键签收。',
    en: () => 'Linked. New cases in your queue will alert you here, with a button to acknowledge.',
  },
}
const officerText = <K extends keyof typeof officerSays>(
  key: K,
  locale: string,
  ...args: Parameters<(typeof officerSays)[K]['en']>
) => (officerSays[key][locale === 'en' ? 'en' : 'zh'] as (...a: typeof args) => string)(...args)

/**
 * The Telegram bot: telegraf routes each update to the conversation below. Handlers never call the Bot
 * API: every answer goes to the outbox in the same commit as the update's receipt, so a webhook is
 * answered fast and a repeat changes nothing. The same code runs on Node and on Workers.
 */
export function telegramBot(core: Core, config: TelegramBotConfig) {
  const bot = new Telegraf(config.botToken, {
    telegram: { ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}), webhookReply: false },
  })
  // telegraf's default prints the update (a chat id) to the console; the webhook handles errors instead.
  bot.catch((error) => {
    throw error
  })
  const turns = new WeakMap<object, Turn & { update: TelegramUpdate }>()
  const db = core.store.db

  const receipt = (update: TelegramUpdate): Write =>
    insertRow(providerReceipts, {
      provider: 'telegram',
      providerId: String(update.update_id),
      receivedAt: core.clock(),
    })

  const turnOf = (ctx: Context) => {
    const turn = turns.get(ctx.update)
    if (!turn) throw new Error('update handled outside a webhook turn')
    return turn
  }

  /** Commits a handler's writes with the update's receipt. */
  const record = async (ctx: Context, writes: Write[], audit: AuditDraft[] = []) => {
    const turn = turnOf(ctx)
    await core.store.commit([...writes, receipt(turn.update)], audit)
    turn.recorded = true
  }

  interface Speaker {
    tipster: Tipster
    conversation: Conversation | undefined
    language: Language
    chatId: string
    /** Their open report still waits for its school (they wrote before choosing one). */
    awaitingSchool: boolean
  }

  async function speaker(ctx: Context, words?: string): Promise<Speaker> {
    const chatId = String(ctx.chat?.id)
    const tipster = await findTipster(core, 'telegram', chatId)
    const contactId = tipster.existing?.id ?? ''
    const [conversation] = await db.select().from(conversations).where(eq(conversations.contactId, contactId))
    const [awaiting] = await db
      .select({ id: cases.id })
      .from(cases)
      .where(
        and(
          eq(cases.contactId, contactId),
          eq(cases.awaitingSchool, true),
          inArray(cases.status, [...OPEN_STATUSES]),
        ),
      )
      .limit(1)
    const fallback =
      tipster.existing?.language ?? languageOf(ctx.from?.language_code) ?? core.config.defaultLanguage
    const language = words && /\p{L}/u.test(words) ? detectLanguage(words, fallback) : fallback
    // After /new the school being chosen is the new report's, not the waiting one's.
    return {
      tipster,
      conversation,
      language,
      chatId,
      awaitingSchool: Boolean(awaiting) && !conversation?.newReport,
    }
  }

  /** An answer to the tipster through the outbox, with the conversation's next state, in one commit. */
  async function answer(
    ctx: Context,
    who: Speaker,
    text: string,
    options: {
      buttons?: InlineButtons
      conversation?: Partial<Pick<Conversation, 'step' | 'schoolId' | 'newReport'>>
    } = {},
  ) {
    const { contactId, write } = tipsterWrite(core, 'telegram', who.tipster, { language: who.language })
    const writes: Write[] = [write]
    if (options.conversation) {
      const now = core.clock()
      const state = { ...options.conversation, updatedAt: now }
      writes.push(
        db
          .insert(conversations)
          .values({ contactId, ...state })
          .onConflictDoUpdate({ target: conversations.contactId, set: state }),
      )
    }
    writes.push(
      enqueueForTipster(core, {
        caseId: null,
        contactId,
        channel: 'telegram',
        kind: 'receipt',
        text,
        ...(options.buttons ? { buttons: options.buttons } : {}),
      }).write,
    )
    await record(ctx, writes)
  }

  const schoolName = (school: School, language: Language) =>
    language === 'en' ? school.nameEn : school.nameZh

  /** A new report: straight to the description when the school is known (a poster's QR code), else the picker. */
  async function beginReport(ctx: Context, school: School | undefined) {
    const who = await speaker(ctx)
    if (school) {
      return answer(ctx, who, say('describe', who.language, schoolName(school, who.language)), {
        conversation: { step: 'describe', schoolId: school.id, newReport: true },
      })
    }
    return answer(ctx, who, say('welcome', who.language), {
      conversation: { step: 'choose_school', schoolId: null, newReport: true },
    })
  }

  async function linkOfficer(ctx: Context, code: string) {
    const chatId = String(ctx.chat?.id)
    const linked = await redeemLinkCode(core, code, chatId, (officer) => {
      const confirmation = enqueueForOfficer(core, {
        caseId: null,
        officer,
        kind: 'status',
        text: officerText('linked', officer.locale),
      })
      return [receipt(turnOf(ctx).update), ...(confirmation ? [confirmation.write] : [])]
    })
    if (linked) {
      turnOf(ctx).recorded = true
      return
    }
    const who = await speaker(ctx)
    return answer(ctx, who, say('linkFailed', who.language))
  }

  // Only private chats: a group is not a tipster, and nothing said in one is a report.
  bot.use((ctx, next) => (ctx.chat?.type === 'private' ? next() : undefined))

  bot.start(async (ctx) => {
    const payload = ctx.payload.trim()
    if (payload.startsWith('link-')) return linkOfficer(ctx, payload.slice(5))
    const code = /^s?(\d{4})$/i.exec(payload)?.[1]
    const found = code ? resolveSchool(code, await core.schools.index()) : null
    return beginReport(ctx, found ? await core.schools.get(found.id) : undefined)
  })
  bot.command('new', (ctx) => beginReport(ctx, undefined))
  bot.command('link', (ctx) => linkOfficer(ctx, ctx.payload))
  bot.command('help', async (ctx) => {
    const who = await speaker(ctx)
    return answer(ctx, who, say('botHelp', who.language))
  })
  bot.command('status', async (ctx) => {
    const who = await speaker(ctx)
    const mine = who.tipster.existing
      ? await db
          .select({ ref: cases.ref, status: cases.status })
          .from(cases)
          .where(eq(cases.contactId, who.tipster.existing.id))
          .orderBy(desc(cases.createdAt))
          .limit(10)
      : []
    const text = mine.length
      ? mine
          .map((c) => say('caseLine', who.language, c.ref, statusInWords(c.status, who.language)))
          .join('\n')
      : say('noCases', who.language)
    return answer(ctx, who, text)
  })
  bot.command('forget', async (ctx) => {
    const who = await speaker(ctx)
    // The contact's relay copy goes now; this one answer carries its own copy, cleared once sent.
    const oneTime = core.vault.sealIdentity(who.tipster.address).relayBox
    const { contactId, write } = tipsterWrite(core, 'telegram', who.tipster, { language: who.language })
    await record(
      ctx,
      [
        write,
        db.update(contacts).set({ relayBox: null }).where(eq(contacts.id, contactId)),
        enqueueForTipster(core, {
          caseId: null,
          contactId,
          channel: 'telegram',
          kind: 'receipt',
          text: say('forgotten', who.language),
          addressBox: oneTime,
        }).write,
      ],
      [
        {
          at: core.clock(),
          actor: 'tipster',
          action: 'relay_forgotten',
          caseId: null,
          detail: { contact: contactId },
        },
      ],
    )
  })

  bot.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery
    const data = 'data' in query ? query.data : ''
    const turn = turnOf(ctx)
    turn.answer = { method: 'answerCallbackQuery', callback_query_id: query.id }
    if (data.startsWith(ACK_CALLBACK)) {
      const officer = await officerForTelegram(core, String(query.from.id))
      if (!officer) {
        turn.answer.text = officerText('notLinked', languageOf(query.from.language_code) ?? 'zh')
        return record(ctx, [])
      }
      try {
        await ackCase(core, officer, data.slice(ACK_CALLBACK.length), [receipt(turn.update)])
        turn.recorded = true
        turn.answer.text = officerText('acked', officer.locale, data.slice(ACK_CALLBACK.length))
      } catch (error) {
        if (!(error instanceof CaseworkError)) throw error
        turn.answer.text = officerText('notYours', officer.locale)
        return record(ctx, [])
      }
      return
    }
    if (data.startsWith(SCHOOL_CALLBACK)) {
      const school = await core.schools.get(data.slice(SCHOOL_CALLBACK.length))
      if (!school) return record(ctx, [])
      return chooseSchool(ctx, await speaker(ctx), school)
    }
    return record(ctx, [])
  })

  /**
   * Files what the tipster sent through intake with the school the conversation chose, and ends the
   * step: from then on the school lives on the case.
   */
  async function fileTip(ctx: Context, who: Speaker, words: string, media: InboundMedia[] = []) {
    const turn = turnOf(ctx)
    const message = turn.update.message ?? turn.update.callback_query?.message
    const school = who.conversation?.schoolId ? await core.schools.get(who.conversation.schoolId) : undefined
    const languageHint = languageOf(ctx.from?.language_code) ?? who.tipster.existing?.language
    const contactId = who.tipster.existing?.id
    await receiveTip(
      core,
      {
        channel: 'telegram',
        provider: 'telegram',
        providerMessageId: String(turn.update.update_id),
        address: who.chatId,
        text: words,
        media,
        ...(languageHint ? { languageHint } : {}),
        ...(school ? { schoolCode: school.code } : {}),
        ...(message?.media_group_id ? { batchKey: message.media_group_id } : {}),
        ...(who.conversation?.newReport ? { newReport: true } : {}),
      },
      {
        replyVia: 'outbox',
        writes: contactId
          ? [
              db
                .update(conversations)
                .set({ step: null, schoolId: null, newReport: false, updatedAt: core.clock() })
                .where(eq(conversations.contactId, contactId)),
            ]
          : [],
      },
    )
    turn.recorded = true
  }

  /** A school chosen by code or button: the answer to a waiting report's question, or the next report's school. */
  async function chooseSchool(ctx: Context, who: Speaker, school: School) {
    // Filed as if they had typed the code, which is what the waiting report asked them for.
    if (who.awaitingSchool) return fileTip(ctx, who, school.code)
    return answer(ctx, who, say('describe', who.language, schoolName(school, who.language)), {
      conversation: { step: 'describe', schoolId: school.id, newReport: who.conversation?.newReport ?? true },
    })
  }

  bot.on('message', async (ctx) => {
    const message = turnOf(ctx).update.message as TelegramMessage
    const words = normaliseText(message.text ?? message.caption ?? '')
    const media = evidenceIn(message)
    if (!media.length && words.startsWith('/')) {
      // An unknown command: say what the bot does rather than file "/foo" as a report.
      const who = await speaker(ctx)
      return answer(ctx, who, say('botHelp', who.language))
    }
    const who = await speaker(ctx, words)
    if (!words && !media.length) return answer(ctx, who, say('unsupported', who.language))

    const choosing = who.conversation?.step === 'choose_school' || who.awaitingSchool
    if (choosing && !media.length && Array.from(words).length <= SEARCH_MAX_CHARS) {
      const index = await core.schools.index()
      const byCode = /^\d{4}$/.test(words) ? resolveSchool(words, index) : null
      const only = byCode ? await core.schools.get(byCode.id) : undefined
      if (only) return chooseSchool(ctx, who, only)
      const found = searchSchools(words, index)
      if (found.length) {
        const buttons = found.map((s) => [
          {
            text: `${who.language === 'en' ? s.nameEn : s.nameZh} (${s.code})`,
            data: SCHOOL_CALLBACK + s.id,
          },
        ])
        return answer(ctx, who, say('pickSchool', who.language), { buttons })
      }
      // Whatever they write next is taken as the report, so a child is never stuck searching. (With a
      // report waiting, these words are more of it.)
      if (!who.awaitingSchool) {
        return answer(ctx, who, say('noSchoolFound', who.language), {
          conversation: { step: 'describe', schoolId: null },
        })
      }
    }
    return fileTip(ctx, who, words, media)
  })

  return {
    /** Runs one update through the bot; the caller has checked the secret and that it is not a repeat. */
    async handle(update: TelegramUpdate): Promise<Turn> {
      if (!bot.botInfo) {
        try {
          bot.botInfo = await bot.telegram.getMe()
        } catch (error) {
          core.log.warn(safeError(error), 'Telegram getMe failed')
          throw new TelegramUnavailable('the Bot API did not answer getMe')
        }
      }
      const turn = { update, answer: null, recorded: false }
      turns.set(update, turn)
      await bot.handleUpdate(update as unknown as Update)
      return turn
    },
    receipt,
  }
}

export type TelegramBot = ReturnType<typeof telegramBot>
