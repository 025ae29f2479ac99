import { parseArgs } from 'node:util'
import { eq } from 'drizzle-orm'
import { BOT_PROFILE } from '../channels/telegram/bot'
import { issueLinkCode, LINK_CODE_MINUTES } from '../officer/linking'
import { telegramClient } from '../relay/telegram'
import { officers } from '../store/schema'
import { type Commands, UsageError, withWhistle } from './command'
import { serverUrl } from './twilio'

/** The update types the bot reads; Telegram sends no others. */
export const TELEGRAM_UPDATE_TYPES = ['message', 'callback_query'] as const

/** An update shaped as Telegram sends it: a private message, or a button press. */
function simulatedUpdate(chat: number, options: { text: string; callback?: string; language: string }) {
  const updateId = Math.floor(Date.now() / 1000) * 1000 + Math.floor(Math.random() * 1000)
  const from = { id: chat, is_bot: false, first_name: 'Simulated', language_code: options.language }
  const message = {
    message_id: updateId % 1_000_000,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chat, type: 'private', first_name: 'Simulated' },
    from,
    text: options.text,
    ...(options.text.startsWith('/')
      ? { entities: [{ type: 'bot_command', offset: 0, length: options.text.split(/\s/)[0]?.length ?? 0 }] }
      : {}),
  }
  return options.callback
    ? {
        update_id: updateId,
        callback_query: { id: `sim${updateId}`, chat_instance: 'sim', from, data: options.callback, message },
      }
    : { update_id: updateId, message }
}

export const telegramCommands: Commands = {
  'officers link': {
    usage: `ID                            a one-time code (${LINK_CODE_MINUTES} min) the officer sends the bot to get alerts there`,
    async run([id]) {
      if (!id) throw new UsageError('officers link needs an officer id')
      return withWhistle(async ({ core }) => {
        const [officer] = await core.store.db.select().from(officers).where(eq(officers.id, id))
        if (!officer?.active) {
          console.error(`no active officer ${id}`)
          return 1
        }
        const code = await issueLinkCode(core, id)
        console.log(code)
        console.error(
          `${officer.displayName}: send "/link ${code}" to the bot from your own Telegram within ${LINK_CODE_MINUTES} minutes.`,
        )
        return 0
      })
    },
  },
  'telegram set-webhook': {
    usage:
      '  register PUBLIC_URL/webhooks/telegram with the secret token; set the bot’s commands and description',
    run: () =>
      withWhistle(async ({ config }) => {
        const bot = config.telegram
        if (!bot?.webhookSecret)
          throw new UsageError('set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET first')
        if (!config.publicUrl.startsWith('https://'))
          throw new UsageError('PUBLIC_URL must be the https:// address Telegram can reach')
        const telegram = telegramClient(bot)
        const url = `${config.publicUrl}/webhooks/telegram`
        await telegram.setWebhook(url, {
          secret_token: bot.webhookSecret,
          allowed_updates: [...TELEGRAM_UPDATE_TYPES],
          max_connections: 40,
        })
        // English is the default for every language without its own; Chinese users see Chinese.
        for (const [language, profile] of [
          [undefined, BOT_PROFILE.en],
          ['zh', BOT_PROFILE.zh],
        ] as const) {
          const scope = language ? { language_code: language } : {}
          await telegram.setMyCommands(profile.commands, scope)
          await telegram.callApi('setMyDescription', { description: profile.description, ...scope })
          await telegram.callApi('setMyShortDescription', {
            short_description: profile.shortDescription,
            ...scope,
          })
        }
        console.log(`Telegram now posts ${TELEGRAM_UPDATE_TYPES.join(' and ')} updates to ${url}`)
        return 0
      }),
  },
  'simulate telegram': {
    usage:
      '--chat ID TEXT  post an update to the running server as Telegram would (--callback DATA, --language CODE)',
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          chat: { type: 'string' },
          callback: { type: 'string' },
          language: { type: 'string', default: 'zh-hans' },
          url: { type: 'string' },
        },
      })
      const chat = Number(values.chat)
      if (!values.chat || !Number.isSafeInteger(chat))
        throw new UsageError('simulate telegram needs --chat ID (a number)')
      const secret = process.env.TELEGRAM_WEBHOOK_SECRET
      if (!secret)
        throw new UsageError('simulating Telegram sends TELEGRAM_WEBHOOK_SECRET: set it as the server has it')
      const update = simulatedUpdate(chat, {
        text: positionals.join(' '),
        language: values.language as string,
        ...(values.callback ? { callback: values.callback } : {}),
      })
      const response = await fetch(`${serverUrl(values.url)}/webhooks/telegram`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': secret },
        body: JSON.stringify(update),
      })
      console.log(`${response.status} ${await response.text()}`)
      return response.ok ? 0 : 1
    },
  },
}
