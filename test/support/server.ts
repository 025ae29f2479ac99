import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyEnv } from '../../src/crypto/keys'
import { loadSodium } from '../../src/crypto/sodium'

export const SERVER_TWILIO = {
  accountSid: `AC${'2'.repeat(32)}`,
  authToken: 'bench-auth-token',
  phoneNumber: '+15550002222',
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export interface ServerOptions {
  /** Keep the database and keys of an earlier run (a restart after a crash). */
  reuse?: { dir: string; keys: Record<string, string>; port: number }
  env?: Record<string, string>
}

/**
 * `npm start`'s command line, taken apart: its environment settings and the arguments it gives node
 * (the memory settings among them), so that the server under test runs exactly as operators start it.
 */
function npmStart(): { env: Record<string, string>; args: string[] } {
  const packageJson = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  const words: string[] = JSON.parse(packageJson).scripts.start.split(/\s+/)
  const node = words.indexOf('node')
  if (node < 0) throw new Error('npm start does not run node: the test server cannot start as it does')
  const env = words
    .slice(0, node)
    .map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)])
  return { env: Object.fromEntries(env), args: words.slice(node + 1) }
}

/** The real server (`npm start`) in its own process, on a fresh database, as production runs it. */
export async function startServerProcess(options: ServerOptions = {}) {
  const dir = options.reuse?.dir ?? mkdtempSync(join(tmpdir(), 'whistle-server-'))
  const port = options.reuse?.port ?? (await freePort())
  const keys = options.reuse?.keys ?? generateKeyEnv(await loadSodium()).env
  const url = `http://127.0.0.1:${port}`
  // One process (node itself, as npm start runs it) so that a SIGKILL reaches the server itself.
  const start = npmStart()
  const child: ChildProcess = spawn(process.execPath, start.args, {
    env: {
      ...process.env,
      ...start.env,
      ...keys,
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_PATH: join(dir, 'whistle.db'),
      TWILIO_ACCOUNT_SID: SERVER_TWILIO.accountSid,
      TWILIO_AUTH_TOKEN: SERVER_TWILIO.authToken,
      TWILIO_PHONE_NUMBER: SERVER_TWILIO.phoneNumber,
      TWILIO_API_BASE: 'http://127.0.0.1:9',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Whistle listening')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return {
    url,
    dir,
    keys,
    port,
    pid: child.pid as number,
    dbPath: join(dir, 'whistle.db'),
    /** SIGKILL: no shutdown code runs, as in a power cut or an OOM kill. */
    async kill() {
      child.kill('SIGKILL')
      await exited
    },
    async stop(options: { keepFiles?: boolean } = {}) {
      child.kill('SIGTERM')
      await exited
      if (!options.keepFiles) rmSync(dir, { recursive: true, force: true })
    },
  }
}
