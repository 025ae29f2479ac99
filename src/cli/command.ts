import pino from 'pino'
import { createLogger } from '../runtime/log'
import { type NodeWhistle, type OpenOptions, openWhistle } from '../runtime/node'

/** A command-line mistake: printed as it is, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface Command {
  /** One line for the usage text: the arguments, two or more spaces, then what it does. */
  usage: string
  run(args: string[]): Promise<number>
}

export type Commands = Record<string, Command>

/**
 * Opens Whistle for one command and closes it after. Logs go to stderr so that stdout carries only
 * what the command prints (a token, JSON lines).
 */
export async function withWhistle<T>(
  fn: (whistle: NodeWhistle) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  const whistle = await openWhistle({ log: createLogger(pino.destination(2)), ...options })
  try {
    return await fn(whistle)
  } finally {
    whistle.close()
  }
}
