import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newId } from '../../src/core'
import { evidenceWrites } from '../../src/intake/evidence'
import { runDueJobs } from '../../src/jobs'
import { SESSION_HOURS } from '../../src/officer/console/session'
import * as schema from '../../src/store/schema'
import { FakeTwilio, refIn, sendSms } from '../support/twilio'
import { type TestWhistle, testWhistle } from '../support/whistle'
import { ConsoleClient } from './support'

const CHILD = '+8613912345678'
const SCRIPT_TIP = '1001 <script>alert("x")</script><img src=x onerror=alert(1)> 有人打我'

let w: TestWhistle
let twilio: FakeTwilio
let browser: ConsoleClient

beforeEach(async () => {
  twilio = await new FakeTwilio().start()
  w = await testWhistle({ twilioApiBase: twilio.url, env: { TELEGRAM_BOT_USERNAME: 'QingheWhistleBot' } })
  browser = new ConsoleClient(w)
})
afterEach(async () => {
  w.cleanup()
  await twilio.stop()
})

const tip = async (text: string, from = CHILD) => refIn((await sendSms(w.app, from, text)).twiml) as string
const caseRow = async (ref: string) =>
  (await w.core.store.db.select().from(schema.cases).where(eq(schema.cases.ref, ref)))[0]

describe('signing in', () => {
  it('turns a valid token into an HttpOnly, SameSite=Strict, Secure session cookie whose secret is stored hashed', async () => {
    const { setCookie } = await browser.signIn('off-01')
    expect(setCookie).toMatch(/^__Host-whistle-console=[\w-]{16}\.[\w-]{43};/)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Strict/)
    expect(setCookie).toMatch(/Secure/)
    expect(setCookie).toMatch(/Path=\//)
    const secret = browser.cookie.split('.')[1] as string
    const rows = await w.core.store.db.select().from(schema.consoleSessions)
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain(secret)
    const queue = await browser.get('/console')
    expect(queue.status).toBe(200)
    expect(queue.html).toContain('Officer 01')
  })

  it('refuses a wrong token and sends a stranger to the sign-in page', async () => {
    const refused = await browser.form('/console/login', {
      token: 'abcdefghij.abcdefghijabcdefghijabcdefghij',
    })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('set-cookie')).toBeNull()
    const stranger = await browser.get('/console')
    expect(stranger.status).toBe(303)
    expect(stranger.headers.get('location')).toBe('/console/login')
    browser.cookie = '__Host-whistle-console=AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
    expect((await browser.get('/console')).status).toBe(303)
    expect((await browser.get('/console/queue/items')).status).toBe(401)
  })

  it('ends on sign-out: the old cookie opens nothing', async () => {
    await browser.signIn('off-01')
    const cookie = browser.cookie
    const out = await browser.form('/console/logout', {})
    expect(out.status).toBe(303)
    expect(out.headers.get('set-cookie')).toMatch(/__Host-whistle-console=;.*Max-Age=0/)
    expect(await w.core.store.db.select().from(schema.consoleSessions)).toHaveLength(0)
    browser.cookie = cookie
    expect((await browser.get('/console')).status).toBe(303)
  })

  it(`expires after ${SESSION_HOURS} hours`, async () => {
    await browser.signIn('off-01')
    w.clock.advance((SESSION_HOURS - 1) * 3_600_000)
    expect((await browser.get('/console')).status).toBe(200)
    w.clock.advance(3_600_000 + 1)
    expect((await browser.get('/console')).status).toBe(303)
    await browser.signIn('off-01')
    expect(await w.core.store.db.select().from(schema.consoleSessions)).toHaveLength(1)
  })

  it('is refused for an officer who has been deactivated since', async () => {
    await browser.signIn('off-01')
    await w.core.store.db
      .update(schema.officers)
      .set({ active: false })
      .where(eq(schema.officers.id, 'off-01'))
    expect((await browser.get('/console')).status).toBe(303)
  })
})

