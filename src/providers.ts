import type { AppOptions } from './app'
import { twilioEvidenceFetcher } from './channels/twilio/evidence'
import type { Config } from './config'
import type { Core, CoreConfig } from './core'
import type { ProviderClients } from './jobs'
import { consoleOptions } from './officer/console/routes'
import type { ChannelSender } from './relay/deliver'
import { telegramEvidenceFetcher, telegramSender } from './relay/telegram'
import type { TwilioAccount } from './relay/twilio-rest'

/** The core's settings from the validated environment. */
export function coreConfigOf(config: Config): CoreConfig {
  return {
    crisisLine: config.crisisLine,
    p1AckMinutes: config.p1AckMinutes,
    defaultLanguage: 'zh-Hans',
    relayRetentionDays: config.relayRetentionDays,
    escrowRetentionDays: config.escrowRetentionDays,
    reportUtcOffsetMinutes: config.reportUtcOffsetMinutes,
  }
}

/** The hotline's numbers when Twilio is configured: its own, and the duty desk's for "danger now". */
export function hotlineOf(config: Config) {
  return config.twilio
    ? { hotlineNumber: config.twilio.phoneNumber, dutyDeskPhone: config.dutyDeskPhone }
    : null
}

/** Everything createApp needs besides the core, from the validated environment: the same on every runtime. */
export function appOptions(core: Core, config: Config): AppOptions {
  return {
    core,
    twilio: config.twilio ? { authToken: config.twilio.authToken, publicUrl: config.publicUrl } : null,
    console: consoleOptions(config),
    hotline: hotlineOf(config),
    telegram: config.telegram,
  }
}

/**
 * The ways out to the configured providers. Only sending SMS differs by runtime (the twilio library on
 * Node, plain fetch on Workers), so the runtime passes that in.
 */
export function providerClients(
  config: Config,
  twilioSender: (account: TwilioAccount, channel: 'sms' | 'whatsapp') => ChannelSender,
): ProviderClients {
  return {
    senders: {
      ...(config.twilio
        ? { sms: twilioSender(config.twilio, 'sms'), whatsapp: twilioSender(config.twilio, 'whatsapp') }
        : {}),
      ...(config.telegram ? { telegram: telegramSender(config.telegram) } : {}),
    },
    evidence: {
      ...(config.twilio ? { twilio: twilioEvidenceFetcher(config.twilio) } : {}),
      ...(config.telegram ? { telegram: telegramEvidenceFetcher(config.telegram) } : {}),
    },
  }
}
