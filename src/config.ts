import { z } from 'zod'
import type { TelegramBotConfig } from './relay/telegram'
import type { TwilioAccount } from './relay/twilio-rest'

const optional = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional()

const envSchema = z.object({
  NODE_ENV: optional,
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  PUBLIC_URL: optional.pipe(z.string().url().optional()),
  DATABASE_PATH: z.string().default('./data/whistle.db'),
  TWILIO_ACCOUNT_SID: optional,
  TWILIO_AUTH_TOKEN: optional,
  TWILIO_PHONE_NUMBER: optional,
  TWILIO_API_BASE: optional.pipe(z.string().url().optional()),
  TELEGRAM_BOT_TOKEN: optional,
  // Telegram allows 1-256 characters A-Z, a-z, 0-9, _ and - in a webhook secret token.
  TELEGRAM_WEBHOOK_SECRET: optional.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/)
      .optional(),
  ),
  TELEGRAM_API_ROOT: optional.pipe(z.string().url().optional()),
  TELEGRAM_BOT_USERNAME: optional.pipe(
    z
      .string()
      .regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/)
      .transform((v) => v.replace(/^@/, ''))
      .optional(),
  ),
  DUTY_DESK_PHONE: optional.pipe(
    z
      .string()
      .regex(/^\+[1-9]\d{5,14}$/, 'E.164')
      .optional(),
  ),
  P1_ACK_MINUTES: z.coerce.number().positive().max(1440).default(10),
  CRISIS_LINE: z.string().trim().min(3).max(32).default('12356'),
  RELAY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  ESCROW_RETENTION_DAYS: z.coerce.number().int().min(1).max(36500).default(365),
  REPORT_UTC_OFFSET_MINUTES: z.coerce.number().int().min(-720).max(840).default(480),
})

export interface Config {
  production: boolean
  port: number
  publicUrl: string
  databasePath: string
  twilio: TwilioAccount | null
  /** The bot's username, for the t.me deep links on school posters. */
  telegramBotUsername: string | null
  /** Null without TELEGRAM_BOT_TOKEN: the Telegram webhook answers 503 and says why. */
  telegram: TelegramBotConfig | null
  dutyDeskPhone: string | null
  p1AckMinutes: number
  crisisLine: string
  relayRetentionDays: number
  escrowRetentionDays: number
  reportUtcOffsetMinutes: number
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** The environment, validated once at the edge. Errors name the variable, never its value. */
export function readConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))]
    throw new ConfigError(`invalid environment: ${names.join(', ')}`)
  }
  const e = parsed.data
  const twilioParts = [e.TWILIO_ACCOUNT_SID, e.TWILIO_AUTH_TOKEN, e.TWILIO_PHONE_NUMBER]
  return {
    production: e.NODE_ENV === 'production',
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    databasePath: e.DATABASE_PATH,
    twilio: twilioParts.every(Boolean)
      ? {
          accountSid: e.TWILIO_ACCOUNT_SID as string,
          authToken: e.TWILIO_AUTH_TOKEN as string,
          phoneNumber: e.TWILIO_PHONE_NUMBER as string,
          ...(e.TWILIO_API_BASE ? { apiBase: e.TWILIO_API_BASE } : {}),
        }
      : null,
    telegramBotUsername: e.TELEGRAM_BOT_USERNAME ?? null,
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          botToken: e.TELEGRAM_BOT_TOKEN,
          webhookSecret: e.TELEGRAM_WEBHOOK_SECRET ?? null,
          ...(e.TELEGRAM_API_ROOT ? { apiRoot: e.TELEGRAM_API_ROOT } : {}),
        }
      : null,
    dutyDeskPhone: e.DUTY_DESK_PHONE ?? null,
    p1AckMinutes: e.P1_ACK_MINUTES,
    crisisLine: e.CRISIS_LINE,
    relayRetentionDays: e.RELAY_RETENTION_DAYS,
    escrowRetentionDays: e.ESCROW_RETENTION_DAYS,
    reportUtcOffsetMinutes: e.REPORT_UTC_OFFSET_MINUTES,
  }
}
