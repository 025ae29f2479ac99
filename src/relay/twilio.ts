import twilio from 'twilio'
import type RequestClient from 'twilio/lib/base/RequestClient'
import type TwilioResponse from 'twilio/lib/http/response'
import { type ChannelSender, DeliveryError, PROVIDER_TIMEOUT_MS } from './deliver'

export interface TwilioAccount {
  accountSid: string
  authToken: string
  phoneNumber: string
  /** Where REST calls go instead of Twilio's own hosts (tests point it at a local fake). */
  apiBase?: string
  /** How long one REST call may take (PROVIDER_TIMEOUT_MS unless a test shortens it). */
  timeoutMs?: number
}

/** Twilio's HTTP client, sending to `apiBase` when one is set and keeping the answer's Retry-After. */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(
    private readonly apiBase: string | undefined,
    timeoutMs = PROVIDER_TIMEOUT_MS,
  ) {
    super({ timeout: timeoutMs })
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<TwilioResponse<TData>> {
    let uri = opts.uri
    if (this.apiBase) {
      const original = new URL(uri)
      uri = new URL(original.pathname + original.search, this.apiBase).href
    }
    let response: TwilioResponse<TData>
    try {
      response = await super.request<TData>({ ...opts, uri })
    } catch (error) {
      throw new DeliveryError(`Twilio unreachable (${(error as { code?: string }).code ?? 'network'})`, true)
    }
    if (response.statusCode === 429 || response.statusCode >= 500) {
      const retryAfter = Number(response.headers?.['retry-after'])
      throw new DeliveryError(
        `Twilio answered ${response.statusCode}`,
        true,
        Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
      )
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
        const status = (error as { status?: number }).status
        const code = (error as { code?: number }).code
        throw new DeliveryError(
          `Twilio refused the message (${status ?? 'error'}${code ? ` ${code}` : ''})`,
          false,
        )
      }
    },
  }
}
