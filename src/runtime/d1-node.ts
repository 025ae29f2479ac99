import { join } from 'node:path'
import type { AnyD1Database } from 'drizzle-orm/d1'
import { openD1Store } from './d1'
import type { ClosableStore } from './node'

export const D1_TARGETS = ['local', 'remote'] as const
export type D1Target = (typeof D1_TARGETS)[number]

/**
 * A county's D1 reached from Node through wrangler, so the operator's CLI commands (imports, tokens,
 * audit verify, jobs) work on a Workers deployment unchanged. `local` is the database
 * `wrangler dev --local` serves (.wrangler/state, or `persistTo` as given to its --persist-to); `remote` is the deployed one, through
 * wrangler.toml's `operator` environment, or another named one (its D1 binding is marked remote;
 * `wrangler login` first).
 */
export async function openD1FromNode(
  target: D1Target,
  options: { persistTo?: string; environment?: string } = {},
): Promise<ClosableStore> {
  const { persistTo, environment = 'operator' } = options
  // wrangler is a development tool: loaded only when a command asks for D1.
  const { getPlatformProxy } = await import('wrangler')
  const proxy = await getPlatformProxy<{ DB?: AnyD1Database }>(
    target === 'remote'
      ? { environment, remoteBindings: true }
      : // wrangler's --persist-to DIR keeps its state in DIR/v3, where the proxy expects its path.
        { remoteBindings: false, ...(persistTo ? { persist: { path: join(persistTo, 'v3') } } : {}) },
  )
  if (!proxy.env.DB) {
    await proxy.dispose()
    throw new Error('wrangler.toml has no D1 binding named DB')
  }
  return { ...openD1Store(proxy.env.DB), close: () => proxy.dispose() }
}
