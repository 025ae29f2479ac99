import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { telegramCommands } from '../../src/cli/telegram'
import * as schema from '../../src/store/schema'
import { FakeTelegram, messageUpdate, postUpdate, TELEGRAM, telegramEnv } from '../support/telegram'
import { PUBLIC_URL, type TestWhistle, testWhistle } from '../support/whistle'

let w: TestWhistle
let tg: FakeTelegram
const saved = { ...process.env }

beforeEach(async () => {
  tg = await new FakeTelegram().start()
  w = await testWhistle({ env: telegramEnv(tg.url) })
  // The commands read the environment as an operator's shell would have it.
  Object.assign(process.env, w.env, { LOG_LEVEL: 'silent' })
})
afterEach(async () => {
  process.env = { ...saved }
  vi.restoreAllMocks()
  w.cleanup()
  await tg.stop()
})

const command = (name: string) => {
  const found = telegramCommands[name]
  if (!found) throw new Error(`no command ${name}`)
  return found
}

describe('whistle telegram set-webhook', () => {
  it('registers the webhook with the secret and the update types, and the bot’s profile in zh and en', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    expect(await command('telegram set-webhook').run([])).toBe(0)
    expect(tg.sent('setWebhook')).toEqual([
      {
        url: `${PUBLIC_URL}/webhooks/telegram`,
        secret_token: TELEGRAM.webhookSecret,
        allowed_updates: ['message', 'callback_query'],
        max_connections: 40,
      },
    ])
    const commands = tg.sent('setMyCommands')
    expect(commands.map((c) => c.language_code)).toEqual([undefined, 'zh'])
    expect(commands[1]?.commands).toContainEqual({ command: 'status', description: '查看我的举报进展' })
    expect(tg.sent('setMyDescription').map((c) => c.language_code)).toEqual([undefined, 'zh'])
    expect(tg.sent('setMyShortDescription')).toHaveLength(2)
  })

  it('refuses without a secret or an https PUBLIC_URL', async () => {
    process.env.PUBLIC_URL = 'http://localhost:8787'
    await expect(command('telegram set-webhook').run([])).rejects.toThrow(/https/)
    delete process.env.TELEGRAM_WEBHOOK_SECRET
    await expect(command('telegram set-webhook').run([])).rejects.toThrow(/TELEGRAM_WEBHOOK_SECRET/)
    expect(tg.sent('setWebhook')).toEqual([])
  })
})

describe('whistle officers link and simulate telegram', () => {
  it('give an officer a code that links their chat, and post updates as Telegram would', async () => {
    const printed: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await command('officers link').run(['off-03'])).toBe(0)
    const code = printed[0] as string
    expect(code).toMatch(/^[A-Z2-9]{10}$/)
    await postUpdate(w.app, messageUpdate(4_400_000_001, { text: `/start link-${code}` }))
    const [officer] = await w.core.store.db
      .select()
      .from(schema.officers)
      .where(eq(schema.officers.id, 'off-03'))
    expect(officer?.telegramChatId).toBe('4400000001')

    const server = serve({ fetch: w.app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      expect(
        await command('simulate telegram').run(['--chat', '5500000001', '--url', url, '1003 有人打我']),
      ).toBe(0)
      expect(printed.at(-1)).toMatch(/^200 /)
      const [tip] = await w.core.store.db.select().from(schema.cases)
      expect(tip).toMatchObject({ schoolId: 'qh-003', channel: 'telegram' })
      process.env.TELEGRAM_WEBHOOK_SECRET = 'not-the-servers-secret'
      expect(await command('simulate telegram').run(['--chat', '5500000001', '--url', url, 'again'])).toBe(1)
      expect(printed.at(-1)).toMatch(/^403 /)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
