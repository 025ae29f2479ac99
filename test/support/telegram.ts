import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Hono } from 'hono'
import { PUBLIC_URL } from './whistle'

export const TELEGRAM = {
  botToken: '123456789:AAtest-bot-token_for_the_fake_api',
  webhookSecret: 'telegram-test-webhook-secret',
}

/** The environment that turns the bot on, against a FakeTelegram at `apiRoot`. */
export const telegramEnv = (apiRoot: string) => ({
  TELEGRAM_BOT_TOKEN: TELEGRAM.botToken,
  TELEGRAM_WEBHOOK_SECRET: TELEGRAM.webhookSecret,
  TELEGRAM_API_ROOT: apiRoot,
})

export interface BotApiCall {
  method: string
  params: Record<string, unknown>
}

/**
 * A local stand-in for the Telegram Bot API, reached by telegraf through TELEGRAM_API_ROOT: it records
 * every call, serves getFile and file downloads, and can be told to fail the next calls.
 */
export class FakeTelegram {
  readonly calls: BotApiCall[] = []
  readonly downloads: string[] = []
  /** The messages the fake accepted (answered ok), as opposed to every sendMessage attempted. */
  readonly accepted: { chatId: string; text: string; messageId: number }[] = []
  private readonly files = new Map<string, { bytes: Uint8Array; reportedSize?: number }>()
  private failures: { status: number; retryAfter?: number; description?: string }[] = []
  /** While set, every Bot API call fails so, or 'hang's unanswered until stop(); nothing is sent. */
  outage: { status: number; retryAfter?: number; description?: string } | 'hang' | null = null
  private downloadFailures: number[] = []
  private server: Server | null = null
  private nextMessageId = 1
  url = ''

