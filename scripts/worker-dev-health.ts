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

export interface DevHealth {
  status: number
  body: unknown
  /** From start to the first healthy answer. */
  ms: number
}

export async function checkWorkerDevHealth(timeoutMs = 90_000): Promise<DevHealth> {
  const [port, inspectorPort] = [await freePort(), await freePort()]
  const state = mkdtempSync(join(tmpdir(), 'whistle-wrangler-'))
  const { env: keys } = generateKeyEnv(await loadSodium())
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
    state,
    '--show-interactive-dev-session=false',
    ...Object.entries(keys).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ])
  const started = Date.now()
  try {
    while (Date.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`wrangler dev exited ${child.exitCode}:\n${output()}`)
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`, {
          signal: AbortSignal.timeout(5_000),
        })
        if (response.status === 200) {
          return { status: response.status, body: await response.json(), ms: Date.now() - started }
        }
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`wrangler dev did not answer /health within ${timeoutMs} ms:\n${output()}`)
  } finally {
    await stopWrangler(child)
    rmSync(state, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const health = await checkWorkerDevHealth()
  console.log(
    `wrangler dev --local answered /health ${health.status} ${JSON.stringify(health.body)} after ${health.ms} ms`,
  )
}
