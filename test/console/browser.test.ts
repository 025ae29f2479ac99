import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ServerType, serve } from '@hono/node-server'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runDueJobs } from '../../src/jobs'
import { FakeTwilio, refIn, sendSms } from '../support/twilio'
import { type TestWhistle, testWhistle } from '../support/whistle'

/**
 * The console in a real browser against the real app on a real listening server. Debian's chromium is
 * required: without it this suite fails and says how to install it, rather than skipping.
 */
const CHROMIUM = '/usr/bin/chromium'
const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'console')
const CHILD = '+8613912345678'

let w: TestWhistle
let twilio: FakeTwilio
let server: ServerType
let base: string
let context: BrowserContext
let page: Page
let profile: string
const problems: string[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the console's browser tests need Debian's chromium. Install it with: apt-get update && apt-get install -y chromium`,
    )
  }
  mkdirSync(ARTIFACTS, { recursive: true })
  twilio = await new FakeTwilio().start()
  w = await testWhistle({ twilioApiBase: twilio.url, env: { TELEGRAM_BOT_USERNAME: 'QingheWhistleBot' } })
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: w.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  profile = mkdtempSync(join(tmpdir(), 'whistle-chromium-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  })
  page = context.pages()[0] ?? (await context.newPage())
  // A CSP violation or a script error shows as a console error; a failed load is checked by its response.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text())
  })
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${new URL(r.url()).pathname}`)
  })
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
}, 60_000)

afterAll(async () => {
  await context?.close()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  w?.cleanup()
  await twilio?.stop()
  if (profile) rmSync(profile, { recursive: true, force: true })
})

beforeEach(() => {
  problems.length = 0
})

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })

async function signIn(officerId: string) {
  await page.goto(`${base}/console`)
  expect(new URL(page.url()).pathname).toBe('/console/login')
  await page.fill('#token', await w.token(officerId))
  await page.click('button[type=submit]')
  await page.waitForURL(`${base}/console`)
}

async function signOut() {
  await page.click('form[action="/console/logout"] button')
  await page.waitForURL(`${base}/console/login`)
}

describe('the officer console in chromium', () => {
  it('an officer signs in, sees a new SMS case, acknowledges it and replies; the reply reaches the tipster', async () => {
    const ref = refIn((await sendSms(w.app, CHILD, '1001 昨天有人在厕所打人')).twiml) as string
    await page.goto(`${base}/console`)
    await shot('01-login')
    await signIn('off-01')
    await expect.poll(() => page.locator(`[data-ref="${ref}"]`).count()).toBe(1)
    await shot('02-queue')

    // A new case appears without a reload: the page's own script polls the queue.
    await page.evaluate(() => {
      ;(window as unknown as { notReloaded: boolean }).notReloaded = true
    })
    const urgent = refIn(
      (await sendSms(w.app, '+8613900000009', '1001 他今天放学后要拿刀捅我')).twiml,
    ) as string
    await page.locator(`[data-ref="${urgent}"]`).waitFor({ timeout: 25_000 })
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    const order = await page
      .locator('[data-ref]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-ref')))
    expect(order).toEqual([urgent, ref])
    await shot('03-queue-live')

    await page.click(`[data-ref="${ref}"] a`)
    await page.waitForURL(`${base}/console/cases/${ref}`)
    await expect
      .poll(() => page.locator('.msg.in .text').first().textContent())
      .toBe('1001 昨天有人在厕所打人')
    await shot('04-case')
    await page.click('button.ack')
    await page.waitForURL(`${base}/console/cases/${ref}`)
    expect(await page.locator('strong').first().textContent()).toBe('已签收')
    await page.fill('#reply', '你好，我是学校民警，明天会去学校了解情况。')
    await page.click('form[action$="/reply"] button')
    await page.waitForURL(`${base}/console/cases/${ref}`)
    await shot('05-case-replied')
    await runDueJobs(w.core, w.clients)
    expect(twilio.messages.filter((m) => m.to === CHILD).map((m) => m.body)).toContain(
      '你好，我是学校民警，明天会去学校了解情况。',
    )

    // English, with the switch in the header.
    await page.click('form[action="/console/locale"] button')
    await page.waitForURL(`${base}/console/cases/${ref}`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await shot('06-case-english')
    await page.click('form[action="/console/locale"] button')

    await signOut()
    await signIn('off-02')
    const refused = await page.goto(`${base}/console/cases/${ref}`)
    expect(refused?.status()).toBe(404)
    expect(await page.content()).not.toContain('昨天有人在厕所打人')
    await shot('07-other-officer-404')
    await signOut()
    expect(problems).toEqual([`404 /console/cases/${ref}`])
  }, 90_000)

  it('shows a tip carrying a script as text, and runs nothing of it', async () => {
    const tip = '1001 <script>window.pwned = 1; alert(1)</script><img src=x onerror="window.pwned = 2">'
    const ref = refIn((await sendSms(w.app, '+8613900000011', tip)).twiml) as string
    await signIn('off-01')
    await page.goto(`${base}/console/cases/${ref}`)
    expect(await page.locator('.msg.in .text').first().textContent()).toBe(tip)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    expect(await page.locator('main script, main img').count()).toBe(0)
    await shot('08-script-tip-as-text')
    await signOut()
    expect(problems).toEqual([])
  }, 60_000)

  it('the supervisor’s report page draws its charts; the duty desk and the poster render', async () => {
    await signIn('admin')
    await page.goto(`${base}/console/supervisor`)
    for (const id of ['chart-urgency', 'chart-category', 'chart-ack']) {
      const chart = page.locator(`svg#${id}`)
      expect(await chart.count(), id).toBe(1)
      expect((await chart.boundingBox())?.width, id).toBeGreaterThan(300)
    }
    expect(await page.locator('svg#chart-urgency rect').count()).toBeGreaterThan(3)
    await shot('09-supervisor')
    await page.goto(`${base}/console/desk`)
    await shot('10-desk')
    await page.goto(`${base}/console/schools/qh-001/poster`)
    expect(await page.locator('svg.qr-code').count()).toBe(2)
    await page.setViewportSize({ width: 794, height: 1123 })
    await shot('11-poster-a4')
    await page.setViewportSize({ width: 390, height: 844 })
    expect(problems).toEqual([])
  }, 60_000)
})
