import pino from 'pino'
import { D1_TARGETS, type D1Target, openD1FromNode } from '../runtime/d1-node'
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
 * `WHISTLE_D1=local|remote`: the command works on the county's D1 (Workers) instead of the SQLite file;
 * `WHISTLE_D1_PERSIST_TO` is wrangler's --persist-to for local, `WHISTLE_D1_ENV` the wrangler.toml
 * environment for remote (default `operator`).
 */
async function d1Store(env = process.env) {
  const target = env.WHISTLE_D1?.trim()
  if (!target) return {}
  if (!D1_TARGETS.includes(target as D1Target))
    throw new UsageError(`WHISTLE_D1 must be one of ${D1_TARGETS.join(', ')}`)
  return {
    store: await openD1FromNode(target as D1Target, {
      ...(env.WHISTLE_D1_PERSIST_TO ? { persistTo: env.WHISTLE_D1_PERSIST_TO } : {}),
      ...(env.WHISTLE_D1_ENV ? { environment: env.WHISTLE_D1_ENV } : {}),
    }),
  }
}

/**
 * Opens Whistle for one command and closes it after. Logs go to stderr so that stdout carries only
 * what the command prints (a token, JSON lines).
 */
export async function withWhistle<T>(
  fn: (whistle: NodeWhistle) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  const whistle = await openWhistle({
    log: createLogger(pino.destination(2)),
    ...(await d1Store()),
    ...options,
  })
  try {
    return await fn(whistle)
  } finally {
    await whistle.close()
  }
}
