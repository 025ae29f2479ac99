import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyEnv } from '../src/crypto/keys'
import { loadSodium } from '../src/crypto/sodium'

export const BENCH_TWILIO = {
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

/** The real server (`npm start`'s code) in its own process, on a fresh database, as production runs it. */
export async function startBenchServer(extraEnv: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'whistle-bench-'))
  const port = await freePort()
  const keys = generateKeyEnv(await loadSodium())
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn('node_modules/.bin/tsx', ['src/server.ts'], {
    env: {
      ...process.env,
      ...keys.env,
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_PATH: join(dir, 'whistle.db'),
      TWILIO_ACCOUNT_SID: BENCH_TWILIO.accountSid,
      TWILIO_AUTH_TOKEN: BENCH_TWILIO.authToken,
      TWILIO_PHONE_NUMBER: BENCH_TWILIO.phoneNumber,
      TWILIO_API_BASE: 'http://127.0.0.1:9',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Whistle listening')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  return {
    url,
    pid: child.pid as number,
    dbPath: join(dir, 'whistle.db'),
    async stop() {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
