import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'whistle-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The real command line, as an operator runs it. */
async function whistle(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], {
      env: { ...process.env, DATABASE_PATH: join(dir, 'cli.db'), ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('the whistle command', { timeout: 90_000 }, () => {
  it('generates keys, with the escrow secret only in its own file', async () => {
    const out = join(dir, 'escrow.key')
    const result = await whistle(['keys', 'generate', '--escrow-out', out])
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines.map((l) => l.split('=')[0])).toEqual([
      'IDENTITY_INDEX_KEY',
      'RELAY_KEY',
      'CONTENT_KEY',
      'ESCROW_PUBLIC_KEY',
    ])
    const secret = readFileSync(out, 'utf8').trim()
    expect(Buffer.from(secret, 'base64')).toHaveLength(32)
    expect(result.stdout).not.toContain(secret)
  })

  it('imports the county, issues a token on stdout alone, and refuses unknown officers', async () => {
    expect((await whistle(['officers', 'import', 'fixtures/demo-county/officers.csv'])).stdout).toContain(
      '15 created',
    )
    expect((await whistle(['schools', 'import', 'fixtures/demo-county/schools.csv'])).stdout).toContain(
      '30 created',
    )
    const token = await whistle(['officers', 'token', 'off-01'])
    expect(token.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+$/)
    expect((await whistle(['officers', 'token', 'nobody'])).code).toBe(1)
    expect((await whistle(['audit', 'verify'])).stdout).toMatch(/intact: \d+ events/)
  })

  it('refuses to start in production without keys, naming what is missing', async () => {
    const result = await whistle(['jobs', 'run'], { NODE_ENV: 'production' })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('IDENTITY_INDEX_KEY')
  })

  it('explains its usage', async () => {
    const result = await whistle(['nonsense'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('officers token')
  })
  it('stops quietly when its reader stops early, as `whistle triage … | head -1` does', async () => {
    const child = spawn(
      'node_modules/.bin/tsx',
      ['src/cli/main.ts', 'triage', '--schools', 'fixtures/demo-county/schools.csv'],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    )
    const stderr: Buffer[] = []
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    const tip = `${JSON.stringify({ id: 1, channel: 'sms', text: '1001 有人在厕所打人' })}\n`
    child.stdin.on('error', () => {})
    child.stdin.end(tip.repeat(50_000))
    // The first answer read, the reader goes away: the pipe is closed on the command mid-stream.
    await once(child.stdout, 'data')
    child.stdout.destroy()
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(code).toBe(0)
    expect(Buffer.concat(stderr).toString()).not.toContain('EPIPE')
  })
})
