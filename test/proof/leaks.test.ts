import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDueJobs } from '../../src/jobs'
import { ConsoleClient } from '../console/support'
import { FakeTelegram, messageUpdate, postUpdate, TELEGRAM, telegramEnv } from '../support/telegram'
import { FakeTwilio, refIn, sendSms } from '../support/twilio'
import { digitsIn, TestCall } from '../support/voice'
import { PUBLIC_URL, type TestWhistle, testWhistle, TWILIO } from '../support/whistle'

/**
 * Every flow once, then a search for every secret and every tipster address in everything an attacker
 * might get: the database file and its WAL, the logs, every API answer and every console page.
 */

let w: TestWhistle
let twilio: FakeTwilio
let tg: FakeTelegram
/** What an attacker could read besides the files: every answer the officers' side gave. */
const answers: string[] = []

const SMS_PHONE = '+8613912345678'
const WHATSAPP_PHONE = '+8613787654321'
const VOICE_PHONE = '+8615811223344'
const CHAT = 5_987_654_321_777

/** A number in the ways people and carriers write it, each of which must be absent. */
const formats = (e164: string) => {
  const national = e164.slice(3)
  return [
    e164,
    e164.slice(1),
    national,
    `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`,
    `${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`,
  ]
}

async function api(token: string, path: string, init: RequestInit = {}) {
  const response = await w.app.request(`${PUBLIC_URL}/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  })
  const text = await response.text()
  answers.push(text, JSON.stringify([...response.headers]))
  expect(response.status, `${path}: ${text}`).toBeLessThan(300)
  return response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text
}

const tokens: string[] = []
const cookies: string[] = []

beforeAll(async () => {
  twilio = await new FakeTwilio().start()
  tg = await new FakeTelegram().start()
  w = await testWhistle({ twilioApiBase: twilio.url, env: telegramEnv(tg.url) })
  const refs: string[] = []

  // SMS and WhatsApp.
  refs.push(
    refIn(
      (await sendSms(w.app, SMS_PHONE, `1001 他们在厕所打我，我的号码是 ${SMS_PHONE.slice(3)}`)).twiml,
    ) as string,
  )
  refs.push(refIn((await sendSms(w.app, `whatsapp:${WHATSAPP_PHONE}`, '1002 有人抢钱')).twiml) as string)

  // Telegram with a photo.
  tg.addFile('leak-photo', new Uint8Array(5000).fill(7))
  expect((await postUpdate(w.app, messageUpdate(CHAT, { text: '/start s1003' }))).status).toBe(200)
  expect(
    (
      await postUpdate(
        w.app,
        messageUpdate(CHAT, { caption: '他们打我同学', photo: { fileId: 'leak-photo' } }),
      )
    ).status,
  ).toBe(200)

  // Voice with a recording.
  const call = new TestCall(w.app, VOICE_PHONE)
  await call.reachRecording('1004')
  const record = call.record()
  const recording = twilio.addRecording()
  await call.speak(recording, record)
  const [voiceRef] = digitsIn(call.said(), 8)
  refs.push(voiceRef as string)
  await call.recordingDone(recording, record)

  await runDueJobs(w.core, w.clients)

  // Officers work every case to closure over the API, with a reply and feedback; reports and lists.
  const cases = (await api(await w.token('admin'), '/queue?limit=200')).cases as {
    ref: string
    schoolId: string
  }[]
  expect(cases.length).toBeGreaterThanOrEqual(4)
  for (const c of cases) {
    const officer = (await w.core.schools.get(c.schoolId))?.officerId ?? 'duty'
    const token = await w.token(officer)
    tokens.push(token)
    await api(token, `/cases/${c.ref}`)
    await api(token, `/cases/${c.ref}/ack`, { method: 'POST', body: '{}' })
    await api(token, `/cases/${c.ref}/replies`, {
      method: 'POST',
      body: JSON.stringify({ text: '收到，我们会处理' }),
    })
    await api(token, `/cases/${c.ref}/notes`, {
      method: 'POST',
      body: JSON.stringify({ text: '已联系学校' }),
    })
    for (const step of [
      { status: 'in_progress' },
      { status: 'resolved', resolution: '谈话处理' },
      { status: 'closed', resolution: '谈话处理', feedback: '学校已经处理了' },
    ])
      await api(token, `/cases/${c.ref}/status`, { method: 'POST', body: JSON.stringify(step) })
    await api(token, `/cases/${c.ref}`)
  }
  const admin = await w.token('admin')
  tokens.push(admin)
  const month = w.clock.now.toISOString().slice(0, 7)
  await api(admin, `/reports/monthly?month=${month}`)
  await api(admin, `/reports/monthly?month=${month}&format=csv`)
  await api(admin, '/overdue')
  await api(admin, '/openapi.json')
  await runDueJobs(w.core, w.clients)

  // The console, page by page, as each role.
  for (const officer of ['off-01', 'duty', 'admin']) {
    const browser = new ConsoleClient(w)
    await browser.signIn(officer)
    // The login answer sets the cookie, as it must; no page after it may carry the value.
    cookies.push(browser.cookie.split('=')[1] ?? '')
    for (const path of [
      '/console',
      '/console/queue/items',
      '/console/desk',
      '/console/supervisor',
      '/console/supervisor/report.csv',
      ...refs.map((r) => `/console/cases/${r}`),
    ]) {
      answers.push((await browser.get(path)).html)
    }
  }
  expect(refs.every(Boolean)).toBe(true)
})
afterAll(async () => {
  w.cleanup()
  await twilio.stop()
  await tg.stop()
})

describe('after every flow', () => {
  const secrets = () => {
    const tipsterAddresses = [
      ...formats(SMS_PHONE),
      ...formats(WHATSAPP_PHONE),
      ...formats(VOICE_PHONE),
      String(CHAT),
    ]
    const keyMaterial = Object.entries(w.env)
      .filter(([name]) => /KEY|SECRET/.test(name))
      .map(([, value]) => value)
    return {
      tipsterAddresses,
      credentials: [
        ...tokens,
        ...tokens.map((t) => t.split('.')[1] ?? ''),
        ...cookies,
        TELEGRAM.botToken,
        TELEGRAM.botToken.split(':')[1] ?? '',
        TELEGRAM.webhookSecret,
        TWILIO.authToken,
        ...keyMaterial,
        w.escrowSecretKey,
      ].filter((s) => s.length >= 8),
    }
  }

  it('appear nowhere in the database file or its WAL', () => {
    const files = [w.dbPath, `${w.dbPath}-wal`, `${w.dbPath}-journal`].filter(existsSync)
    expect(files.length).toBeGreaterThan(0)
    const { tipsterAddresses, credentials } = secrets()
    for (const file of files) {
      const bytes = readFileSync(file)
      for (const secret of [...tipsterAddresses, ...credentials]) {
        // As text, and for the chat id and numbers also as the raw UTF-16 a driver might write.
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${file}`).toBe(false)
        expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (utf16) in ${file}`).toBe(false)
      }
    }
  })

  it('appear nowhere in the logs', () => {
    expect(w.logs.length).toBeGreaterThan(10)
    const logs = w.logs.join('\n')
    const { tipsterAddresses, credentials } = secrets()
    for (const secret of [...tipsterAddresses, ...credentials])
      expect(logs.includes(secret), secret).toBe(false)
  })

  it('appear in no API answer and no console page', () => {
    expect(answers.length).toBeGreaterThan(20)
    const all = answers.join('\n')
    const { tipsterAddresses, credentials } = secrets()
    // The tipster wrote their own number into the tip: officers read tips, so only the number the
    // provider gave must not show. That text is shown, so the SMS phone's national form is expected there.
    const shownInTip = SMS_PHONE.slice(3)
    for (const secret of [
      ...tipsterAddresses.filter((a) => !a.endsWith(shownInTip) && a !== shownInTip),
      ...credentials,
    ])
      expect(all.includes(secret), secret).toBe(false)
    expect(all).not.toContain(SMS_PHONE)
  })
})
