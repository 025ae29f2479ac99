import { readFileSync } from 'node:fs'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import twilio from 'twilio'
import { defineConfig } from 'vitest/config'
import { wranglerEnv } from './scripts/wrangler'
import { fromBase64, toBase64 } from './src/crypto/encoding'
import { generateKeyEnv } from './src/crypto/keys'
import { loadSodium } from './src/crypto/sodium'
import { FakeTwilio, TWILIO } from './test/support/fake-twilio'

/** Where the Worker's Twilio sender is pointed; the outbound service answers it with the fake. */
const TWILIO_API_BASE = 'https://twilio.fake'
const PUBLIC_URL = 'https://whistle.example.org'
/** A Bot API stand-in for the Telegram client inside workerd: it answers sendMessage and echoes it. */
const TELEGRAM_API_ROOT = 'https://telegram.fake'
async function fakeBotApi(request: Request): Promise<Response> {
  const method = new URL(request.url).pathname.split('/').pop()
  if (method !== 'sendMessage')
    return Response.json({ ok: false, error_code: 404, description: 'Not Found' }, { status: 404 })
  const body = (await request.json()) as { chat_id: string; text: string }
  return Response.json({
    ok: true,
    result: { message_id: 77, chat: { id: Number(body.chat_id) }, text: body.text },
  })
}
// Relative to the project root, where vitest runs: this file is bundled elsewhere before it runs.
const DEMO_COUNTY = 'fixtures/demo-county'

/**
 * Tests inside workerd (test/worker/), against a local D1 with the drizzle-kit migrations, the real
 * Worker entry (src/runtime/worker.ts via wrangler.toml), and, on the Node side of the pool:
 * - a fake Twilio as the Worker's outbound service (nothing leaves the machine), and
 * - NODE_REFERENCE, a service binding to reference implementations that only run on Node: libsodium
 *   (it opens what noble sealed in workerd, and seals for noble to open) and the twilio library's
 *   request signing (so the Worker is tested against Twilio's own signature, not its own).
 */
export default defineConfig(async () => {
  Object.assign(process.env, wranglerEnv())
  // Only what imports none of the app is imported above: this file is loaded by vite, outside the
  // project's TSX settings.
  const sodium = await loadSodium()
  const keys = generateKeyEnv(sodium)
  const fakeTwilio = new FakeTwilio()

  async function reference(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url)
    const input = (await request.json()) as Record<string, string>
    const bytes = (name: string) => fromBase64(input[name] ?? '')
    if (pathname === '/sodium/sealed-box-open') {
      const plain = sodium.sealedBoxOpen(bytes('publicKey'), bytes('secretKey'), bytes('sealed'))
      return Response.json({ plain: plain && toBase64(plain) })
    }
    if (pathname === '/sodium/secretbox-open') {
      const plain = sodium.secretboxOpen(bytes('key'), bytes('sealed'))
      return Response.json({ plain: plain && toBase64(plain) })
    }
    if (pathname === '/sodium/seal') {
      return Response.json({
        secretbox: toBase64(sodium.secretboxSeal(bytes('key'), bytes('message'))),
        sealedBox: toBase64(sodium.sealedBoxSeal(bytes('publicKey'), bytes('message'))),
      })
    }
    if (pathname === '/twilio/signature') {
      const { url, params } = input as unknown as { url: string; params: Record<string, string> }
      return Response.json({ signature: twilio.getExpectedTwilioSignature(TWILIO.authToken, url, params) })
    }
    return new Response('no such reference', { status: 404 })
  }

  return {
    plugins: [
      cloudflareTest({
        main: './src/runtime/worker.ts',
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            ...keys.env,
            ESCROW_SECRET_KEY: keys.escrowSecretKey,
            PUBLIC_URL,
            TWILIO_ACCOUNT_SID: TWILIO.accountSid,
            TWILIO_AUTH_TOKEN: TWILIO.authToken,
            TWILIO_PHONE_NUMBER: TWILIO.phoneNumber,
            TWILIO_API_BASE,
            LOG_LEVEL: 'error',
            TEST_MIGRATIONS: await readD1Migrations('./migrations'),
            DEMO_OFFICERS_CSV: readFileSync(`${DEMO_COUNTY}/officers.csv`, 'utf8'),
            DEMO_SCHOOLS_CSV: readFileSync(`${DEMO_COUNTY}/schools.csv`, 'utf8'),
          },
          serviceBindings: { NODE_REFERENCE: reference },
          outboundService: (request: Request) =>
            request.url.startsWith(TWILIO_API_BASE)
              ? fakeTwilio.fetch(request)
              : request.url.startsWith(TELEGRAM_API_ROOT)
                ? fakeBotApi(request)
                : new Response('offline: only the fake Twilio and Bot API answer', { status: 502 }),
        },
      }),
    ],
    test: {
      include: ['test/worker/**/*.test.ts'],
      testTimeout: 30_000,
    },
  }
})
