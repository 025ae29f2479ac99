import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createApp } from '../../src/app'
import { voiceCommands } from '../../src/cli/voice'
import { consoleOptions } from '../../src/officer/console/routes'
import { hotlineOf } from '../../src/providers'
import { digitsIn } from '../support/voice'
import { type TestWhistle, TWILIO, testWhistle } from '../support/whistle'

let w: TestWhistle
let server: Server
let base: string
const savedToken = process.env.TWILIO_AUTH_TOKEN

beforeEach(async () => {
  w = await testWhistle()
  // A running server whose public URL is its own address, as `npm start` has it locally.
  let app: ReturnType<typeof createApp> | null = null
  server = createServer(getRequestListener((request) => (app as NonNullable<typeof app>).fetch(request)))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  app = createApp({
    core: w.core,
    twilio: { authToken: TWILIO.authToken, publicUrl: base },
    hotline: hotlineOf(w.config),
    console: consoleOptions(w.config),
  })
  process.env.TWILIO_AUTH_TOKEN = TWILIO.authToken
})
afterEach(async () => {
  process.env.TWILIO_AUTH_TOKEN = savedToken
  vi.restoreAllMocks()
  await new Promise((resolve) => server.close(resolve))
  w.cleanup()
})

async function simulate(...args: string[]) {
  const printed: string[] = []
  vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line))
  const code = await voiceCommands['simulate voice']?.run([...args, '--url', base])
  vi.restoreAllMocks()
  return { code, printed: printed.join('\n') }
}

it('`simulate voice` walks a signed call through a running server: a tip, then the status line', async () => {
  const tip = await simulate(
    '--from',
    '+8613900000002',
    '--school',
    '1001',
    '--transcript',
    'they said they will beat me up after school today',
  )
  expect(tip.code).toBe(0)
  const [ref] = digitsIn(tip.printed, 8)
  const [pin] = digitsIn(tip.printed, 6).filter((d) => !ref?.includes(d))
  const token = await w.token('off-01')
  const queue = await (
    await w.app.request('/api/v1/queue', { headers: { Authorization: `Bearer ${token}` } })
  ).json()
  expect(queue.cases).toEqual([expect.objectContaining({ ref, urgency: 'P1', channel: 'voice' })])

  const status = await simulate('--from', '+8613900000003', '--status', ref as string, '--pin', pin as string)
  expect(status.code).toBe(0)
  expect(status.printed).toContain('你的举报已经转给负责的民警')

  await expect(simulate('--from', '+8613900000002')).rejects.toThrow('--school CODE')
}, 20_000)
