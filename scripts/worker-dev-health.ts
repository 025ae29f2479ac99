/**
 * Starts `wrangler dev --local` offline on a free port with fresh keys and an empty local D1, waits
 * for GET /health to answer 200, and stops it. `npm test` runs it (test/worker-dev.test.ts); run it
 * alone with `npx tsx scripts/worker-dev-health.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateKeyEnv } from '../src/crypto/keys'
import { loadSodium } from '../src/crypto/sodium'
import { startWrangler, stopWrangler } from './wrangler'

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

export interface WorkerDev {
  url: string
  /** From start to the first healthy answer. */
  startedInMs: number
  stop(): Promise<void>
}

/**
 * `wrangler dev --local` with its local D1 in `persistTo` and `vars` as plain variables (keys too: it is
 * local), answering /health before this resolves.
 */
export async function startWorkerDev(
  persistTo: string,
  vars: Record<string, string>,
  timeoutMs = 90_000,
): Promise<WorkerDev> {
  const [port, inspectorPort] = [await freePort(), await freePort()]
  const { child, output } = startWrangler([
    'dev',
    '--local',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    persistTo,
    '--show-interactive-dev-session=false',
    ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ])
  const url = `http://127.0.0.1:${port}`
  const started = Date.now()
  const stop = () => stopWrangler(child)
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) })
      if (response.status === 200) return { url, startedInMs: Date.now() - started, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`wrangler dev did not answer /health within ${timeoutMs} ms:\n${output()}`)
}

/** Fresh keys, an empty local D1: does the Worker come up and answer /health? */
export async function checkWorkerDevHealth(): Promise<{ status: number; body: unknown; ms: number }> {
  const state = mkdtempSync(join(tmpdir(), 'whistle-wrangler-'))
  try {
    const dev = await startWorkerDev(state, generateKeyEnv(await loadSodium()).env)
    try {
      const response = await fetch(`${dev.url}/health`)
      return { status: response.status, body: await response.json(), ms: dev.startedInMs }
    } finally {
      await dev.stop()
    }
  } finally {
    rmSync(state, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const health = await checkWorkerDevHealth()
  console.log(
    `wrangler dev --local answered /health ${health.status} ${JSON.stringify(health.body)} after ${health.ms} ms`,
  )
}
