import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { checkWorkerDevHealth, startWorkerDev } from '../scripts/worker-dev-health'
import { ROOT, runWrangler } from '../scripts/wrangler'
import { operatorCommands } from '../src/cli/operator'
import { generateKeyEnv } from '../src/crypto/keys'
import { loadSodium } from '../src/crypto/sodium'
import { refIn, smsParams, twilioRequest } from './support/twilio'
import { PUBLIC_URL, TWILIO } from './support/whistle'

it('wrangler dev --local starts offline and answers /health from its local D1', async () => {
  const health = await checkWorkerDevHealth()
  expect(health).toMatchObject({ status: 200, body: { ok: true } })
}, 120_000)

const operatorKeys = generateKeyEnv(await loadSodium()).env
let state: string
beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'whistle-operator-'))
})
afterEach(() => rmSync(state, { recursive: true, force: true }))

/**
 * The operator's commands, pointed at the local D1 as they would be at the deployed one
 * (WHISTLE_D1=remote). Run in this process: the same command code, without loading wrangler each time.
 */
async function whistle(name: string, ...args: string[]) {
  const command = operatorCommands[name]
  if (!command) throw new Error(`no command ${name}`)
  const printed: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line))
  vi.stubEnv('WHISTLE_D1', 'local')
  vi.stubEnv('WHISTLE_D1_PERSIST_TO', state)
  vi.stubEnv('DATABASE_PATH', join(state, 'unused.db'))
  for (const [key, value] of Object.entries(operatorKeys)) vi.stubEnv(key, value)
  try {
    expect(await command.run(args)).toBe(0)
  } finally {
    log.mockRestore()
    vi.unstubAllEnvs()
  }
  return printed.join('\n')
}

it('takes a county the operator’s way: migrations, imports and a token through the CLI, then the Worker routes a tip', async () => {
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state])
  await whistle('officers import', join(ROOT, 'fixtures/demo-county/officers.csv'))
  await whistle('schools import', join(ROOT, 'fixtures/demo-county/schools.csv'))
  const token = await whistle('officers token', 'off-01')
  expect(token).toMatch(/^[\w-]+\.[\w-]+$/)

  const dev = await startWorkerDev(state, {
    ...operatorKeys,
    PUBLIC_URL,
    TWILIO_ACCOUNT_SID: TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: TWILIO.authToken,
    TWILIO_PHONE_NUMBER: TWILIO.phoneNumber,
  })
  try {
    // A tip as Twilio sends it, signed for the public URL, to the bundle wrangler built.
    const params = smsParams('+8613912345678', '1001 有人在厕所打人')
    const signed = twilioRequest('/webhooks/twilio/sms', params)
    const sms = await fetch(`${dev.url}/webhooks/twilio/sms`, {
      method: 'POST',
      headers: signed.headers,
      body: await signed.text(),
    })
    expect(sms.status).toBe(200)
    const ref = refIn(await sms.text())
    expect(ref).toMatch(/^\d{8}$/)

    const queue = await fetch(`${dev.url}/api/v1/queue`, { headers: { Authorization: `Bearer ${token}` } })
    expect(queue.status).toBe(200)
    expect(await queue.json()).toMatchObject({
      cases: [expect.objectContaining({ ref, schoolId: 'qh-001' })],
    })
    const wrong = await fetch(`${dev.url}/api/v1/queue`, { headers: { Authorization: `Bearer ${token}x` } })
    expect(wrong.status).toBe(401)
  } finally {
    await dev.stop()
  }
  expect(await whistle('audit verify')).toMatch(/intact|ok/i)
}, 180_000)
