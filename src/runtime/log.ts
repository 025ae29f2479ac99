import pino from 'pino'
import type { Logger } from '../core'
import { REDACTED_FIELDS, REDACTION_CENSOR } from './redact'

/** Structured JSON logs on Node, with the shared redaction. */
export function createLogger(destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service: 'whistle' },
    redact: {
      paths: [...REDACTED_FIELDS, ...REDACTED_FIELDS.map((f) => `*.${f}`)],
      censor: REDACTION_CENSOR,
    },
  }
  return destination ? pino(options, destination) : pino(options)
}
