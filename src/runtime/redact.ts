/**
 * Field names whose values a log line must never carry, at the top level or one level down. The core
 * never hands a logger an address, token or tip text; this is the second line of defence should a
 * field by one of these names ever reach it.
 */
export const REDACTED_FIELDS = [
  'address',
  'from',
  'to',
  'text',
  'body',
  'token',
  'phone',
  'authorization',
] as const

export const REDACTION_CENSOR = '[redacted]'
