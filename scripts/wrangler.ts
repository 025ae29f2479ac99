import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
const WRANGLER = fileURLToPath(new URL('../node_modules/.bin/wrangler', import.meta.url))

/**
 * The environment wrangler and miniflare need to work offline (no telemetry, no Cloudflare lookups),
 * over the caller's: what CI exports, applied here too so `npm test` is the same on a laptop.
 */
export const wranglerEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  ...process.env,
  ...extra,
})

/** Starts the project's wrangler with `args` in the project root; output is kept for error messages. */
export function startWrangler(args: string[]): { child: ChildProcess; output: () => string } {
  let output = ''
  // Its own process group, so stopping it also stops the workerd it starts.
  const child = spawn(WRANGLER, args, {
    cwd: ROOT,
    env: wranglerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  return { child, output: () => output }
}

/** Stops a wrangler started here and everything it started; resolves once it has exited. */
export function stopWrangler(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(-child.pid, 'SIGTERM')
  const forced = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000)
  return exited.finally(() => clearTimeout(forced))
}

/** Runs wrangler to the end; rejects with its output when it fails. */
export function runWrangler(args: string[]): Promise<string> {
  const { child, output } = startWrangler(args)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(output()) : reject(new Error(`wrangler ${args[0]} exited ${code}:\n${output()}`)),
    )
  })
}
