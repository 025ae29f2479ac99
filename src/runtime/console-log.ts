import type { Logger } from '../core'
import { REDACTED_FIELDS, REDACTION_CENSOR } from './redact'

const LEVELS = { info: 30, warn: 40, error: 50 } as const
type Level = keyof typeof LEVELS

const redacted = new Set<string>(REDACTED_FIELDS)

/** The same redaction as pino's on Node: named fields at the top level and one level down. */
function redact(fields: object): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(fields)) {
    if (redacted.has(name)) out[name] = REDACTION_CENSOR
    else if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
      out[name] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, redacted.has(k) ? REDACTION_CENSOR : v]),
      )
    } else out[name] = value
  }
  return out
}

/**
 * Structured JSON lines on `console`, shaped as pino's (level number, time, msg), for runtimes without
 * pino (Workers, where console output is the log stream).
 */
export function consoleLogger(minLevel: string | undefined = 'info', write = console.log): Logger {
  const threshold = LEVELS[(minLevel as Level) in LEVELS ? (minLevel as Level) : 'info']
  const line = (level: Level) => (fields: object, message?: string) => {
    if (LEVELS[level] < threshold) return
    write(
      JSON.stringify({
        level: LEVELS[level],
        time: Date.now(),
        service: 'whistle',
        ...redact(fields),
        msg: message,
      }),
    )
  }
  return { info: line('info'), warn: line('warn'), error: line('error') }
}
