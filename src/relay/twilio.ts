import twilio from 'twilio'
import type RequestClient from 'twilio/lib/base/RequestClient'
import type TwilioResponse from 'twilio/lib/http/response'
import { type ChannelSender, DeliveryError, PROVIDER_TIMEOUT_MS } from './deliver'
import { rebaseTwilioUrl, type TwilioAccount, twilioDeliveryError } from './twilio-rest'

/** Twilio's HTTP client, sending to `apiBase` when one is set and keeping the answer's Retry-After. */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(
    private readonly apiBase: string | undefined,
    timeoutMs = PROVIDER_TIMEOUT_MS,
  ) {
    super({ timeout: timeoutMs })
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<TwilioResponse<TData>> {
    const uri = rebaseTwilioUrl(opts.uri, this.apiBase)
    let response: TwilioResponse<TData>
    try {
      response = await super.request<TData>({ ...opts, uri })
    } catch (error) {
      throw new DeliveryError(`Twilio unreachable (${(error as { code?: string }).code ?? 'network'})`, true)
    }
    if (response.statusCode === 429 || response.statusCode >= 500) {
      throw twilioDeliveryError(response.statusCode, response.headers?.['retry-after'])
    }
    return response
  }
}

/** The REST client for an account, through the rebased HTTP client. */
export function twilioClient(account: TwilioAccount) {
  return twilio(account.accountSid, account.authToken, {
    httpClient: new RebasedRequestClient(account.apiBase, account.timeoutMs),
  })
}

/** SMS (or WhatsApp) through Twilio's Messages API. */
export function twilioSender(account: TwilioAccount, channel: 'sms' | 'whatsapp'): ChannelSender {
  const client = twilioClient(account)
  const prefix = channel === 'whatsapp' ? 'whatsapp:' : ''
  return {
    async send(to, text) {
      try {
        const message = await client.messages.create({
          to: prefix + to,
          from: prefix + account.phoneNumber,
          body: text,
        })
        return { providerMessageId: message.sid }
      } catch (error) {
        if (error instanceof DeliveryError) throw error
        const { status, code } = error as { status?: number; code?: number }
        throw twilioDeliveryError(status, null, code)
      }
    },
  }
}
