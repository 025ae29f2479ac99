import { Telegram } from 'telegraf'
import {
  EVIDENCE_TIMEOUT_MS,
  EvidenceFetchError,
  type EvidenceFetcher,
  EvidenceTooLarge,
  MAX_EVIDENCE_BYTES,
  TELEGRAM_SOURCE_PREFIX,
} from '../intake/evidence'
import { type ChannelSender, DeliveryError, PROVIDER_TIMEOUT_MS } from './deliver'
import type { InlineButtons } from './outbox'

export interface TelegramBotConfig {
  botToken: string
  /** The X-Telegram-Bot-Api-Secret-Token Telegram sends; null until set (the webhook refuses then). */
  webhookSecret: string | null
  /** Where Bot API calls go instead of Telegram's (tests point it at a local fake). */
  apiRoot?: string
  /** How long one Bot API call may take (PROVIDER_TIMEOUT_MS unless a test shortens it). */
  timeoutMs?: number
}

/** Telegram's limit on one message's text. */
export const TELEGRAM_MAX_TEXT = 4096

/** The Bot API client (telegraf's), the same on Node and on Workers. */
export function telegramClient(config: TelegramBotConfig): Telegram {
  return new Telegram(config.botToken, {
    ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
    webhookReply: false,
  })
}

/**
 * A call's deadline: telegraf's own is over eight minutes, long enough to stall every queued message.
 * (telegraf types its signal with the abort-controller shim; its node-fetch takes the standard one.)
 */
const deadline = (config: TelegramBotConfig): Parameters<Telegram['callApi']>[2] => ({
  signal: AbortSignal.timeout(config.timeoutMs ?? PROVIDER_TIMEOUT_MS) as never,
})

/**
 * What the Bot API answered, in words safe to log: its error code and the method, never the request
 * (a network error's message can hold the URL, and the URL holds the bot token).
 */
function describeFailure(
  error: unknown,
  method: string,
): { reason: string; code?: number; retryAfterMs?: number } {
  const response = (error as { response?: { error_code?: unknown; parameters?: { retry_after?: unknown } } })
    .response
  if (typeof response?.error_code === 'number') {
    const retryAfter = response.parameters?.retry_after
    return {
      reason: `Telegram answered ${response.error_code} to ${method}`,
      code: response.error_code,
      ...(typeof retryAfter === 'number' ? { retryAfterMs: retryAfter * 1000 } : {}),
    }
  }
  return { reason: `Telegram unreachable (${method})` }
}

/** Whether a Bot API failure is worth trying again: the network, 429 and 5xx are; other answers are final. */
const transient = (code: number | undefined) => code === undefined || code === 429 || code >= 500

/** Splits a text at Telegram's limit, on whole code points. */
export function splitForTelegram(text: string): string[] {
  const chars = Array.from(text)
  const parts: string[] = []
  for (let i = 0; i < chars.length; i += TELEGRAM_MAX_TEXT)
    parts.push(chars.slice(i, i + TELEGRAM_MAX_TEXT).join(''))
  return parts.length ? parts : ['']
}

/** Messages to tipsters' and officers' chats; 429 retry_after becomes the outbox's back-off. */
export function telegramSender(config: TelegramBotConfig): ChannelSender {
  const telegram = telegramClient(config)
  return {
    async send(to, text, options) {
      const parts = splitForTelegram(text)
      let first: string | undefined
      for (const [i, part] of parts.entries()) {
        const last = i === parts.length - 1
        try {
          const sent = await telegram.callApi(
            'sendMessage',
            {
              chat_id: to,
              text: part,
              link_preview_options: { is_disabled: true },
              ...(last && options?.buttons ? { reply_markup: inlineKeyboard(options.buttons) } : {}),
            },
            deadline(config),
          )
          first ??= String(sent.message_id)
        } catch (error) {
          const failure = describeFailure(error, 'sendMessage')
          throw new DeliveryError(failure.reason, transient(failure.code), failure.retryAfterMs)
        }
      }
      return { providerMessageId: first ?? '' }
    },
  }
}

const inlineKeyboard = (buttons: InlineButtons) => ({
  inline_keyboard: buttons.map((row) => row.map((b) => ({ text: b.text, callback_data: b.data }))),
})

/**
 * Evidence from Telegram: getFile for the path, then the download, refused above 20 MB (by getFile's
 * size, by Content-Length, and while reading). The download link holds the bot token: it never leaves
 * this function, not even in an error.
 */
export function telegramEvidenceFetcher(config: TelegramBotConfig): EvidenceFetcher {
  const telegram = telegramClient(config)
  return async (source) => {
    const fileId = source.slice(TELEGRAM_SOURCE_PREFIX.length)
    let link: URL
    try {
      const file = await telegram.callApi('getFile', { file_id: fileId }, deadline(config))
      if ((file.file_size ?? 0) > MAX_EVIDENCE_BYTES) throw new EvidenceTooLarge()
      link = await telegram.getFileLink(file)
    } catch (error) {
      if (error instanceof EvidenceTooLarge) throw error
      const failure = describeFailure(error, 'getFile')
      // Telegram answers 400 "file is too big" for anything over what bots may download.
      if (failure.code === 400 && /too big/i.test(String((error as { description?: unknown }).description)))
        throw new EvidenceTooLarge()
      throw new EvidenceFetchError(failure.reason, transient(failure.code))
    }
    let response: Response
    try {
      response = await fetch(link, { signal: AbortSignal.timeout(EVIDENCE_TIMEOUT_MS) })
    } catch {
      throw new EvidenceFetchError('Telegram file download unreachable', true)
    }
    if (!response.ok) {
      await response.body?.cancel()
      throw new EvidenceFetchError(
        `Telegram file download answered ${response.status}`,
        transient(response.status),
      )
    }
    if (Number(response.headers.get('content-length') ?? 0) > MAX_EVIDENCE_BYTES) {
      await response.body?.cancel()
      throw new EvidenceTooLarge()
    }
    const bytes = await readAtMost(response, MAX_EVIDENCE_BYTES)
    const contentType = response.headers.get('content-type')
    return {
      bytes,
      ...(contentType && contentType !== 'application/octet-stream' ? { contentType } : {}),
    }
  }
}

/** The body's bytes, refusing once it passes `limit` rather than holding all of it. */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = response.body?.getReader()
  if (!reader) return new Uint8Array()
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>
    try {
      next = await reader.read()
    } catch {
      throw new EvidenceFetchError('Telegram file download broke off', true)
    }
    if (next.done) break
    total += next.value.length
    if (total > limit) {
      await reader.cancel()
      throw new EvidenceTooLarge()
    }
    chunks.push(next.value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
