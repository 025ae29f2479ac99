import pino from 'pino'
import type { Logger } from '../core'

/**
 * Structured JSON logs. The core never hands a logger an address, token or tip text; redaction is the
 * second line of defence should a field by one of those names ever reach it.
 */
export function createLogger(destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service: 'whistle' },
    redact: {
      paths: [
        'address',
        'from',
        'to',
        'text',
        'body',
        'token',
        'phone',
        'authorization',
        '*.address',
        '*.from',
        '*.to',
        '*.text',
        '*.body',
        '*.token',
        '*.phone',
        '*.authorization',
      ],
      censor: '[redacted]',
    },
  }
  return destination ? pino(options, destination) : pino(options)
}