  async start() {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        res.writeHead(500)
        res.end()
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  /** A file the bot can fetch; `reportedSize` is what getFile claims (a file over 20 MB without the bytes). */
  addFile(fileId: string, bytes: Uint8Array, reportedSize?: number) {
    this.files.set(fileId, { bytes, ...(reportedSize !== undefined ? { reportedSize } : {}) })
  }

  /** The next `times` Bot API calls fail with `status` (429 with a retry_after). */
  failNext(status: number, times = 1, options: { retryAfter?: number; description?: string } = {}) {
    for (let i = 0; i < times; i++) this.failures.push({ status, ...options })
  }

  failNextDownloads(status: number, times = 1) {
    for (let i = 0; i < times; i++) this.downloadFailures.push(status)
  }

  /** The calls of one method, e.g. every sendMessage. */
  sent(method = 'sendMessage') {
    return this.calls.filter((c) => c.method === method).map((c) => c.params)
  }

  /** Texts sent to one chat, in order. */
  textsTo(chatId: string | number) {
    return this.sent()
      .filter((p) => String(p.chat_id) === String(chatId))
      .map((p) => String(p.text))
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    const path = new URL(req.url ?? '/', this.url).pathname
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(path)
    if (req.method === 'GET' && download) {
      if (download[1] !== TELEGRAM.botToken) return reply(401, { ok: false, error_code: 401 })
      this.downloads.push(download[2] as string)
      const status = this.downloadFailures.shift()
      if (status) return reply(status, { ok: false, error_code: status })
      const file = this.files.get(decodeURIComponent((download[2] as string).replace(/^files\//, '')))
      if (!file) return reply(404, { ok: false, error_code: 404 })
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': file.bytes.length })
      res.end(file.bytes)
      return
    }
    const call = /^\/bot([^/]+)\/(\w+)$/.exec(path)
    if (!call) return reply(404, { ok: false, error_code: 404, description: 'Not Found' })
    let raw = ''
    for await (const chunk of req) raw += chunk
    const params = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
    const method = call[2] as string
    this.calls.push({ method, params })
    if (call[1] !== TELEGRAM.botToken)
      return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' })
    if (this.outage === 'hang') return
    const failure = this.outage ?? this.failures.shift()
    if (failure) {
      return reply(failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.description ?? `failure ${failure.status}`,
        ...(failure.retryAfter ? { parameters: { retry_after: failure.retryAfter } } : {}),
      })
    }
    const ok = (result: unknown) => reply(200, { ok: true, result })
    switch (method) {
      case 'getMe':
        return ok({ id: 777000111, is_bot: true, first_name: 'Whistle', username: 'whistle_test_bot' })
      case 'sendMessage':
        this.accepted.push({
          chatId: String(params.chat_id),
          text: String(params.text),
          messageId: this.nextMessageId,
        })
        return ok({
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: params.chat_id, type: 'private' },
          text: params.text,
        })
      case 'getFile': {
        const id = String(params.file_id)
        const file = this.files.get(id)
        if (!file)
          return reply(400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' })
        return ok({
          file_id: id,
          file_unique_id: `u${id}`,
          file_size: file.reportedSize ?? file.bytes.length,
          file_path: `files/${id}`,
        })
      }
      case 'setWebhook':
      case 'setMyCommands':
      case 'setMyDescription':
      case 'setMyShortDescription':
        return ok(true)
      default:
        return reply(404, { ok: false, error_code: 404, description: 'Not Found: method not found' })
    }
  }

  async stop() {
    // telegraf asks for keep-alive; idle connections would hold the server open for seconds.
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}

/** The callback data of the inline buttons a sent message carried, row by row flattened. */
export function buttonData(params: Record<string, unknown> | undefined): string[] {
  const markup = params?.reply_markup as { inline_keyboard?: { callback_data: string }[][] } | undefined
  return (markup?.inline_keyboard ?? []).flat().map((b) => b.callback_data)
}

let updateIds = 500_000_000

/** A fresh update_id, as Telegram numbers them: increasing. */
export const nextUpdateId = () => ++updateIds

export interface MessageOptions {
  text?: string
  caption?: string
  languageCode?: string
  photo?: { fileId: string; size?: number }
  document?: { fileId: string; size?: number; mimeType?: string }
  video?: { fileId: string; size?: number }
  voice?: { fileId: string; size?: number }
  mediaGroupId?: string
}

/** A private-chat message update, shaped as Telegram sends it. */
export function messageUpdate(chatId: number, options: MessageOptions, updateId = nextUpdateId()) {
  const from = {
    id: chatId,
    is_bot: false,
    first_name: 'Parent',
    language_code: options.languageCode ?? 'zh-hans',
  }
  const text = options.text
  const entities = text?.startsWith('/')
    ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]?.length ?? text.length }]
    : undefined
  const file = (f: { fileId: string; size?: number; mimeType?: string } | undefined) =>
    f && {
      file_id: f.fileId,
      file_unique_id: `u${f.fileId}`,
      ...(f.size !== undefined ? { file_size: f.size } : {}),
      ...(f.mimeType ? { mime_type: f.mimeType } : {}),
    }
  return {
    update_id: updateId,
    message: {
      message_id: updateId % 100_000,
      date: 1_795_000_000,
      chat: { id: chatId, type: 'private', first_name: 'Parent' },
      from,
      ...(text !== undefined ? { text } : {}),
      ...(entities ? { entities } : {}),
      ...(options.caption ? { caption: options.caption } : {}),
      ...(options.mediaGroupId ? { media_group_id: options.mediaGroupId } : {}),
      ...(options.photo
        ? {
            photo: [
              { ...file({ fileId: `${options.photo.fileId}-thumb` }), width: 90, height: 90 },
              { ...file(options.photo), width: 1280, height: 960 },
            ],
          }
        : {}),
      ...(options.document ? { document: file(options.document) } : {}),
      ...(options.video ? { video: { ...file(options.video), width: 640, height: 480, duration: 5 } } : {}),
      ...(options.voice ? { voice: { ...file(options.voice), duration: 3 } } : {}),
    },
  }
}

/** A button press under one of the bot's messages. */
export function callbackUpdate(userId: number, data: string, updateId = nextUpdateId()) {
  return {
    update_id: updateId,
    callback_query: {
      id: `cq${updateId}`,
      chat_instance: '42',
      from: { id: userId, is_bot: false, first_name: 'User', language_code: 'zh-hans' },
      data,
      message: {
        message_id: 9,
        date: 1_795_000_000,
        chat: { id: userId, type: 'private' },
        from: { id: 777000111, is_bot: true, first_name: 'Whistle' },
        text: 'buttons',
      },
    },
  }
}

/** Posts an update to the app as Telegram would, with the secret header (or another, or none). */
export async function postUpdate(app: Hono, update: unknown, secret: string | null = TELEGRAM.webhookSecret) {
  const response = await app.request(`${PUBLIC_URL}/webhooks/telegram`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(secret !== null ? { 'X-Telegram-Bot-Api-Secret-Token': secret } : {}),
    },
    body: typeof update === 'string' ? update : JSON.stringify(update),
  })
  return { status: response.status, text: await response.text() }
}
