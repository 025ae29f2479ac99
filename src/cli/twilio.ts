import { parseArgs } from 'node:util'
import twilio from 'twilio'
import { twilioClient } from '../relay/twilio'
import { type Commands, UsageError, withWhistle } from './command'

/** The base URL of the running server a simulated provider request goes to. */
export function serverUrl(explicit: string | undefined): string {
  return (explicit ?? process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 8787}`).replace(
    /\/+$/,
    '',
  )
}

/** A made-up Twilio id with the given prefix (SM a message, CA a call, RE a recording). */
export const twilioSid = (prefix: string) => `${prefix}${crypto.randomUUID().replace(/-/g, '')}`

/** Posts form parameters signed exactly as Twilio signs them (by the twilio library); the answer's status and body. */
export async function signedTwilioPost(
  url: string,
  params: Record<string, string>,
): Promise<{ status: number; ok: boolean; body: string }> {
  const authToken = process.env.TWILIO_AUTH_TOKEN
  if (!authToken)
    throw new UsageError('simulating Twilio signs with TWILIO_AUTH_TOKEN: set it as the server has it')
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': twilio.getExpectedTwilioSignature(authToken, url, params),
    },
    body: new URLSearchParams(params),
  })
  return { status: response.status, ok: response.ok, body: await response.text() }
}

/** Posts a signed request and prints the answer. */
export async function postSignedToTwilioWebhook(
  url: string,
  params: Record<string, string>,
): Promise<number> {
  const { status, ok, body } = await signedTwilioPost(url, params)
  console.log(`${status} ${body}`)
  return ok ? 0 : 1
}

export const twilioCommands: Commands = {
  'simulate sms': {
    usage: '--from +86... [--whatsapp] TEXT   send a Twilio-signed SMS to the running server',
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          from: { type: 'string' },
          url: { type: 'string' },
          whatsapp: { type: 'boolean', default: false },
        },
      })
      if (!values.from) throw new UsageError('simulate sms needs --from +86...')
      const prefix = values.whatsapp ? 'whatsapp:' : ''
      return postSignedToTwilioWebhook(`${serverUrl(values.url)}/webhooks/twilio/sms`, {
        MessageSid: twilioSid('SM'),
        AccountSid: process.env.TWILIO_ACCOUNT_SID ?? `AC${'0'.repeat(32)}`,
        From: prefix + values.from,
        To: prefix + (process.env.TWILIO_PHONE_NUMBER ?? '+10000000000'),
        Body: positionals.join(' '),
        NumMedia: '0',
        NumSegments: '1',
        SmsStatus: 'received',
        ApiVersion: '2010-04-01',
      })
    },
  },
  'twilio configure': {
    usage: '  point the Twilio number’s SMS and voice webhooks at PUBLIC_URL',
    run: () =>
      withWhistle(async ({ config }) => {
        const { twilio: account, publicUrl } = config
        if (!account)
          throw new UsageError('set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER first')
        if (!publicUrl.startsWith('https://'))
          throw new UsageError('PUBLIC_URL must be the https:// address Twilio can reach')
        const client = twilioClient(account)
        const [number] = await client.incomingPhoneNumbers.list({
          phoneNumber: account.phoneNumber,
          limit: 1,
        })
        if (!number) {
          console.error('that phone number is not in this Twilio account')
          return 1
        }
        await client.incomingPhoneNumbers(number.sid).update({
          smsUrl: `${publicUrl}/webhooks/twilio/sms`,
          smsMethod: 'POST',
          voiceUrl: `${publicUrl}/webhooks/twilio/voice`,
          voiceMethod: 'POST',
        })
        console.log(`SMS and voice webhooks now point at ${publicUrl}`)
        return 0
      }),
  },
}
