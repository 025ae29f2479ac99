import type { Context } from 'hono'
import { z } from 'zod'
import type { Core } from '../../core'
import type { InboundMedia } from '../../intake/inbound'
import { normalisePhone } from '../../intake/inbound'
import { receiveTip } from '../../intake/intake'
import { messagingTwiml } from './twiml'
import { readTwilioForm, type TwilioWebhookConfig } from './webhook'

const smsParams = z.object({
  MessageSid: z.string().regex(/^(SM|MM|SS)[0-9a-fA-F]{32}$/),
  From: z.string().min(1).max(64),
  Body: z.string().default(''),
  NumMedia: z.coerce.number().int().min(0).max(20).default(0),
})

const twimlResponse = (c: Context, twiml: string) =>
  c.body(twiml, 200, { 'Content-Type': 'text/xml; charset=utf-8' })

/**
 * Twilio's SMS/MMS/WhatsApp webhook: signed form post in, one tip to intake, TwiML out. Answered only
 * after the tip is written; a repeat of the same MessageSid gets the same answer and writes nothing.
 */
export async function receiveSms(core: Core, config: TwilioWebhookConfig, c: Context) {
  const form = await readTwilioForm(config, c)
  const parsed = smsParams.safeParse(form.fields)
  if (!parsed.success) return c.text('Bad Request: not a Twilio message webhook', 400)
  const { MessageSid, From, Body, NumMedia } = parsed.data
  const whatsapp = From.toLowerCase().startsWith('whatsapp:')
  const phone = normalisePhone(From)
  if (!phone) return c.text('Bad Request: From is not a phone number', 400)

  // NumMedia may disagree with the MediaUrlN fields: what is actually there counts, up to NumMedia.
  const media: InboundMedia[] = []
  for (let i = 0; i < NumMedia; i++) {
    const source = form.fields[`MediaUrl${i}`]
    if (!source || !/^https:\/\//.test(source)) continue
    media.push({ source, contentType: form.fields[`MediaContentType${i}`] ?? 'application/octet-stream' })
  }

  const outcome = await receiveTip(
    core,
    {
      channel: whatsapp ? 'whatsapp' : 'sms',
      provider: 'twilio',
      providerMessageId: MessageSid,
      address: phone,
      text: Body,
      media,
    },
    { replyVia: 'response' },
  )
  return twimlResponse(c, messagingTwiml(outcome.reply))
}
