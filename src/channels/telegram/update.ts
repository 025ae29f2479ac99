import { z } from 'zod'
import { TELEGRAM_SOURCE_PREFIX } from '../../intake/evidence'
import type { InboundMedia } from '../../intake/inbound'
import type { Language } from '../../intake/triage/index'

// Only the parts of an update Whistle reads are checked; Telegram adds fields and update types freely.
const ChatId = z.number().int().refine(Number.isSafeInteger, 'chat id out of range')
const FileRef = z.looseObject({
  file_id: z.string().min(1).max(512),
  file_size: z.number().int().nonnegative().optional(),
  mime_type: z.string().max(255).optional(),
})
const User = z.looseObject({ id: ChatId, language_code: z.string().max(35).optional() })
const Message = z.looseObject({
  message_id: z.number().int(),
  chat: z.looseObject({ id: ChatId, type: z.string() }),
  from: User.optional(),
  text: z.string().max(65_536).optional(),
  caption: z.string().max(65_536).optional(),
  media_group_id: z.string().max(128).optional(),
  photo: z.array(FileRef).max(32).optional(),
  video: FileRef.optional(),
  animation: FileRef.optional(),
  video_note: FileRef.optional(),
  document: FileRef.optional(),
  voice: FileRef.optional(),
  audio: FileRef.optional(),
})

/** One webhook post: the update id, and any of the update types the bot reads. */
export const TelegramUpdate = z.looseObject({
  update_id: z.number().int().nonnegative().refine(Number.isSafeInteger),
  message: Message.optional(),
  callback_query: z
    .looseObject({
      id: z.string().min(1).max(256),
      from: User,
      data: z.string().max(256).optional(),
      message: Message.optional(),
    })
    .optional(),
})
export type TelegramUpdate = z.infer<typeof TelegramUpdate>
export type TelegramMessage = z.infer<typeof Message>

/** The user's app language, as a hint until their own words say otherwise. */
export function languageOf(code: string | undefined): Language | undefined {
  if (!code) return undefined
  const lower = code.toLowerCase()
  if (/^zh-(hant|tw|hk|mo)/.test(lower)) return 'zh-Hant'
  if (lower.startsWith('zh')) return 'zh-Hans'
  return 'en'
}

const MEDIA_KINDS = [
  ['video', 'video/mp4'],
  ['animation', 'video/mp4'],
  ['video_note', 'video/mp4'],
  ['document', 'application/octet-stream'],
  ['voice', 'audio/ogg'],
  ['audio', 'audio/mpeg'],
] as const

/** The evidence a message carries: the largest size of a photo, or its video, file or voice note. */
export function evidenceIn(message: TelegramMessage): InboundMedia[] {
  const items: InboundMedia[] = []
  const photo = message.photo?.at(-1)
  if (photo) items.push(mediaItem(photo, 'image/jpeg'))
  for (const [kind, fallback] of MEDIA_KINDS) {
    const file = message[kind]
    if (file) items.push(mediaItem(file, file.mime_type ?? fallback))
  }
  return items
}

const mediaItem = (file: z.infer<typeof FileRef>, contentType: string): InboundMedia => ({
  source: TELEGRAM_SOURCE_PREFIX + file.file_id,
  contentType,
  ...(file.file_size !== undefined ? { size: file.file_size } : {}),
})
