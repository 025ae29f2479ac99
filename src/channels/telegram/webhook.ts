import { and, eq } from 'drizzle-orm'
import type { Context } from 'hono'
import type { Core } from '../../core'
import { constantTimeEqual } from '../../crypto/encoding'
import type { TelegramBotConfig } from '../../relay/telegram'
import { providerReceipts } from '../../store/schema'
import { asConflict } from '../../store/store'
import { type TelegramBot, TelegramUnavailable, telegramBot } from './bot'
import { TelegramUpdate } from './update'

export interface TelegramChannel {
  config: TelegramBotConfig
  bot: TelegramBot
}

export const telegramChannel = (core: Core, config: TelegramBotConfig): TelegramChannel => ({
  config,
  bot: telegramBot(core, config),
})

const SECRET_HEADER = 'x-telegram-bot-api-secret-token'

async function alreadyReceived(core: Core, updateId: number): Promise<boolean> {
  const [row] = await core.store.db
    .select({ id: providerReceipts.providerId })
    .from(providerReceipts)
    .where(and(eq(providerReceipts.provider, 'telegram'), eq(providerReceipts.providerId, String(updateId))))
  return Boolean(row)
}

/**
 * Telegram's webhook: the secret token checked in constant time, one update through the bot, answered
 * 200 only after its writes (with its update_id) are committed. A repeat changes nothing; an update
 * type the bot does not read is recorded and ignored.
 */
export async function receiveTelegramUpdate(core: Core, channel: TelegramChannel | null, c: Context) {
  if (!channel)
    return c.text('Telegram is not configured: set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET', 503)
  const secret = channel.config.webhookSecret
  if (!secret) return c.text('Telegram is not configured: set TELEGRAM_WEBHOOK_SECRET', 503)
  const given = c.req.header(SECRET_HEADER)
  if (!given) return c.text('Unauthorized: no X-Telegram-Bot-Api-Secret-Token', 401)
  if (!constantTimeEqual(given, secret))
    return c.text('Forbidden: wrong X-Telegram-Bot-Api-Secret-Token', 403)
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json'))
    return c.text('Unsupported Media Type: Telegram posts JSON', 415)
  let body: unknown
  try {
    body = JSON.parse(await c.req.text())
  } catch {
    return c.text('Bad Request: not JSON', 400)
  }
  const parsed = TelegramUpdate.safeParse(body)
  if (!parsed.success) return c.text('Bad Request: not a Telegram update', 400)
  const update = parsed.data
  if (await alreadyReceived(core, update.update_id)) return c.json({})
  try {
    const turn = await channel.bot.handle(update)
    if (!turn.recorded) await core.store.commit([channel.bot.receipt(update)])
    return c.json(turn.answer ?? {})
  } catch (error) {
    if (error instanceof TelegramUnavailable)
      return c.text('Service Unavailable: the Telegram Bot API did not answer; send the update again', 503)
    // The same update delivered twice at once: the other delivery wrote it.
    if (asConflict(error) && (await alreadyReceived(core, update.update_id))) return c.json({})
    throw error
  }
}