describe('forms', () => {
  it('are refused without the page’s token or from another origin, and nothing changes', async () => {
    const ref = await tip('1001 有人在厕所打人')
    await browser.signIn('off-01')
    const forged = [
      await browser.form(`/console/cases/${ref}/ack`, {}, { origin: 'https://evil.example' }),
      await browser.form(`/console/cases/${ref}/ack`, {}, { origin: null }),
      await browser.form(`/console/cases/${ref}/ack`, {}, { csrf: '0'.repeat(64) }),
      await browser.form(`/console/cases/${ref}/ack`, {}, { csrf: '' }),
      await browser.form('/console/logout', {}, { origin: 'https://evil.example' }),
    ]
    expect(forged.map((r) => r.status)).toEqual([403, 403, 403, 403, 403])
    expect((await caseRow(ref))?.acknowledgedAt).toBeNull()
    expect(await w.core.store.db.select().from(schema.consoleSessions)).toHaveLength(1)
    // Another officer's form token is not this session's.
    const other = new ConsoleClient(w)
    await other.signIn('off-02')
    expect((await browser.form(`/console/cases/${ref}/ack`, {}, { csrf: other.csrf })).status).toBe(403)
    expect((await browser.form(`/console/cases/${ref}/ack`, {})).status).toBe(303)
    expect((await caseRow(ref))?.acknowledgedAt).not.toBeNull()
  })

  it('refuse a sign-in posted from another site', async () => {
    const token = await w.token('off-01')
    const response = await browser.form('/console/login', { token }, { origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(await w.core.store.db.select().from(schema.consoleSessions)).toHaveLength(0)
  })
})

describe('every console page', () => {
  it('carries a CSP without inline script or style, and no inline script at all', async () => {
    const ref = await tip('1001 有人在厕所打人')
    await browser.signIn('admin')
    for (const path of [
      '/console/login',
      '/console',
      `/console/cases/${ref}`,
      '/console/desk',
      '/console/supervisor',
      '/console/schools/qh-001/poster',
    ]) {
      const page = await browser.get(path)
      expect(page.status, path).toBe(200)
      const csp = page.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("script-src 'self'")
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).not.toContain('unsafe-inline')
      expect(page.headers.get('cache-control'), path).toBe('no-store')
      expect(page.html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      expect(page.html, path).not.toMatch(/\sstyle="/)
      expect(page.html, path).not.toMatch(/\son\w+=/)
    }
  })
})

describe('a case page', () => {
  it('shows a tip carrying HTML as text', async () => {
    const ref = await tip(SCRIPT_TIP)
    await browser.signIn('off-01')
    for (const path of [`/console/cases/${ref}`]) {
      const { html } = await browser.get(path)
      expect(html).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;',
      )
      expect(html).not.toContain('<script>alert')
      expect(html).not.toContain('<img src=x')
    }
  })

  it('is 404 for another officer’s case, for every action too, and nothing changes', async () => {
    const ref = await tip('1001 有人在厕所打人')
    await browser.signIn('off-02')
    expect((await browser.get(`/console/cases/${ref}`)).status).toBe(404)
    expect((await browser.get('/console/cases/00000000')).status).toBe(404)
    expect((await browser.get('/console/cases/not-a-ref')).status).toBe(404)
    for (const [action, fields] of [
      ['ack', {}],
      ['reply', { text: 'hello' }],
      ['note', { text: 'hello' }],
      ['status', { status: 'in_progress' }],
      ['transfer', { target: 'duty_desk' }],
    ] as const) {
      const response = await browser.form(`/console/cases/${ref}/${action}`, fields)
      expect(response.status, action).toBe(404)
      expect(await response.text(), action).not.toContain('有人在厕所打人')
    }
    const row = await caseRow(ref)
    expect(row).toMatchObject({ status: 'assigned', officerId: 'off-01', acknowledgedAt: null })
    expect((await browser.get('/console')).html).not.toContain(ref)
  })

  it('works a case through: acknowledge, note, reply (delivered), a refusal shown kindly, close with feedback', async () => {
    const ref = await tip('1001 有人在厕所打人')
    await browser.signIn('off-01')
    const page = await browser.get(`/console/cases/${ref}`)
    expect(page.html).toContain('有人在厕所打人')
    expect(page.html).toContain('签收')

    expect((await browser.form(`/console/cases/${ref}/ack`, {})).headers.get('location')).toBe(
      `/console/cases/${ref}`,
    )
    expect((await browser.form(`/console/cases/${ref}/note`, { text: '已联系班主任' })).status).toBe(303)
    expect((await browser.form(`/console/cases/${ref}/reply`, { text: '你好，我明天去学校。' })).status).toBe(
      303,
    )
    await runDueJobs(w.core, w.clients)
    expect(twilio.messages.filter((m) => m.to === CHILD).map((m) => m.body)).toContain('你好，我明天去学校。')

    const refused = await browser.form(`/console/cases/${ref}/status`, { status: 'resolved' })
    expect(refused.status).toBe(400)
    const refusedHtml = await refused.text()
    expect(refusedHtml).toContain('信息不完整')
    expect(refusedHtml).toContain('resolving a case needs a resolution')
    expect(refusedHtml).toContain('有人在厕所打人')

    const empty = await browser.form(`/console/cases/${ref}/reply`, { text: '   ' })
    expect(empty.status).toBe(400)
    expect(await empty.text()).toContain('请完整填写表单')

    expect(
      (await browser.form(`/console/cases/${ref}/status`, { status: 'resolved', resolution: '已调解' }))
        .status,
    ).toBe(303)
    const closed = await browser.form(`/console/cases/${ref}/status`, {
      status: 'closed',
      feedback: '学校已处理，谢谢你告诉我们。',
      no_feedback_reason: '',
    })
    expect(closed.status).toBe(303)
    expect(await caseRow(ref)).toMatchObject({ status: 'closed' })
    const after = await browser.get(`/console/cases/${ref}`)
    expect(after.html).toContain('已联系班主任')
    expect(after.html).toContain('学校已处理，谢谢你告诉我们。')
    expect(after.html).toContain('&quot;to&quot;:&quot;closed&quot;')
    // The console shows what the tipster said, never who they are.
    for (const form of [CHILD, CHILD.slice(1), CHILD.slice(3)]) expect(after.html).not.toContain(form)
    expect(w.logs.join('\n')).not.toContain(CHILD.slice(3))
  })

  it('transfers a case to another school’s officer, after which it is gone from this queue', async () => {
    const ref = await tip('1001 有人在厕所打人')
    await browser.signIn('off-01')
    expect(
      (
        await browser.form(`/console/cases/${ref}/transfer`, {
          target: 'school:qh-002',
          reason: '学校写错了',
        })
      ).status,
    ).toBe(303)
    expect(await caseRow(ref)).toMatchObject({ officerId: 'off-02', schoolId: 'qh-002' })
    expect((await browser.get(`/console/cases/${ref}`)).status).toBe(404)
    const bad = await browser.form(`/console/cases/${ref}/transfer`, { target: 'school:../../etc' })
    expect(bad.status).toBe(404)
  })
})

describe('evidence', () => {
  async function withEvidence(ref: string, bytes: Uint8Array, contentType: string) {
    const row = await caseRow(ref)
    const id = newId()
    await w.core.store.commit([
      w.core.store.db
        .insert(schema.media)
        .values({ id, caseId: row?.id as string, contentType, size: 0, state: 'pending' }),
      ...evidenceWrites(w.core, id, bytes),
    ])
    return id
  }

  it('is decrypted on request, never cached, typed and named safely; inert types download', async () => {
    const ref = await tip('1001 有人在厕所打人')
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
    const image = await withEvidence(ref, png, 'image/png')
    const page = await withEvidence(ref, new TextEncoder().encode('<script>alert(1)</script>'), 'text/html')
    await browser.signIn('off-01')
    expect((await browser.get(`/console/cases/${ref}`)).html).toContain(`/evidence/${image}`)

    const response = await w.app.request(
      `https://whistle.example.org/console/cases/${ref}/evidence/${image}`,
      {
        headers: { Cookie: browser.cookie },
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="evidence-${ref}-${image.slice(0, 8)}.png"`,
    )
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png)

    const html = await w.app.request(`https://whistle.example.org/console/cases/${ref}/evidence/${page}`, {
      headers: { Cookie: browser.cookie },
    })
    expect(html.headers.get('content-type')).toBe('application/octet-stream')
    expect(html.headers.get('content-disposition')).toMatch(
      /^attachment; filename="evidence-\d{8}-[\w-]{8}\.bin"$/,
    )

    const other = new ConsoleClient(w)
    await other.signIn('off-02')
    expect((await other.get(`/console/cases/${ref}/evidence/${image}`)).status).toBe(404)
    // Evidence of one case cannot be read through another case the officer does hold.
    const mine = await tip('1002 他们天天骂我', '+8613900000002')
    expect((await other.get(`/console/cases/${mine}/evidence/${image}`)).status).toBe(404)
  })
})

describe('the queue', () => {
  it('puts P1 first, then the oldest, with the time left before escalation, and its partial refreshes', async () => {
    const p2 = await tip('1001 他们天天骂我')
    w.clock.advance(60_000)
    const p1 = await tip('1001 他今天放学后要拿刀捅我', '+8613900000009')
    await browser.signIn('off-01')
    const queue = await browser.get('/console')
    expect(queue.html).toContain('/console/static/queue.js')
    const first = queue.html.indexOf(p1)
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThan(queue.html.indexOf(p2))
    expect(queue.html).toMatch(/10 分钟后升级/)
    w.clock.advance(15 * 60_000)
    const later = await browser.get('/console/queue/items')
    expect(later.html).toContain('已超时 5 分钟')
    expect(later.html).not.toContain('<html')
    const p3 = await tip('1001 又来了一个', '+8613900000010')
    expect((await browser.get('/console/queue/items')).html).toContain(p3)
  })

  it('speaks English after the switch', async () => {
    await tip('1001 有人在厕所打人')
    await browser.signIn('off-01')
    expect(
      (await browser.form('/console/locale', { locale: 'en', back: '/console' })).headers.get('location'),
    ).toBe('/console')
    const page = await browser.get('/console')
    expect(page.html).toContain('<html lang="en">')
    expect(page.html).toContain('My queue')
    const offsite = await browser.form('/console/locale', {
      locale: 'zh-Hans',
      back: 'https://evil.example/',
    })
    expect(offsite.headers.get('location')).toBe('/console')
  })
})

describe('the duty desk and the supervisor', () => {
  it('show their lists only to their roles; the report draws SVG charts and downloads as CSV', async () => {
    const p1 = await tip('1001 他今天放学后要拿刀捅我')
    const noSchool = await tip('我孩子在学校被人欺负了', '+8613900000003')
    const escalated = await tip('1002 他们天天骂我', '+8613900000004')
    // An escalation as the escalation timer records it: an alert row with that reason.
    await w.core.store.commit([
      w.core.store.db.insert(schema.alerts).values({
        id: newId(),
        caseId: (await caseRow(escalated))?.id as string,
        officerId: 'duty',
        reason: 'escalation',
        level: 1,
      }),
    ])
    await browser.signIn('off-01')
    expect((await browser.get('/console/desk')).status).toBe(404)
    expect((await browser.get('/console/supervisor')).status).toBe(404)
    expect((await browser.get('/console/supervisor/report.csv')).status).toBe(404)

    const desk = new ConsoleClient(w)
    await desk.signIn('duty')
    const deskPage = await desk.get('/console/desk')
    expect(deskPage.status).toBe(200)
    const [, p1List, noSchoolList, escalationList] = deskPage.html.split('<h2>')
    expect(p1List).toContain(p1)
    expect(p1List).not.toContain(noSchool)
    expect(noSchoolList).toContain(noSchool)
    expect(noSchoolList).not.toContain(p1)
    expect(escalationList).toContain(escalated)
    expect(escalationList).not.toContain(p1)
    expect((await desk.get(`/console/cases/${escalated}`)).status).toBe(200)

    const supervisor = new ConsoleClient(w)
    await supervisor.signIn('admin')
    w.clock.advance(11 * 60_000)
    const page = await supervisor.get('/console/supervisor?month=2026-11')
    const overdue = page.html.split('<h2>').find((section) => section.startsWith('超时案件'))
    expect(overdue).toContain(p1)
    expect(overdue).not.toContain(escalated)
    expect(page.html).toContain('<svg class="chart" id="chart-urgency"')
    expect(page.html).toContain('<svg class="chart" id="chart-category"')
    expect(page.html).toContain('/console/schools/qh-001/poster')
    const csv = await supervisor.get('/console/supervisor/report.csv?month=2026-11')
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = csv.html.trim().split('\r\n')
    // The county's monthly report: every school (30), the cases with no school, and the county; under 3 shows "<3".
    expect(lines[0]).toMatch(/^month,scope,school_id,school_code,school_name,tips,channel_sms,/)
    expect(lines).toHaveLength(33)
    expect(lines.some((l) => l.startsWith('2026-11,school,qh-001,1001,青禾县第一中学,<3,<3,'))).toBe(true)
    expect(lines.at(-1)).toMatch(/^2026-11,county,,,,3,3,<3,<3,<3,/)
    expect(page.html).toContain('<title>青禾县第一中学: &lt;3</title>')
  })
})

describe('the school poster', () => {
  it('prints the SMS number, the school code and a QR code of the Telegram deep link', async () => {
    await browser.signIn('off-01')
    const poster = await browser.get('/console/schools/qh-001/poster')
    expect(poster.status).toBe(200)
    expect(poster.html).toContain('+15550001111')
    expect(poster.html).toContain('发短信“1001 + 你想说的话”到 +15550001111')
    expect(poster.html).toContain('Text 1001 and your message to +15550001111')
    expect(poster.html).toMatch(
      /<svg class="qr-code"[^>]*><rect[^>]*><\/rect><path d="(M\d+ \d+h\d+v1h-\d+z)+"/,
    )
    expect((await browser.get('/console/schools/nope/poster')).status).toBe(404)
    expect((await browser.get('/console')).html).toContain('/console/schools/qh-004/poster')
  })

  it('is written to a file by `whistle poster SCHOOL_ID`', async () => {
    const out = join(w.dir, 'poster.html')
    const run = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'poster', 'qh-002', '--out', out], {
      env: { ...process.env, ...w.env, TELEGRAM_BOT_USERNAME: 'QingheWhistleBot' },
      encoding: 'utf8',
    })
    expect(run.status, run.stderr).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('Text 1002 and your message to +15550001111')
    expect(html).toContain('<style>')
    expect(html.match(/<svg class="qr-code"/g)).toHaveLength(2)
    const missing = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'poster', 'nope'], {
      env: { ...process.env, ...w.env },
      encoding: 'utf8',
    })
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('no school nope')
  }, 60_000)
})
