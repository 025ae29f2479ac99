import { readFileSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app'
import { readEvidence } from '../../src/intake/evidence'
import { runDueJobs } from '../../src/jobs'
import { consoleOptions } from '../../src/officer/console/routes'
import { issueLinkCode } from '../../src/officer/linking'
import * as schema from '../../src/store/schema'
import {
  buttonData,
  callbackUpdate,
  FakeTelegram,
  messageUpdate,
  nextUpdateId,
  postUpdate,
  TELEGRAM,
  telegramEnv,
} from '../support/telegram'
import { refIn } from '../support/twilio'
import { api, rowCounts, PUBLIC_URL, type TestWhistle, testWhistle } from '../support/whistle'

/** A parent's chat id: over 2^32, as Telegram's ids can be. */
const PARENT = 5_123_456_789_012
const CHILD = 6_000_000_042
const OFF01_CHAT = '900000001'

let w: TestWhistle
let tg: FakeTelegram

beforeEach(async () => {
  tg = await new FakeTelegram().start()
  w = await testWhistle({ env: telegramEnv(tg.url) })
})
afterEach(async () => {
  w.cleanup()
  await tg.stop()
})

const send = (chatId: number, options: Parameters<typeof messageUpdate>[1]) =>
  postUpdate(w.app, messageUpdate(chatId, options))

async function jobs() {
  return runDueJobs(w.core, w.clients)
}

const PHOTO = new Uint8Array(Array.from({ length: 300_000 }, (_, i) => (i * 31) % 251))

describe('a parent’s report over Telegram', () => {
  it('goes from /start s1001 to a case in off-01’s queue with the photo stored sealed', async () => {
    expect((await send(PARENT, { text: '/start s1001' })).status).toBe(200)
    await jobs()
    expect(tg.textsTo(PARENT)).toEqual([expect.stringContaining('青禾县第一中学')])

    const described = await send(PARENT, { text: '三个人抢了我儿子的钱，还说明天放学后要在操场上打他' })
    expect(described.status).toBe(200)
    tg.addFile('photo-1', PHOTO)
    expect(
      (await send(PARENT, { photo: { fileId: 'photo-1', size: PHOTO.length }, caption: '这是伤' })).status,
    ).toBe(200)
    const report = await jobs()
    expect(report.evidence).toMatchObject({ stored: 1, failed: 0 })

    const texts = tg.textsTo(PARENT)
    const ref = refIn(texts[1])
    expect(ref).toMatch(/^\d{8}$/)
    expect(texts[1]).toContain('已收到')
    expect(texts[1]).toContain('/status')
    expect(texts[2]).toContain(ref)

    const queue = await api(w, '/queue', 'off-01')
    expect(queue.body.cases).toEqual([
      expect.objectContaining({
        ref,
        schoolId: 'qh-001',
        officerId: 'off-01',
        channel: 'telegram',
        urgency: 'P1',
      }),
    ])
    const view = await api(w, `/cases/${ref}`, 'off-01')
    expect(
      view.body.messages
        .filter((m: { kind: string }) => m.kind === 'tip')
        .map((m: { text: string }) => m.text),
    ).toEqual(['三个人抢了我儿子的钱，还说明天放学后要在操场上打他', '这是伤'])
    expect(view.body.media).toEqual([
      expect.objectContaining({ state: 'stored', size: PHOTO.length, contentType: 'image/jpeg' }),
    ])
    expect(await readEvidence(w.core, view.body.media[0].id)).toEqual(PHOTO)
    // The largest photo size was fetched, not the thumbnail.
    expect(tg.sent('getFile')).toEqual([{ file_id: 'photo-1' }])

    // off-01's Telegram alert: case facts, an Acknowledge button, never the tipster.
    const alert = tg.sent().find((p) => String(p.chat_id) === OFF01_CHAT)
    expect(alert?.text).toContain(ref)
    expect(alert?.reply_markup).toEqual({
      inline_keyboard: [[{ text: '签收', callback_data: `ack:${ref}` }]],
    })
    expect(JSON.stringify(alert)).not.toContain(String(PARENT))
    expect(JSON.stringify(alert)).not.toContain('打我儿子')
  })

  it('without a poster’s code asks for the school and offers a picker', async () => {
    await send(CHILD, { text: '/start', languageCode: 'en' })
    await send(CHILD, { text: 'Qinghe No.1' })
    await jobs()
    const [welcome, picker] = tg.sent().filter((p) => String(p.chat_id) === String(CHILD))
    expect(welcome?.text).toContain('Which school')
    expect(picker?.text).toBe('Choose the school:')
    expect(buttonData(picker)).toEqual(['school:qh-001', 'school:qh-004'])

    const pressed = await postUpdate(w.app, callbackUpdate(CHILD, 'school:qh-004'))
    expect(pressed.status).toBe(200)
    expect(JSON.parse(pressed.text)).toMatchObject({ method: 'answerCallbackQuery' })
    await send(CHILD, { text: 'Some boys keep calling me names in class', languageCode: 'en' })
    await jobs()
    const texts = tg.textsTo(CHILD)
    expect(texts[2]).toContain('Qinghe No.1 Primary School')
    expect(texts[3]).toMatch(/^We got your report, reference \d{8}/)
    expect((await api(w, '/queue', 'off-01')).body.cases).toEqual([
      expect.objectContaining({ ref: refIn(texts[3]), schoolId: 'qh-004' }),
    ])
  })

  it('offers the picker when a report written first waits for its school, and the choice routes it', async () => {
    await send(CHILD, { text: '有人在厕所打我，还拍了视频发到群里' })
    await jobs()
    const ref = refIn(tg.textsTo(CHILD)[0]) as string
    expect(tg.textsTo(CHILD)[0]).toContain('哪所学校')
    expect((await api(w, '/queue', 'duty')).body.cases.map((c: { ref: string }) => c.ref)).toContain(ref)

    await send(CHILD, { text: '二中' })
    await jobs()
    const picker = tg.sent().filter((p) => String(p.chat_id) === String(CHILD))[1]
    expect(buttonData(picker)).toContain('school:qh-002')
    await postUpdate(w.app, callbackUpdate(CHILD, 'school:qh-002'))
    await jobs()
    expect(tg.textsTo(CHILD).at(-1)).toBe(`谢谢，编号 ${ref} 已转给青禾县第二中学的负责民警。`)
    expect((await api(w, '/queue', 'off-02')).body.cases).toEqual([
      expect.objectContaining({ ref, schoolId: 'qh-002', status: 'assigned' }),
    ])
    // New to off-02's queue: an alert to their linked chat, with the button.
    expect(buttonData(tg.sent().find((p) => p.chat_id === '900000002'))).toEqual([`ack:${ref}`])
    // Their next words are more of the same report, not a school search.
    await send(CHILD, { text: '他们又来了' })
    expect(await w.core.store.db.select().from(schema.cases)).toHaveLength(1)
    const tips = (await api(w, `/cases/${ref}`, 'off-02')).body.messages.filter(
      (m: { kind: string }) => m.kind === 'tip',
    )
    expect(tips.map((m: { text: string }) => m.text)).toEqual([
      '有人在厕所打我，还拍了视频发到群里',
      '1002',
      '他们又来了',
    ])
  })

  it('answers in the user’s language: Traditional Chinese from language_code and words', async () => {
    await send(CHILD, { text: '/start s1002', languageCode: 'zh-hant' })
    await send(CHILD, { text: '他們每天在學校罵我', languageCode: 'zh-hant' })
    await jobs()
    const texts = tg.textsTo(CHILD)
    expect(texts[0]).toContain('學校')
    expect(texts[1]).toContain('已收到你的舉報')
  })

  it('takes an album as one case with every photo, answered once', async () => {
    await send(PARENT, { text: '/start 1002' })
    for (const i of [1, 2, 3]) {
      tg.addFile(`album-${i}`, new Uint8Array([i, i, i]))
      await send(PARENT, {
        photo: { fileId: `album-${i}`, size: 3 },
        mediaGroupId: 'group-77',
        ...(i === 1 ? { caption: '群里的截图，他们一直骂她' } : {}),
      })
    }
    await jobs()
    const [only, ...others] = await w.core.store.db.select().from(schema.cases)
    expect(others).toHaveLength(0)
    const stored = await w.core.store.db
      .select()
      .from(schema.media)
      .where(eq(schema.media.caseId, only?.id ?? ''))
    expect(stored.map((m) => m.state)).toEqual(['stored', 'stored', 'stored'])
    const texts = tg.textsTo(PARENT)
    expect(texts).toHaveLength(2)
    expect(texts[1]).toContain(only?.ref)
  })

  it('keeps an album sent after /new in one new case when its parts arrive at the same time', async () => {
    await send(CHILD, { text: '1002 他们天天骂我' })
    await send(CHILD, { text: '/new' })
    await send(CHILD, { text: '1003' })
    for (const i of [1, 2, 3, 4]) tg.addFile(`burst-${i}`, new Uint8Array([i]))
    const parts = [1, 2, 3, 4].map((i) =>
      messageUpdate(CHILD, {
        photo: { fileId: `burst-${i}`, size: 1 },
        mediaGroupId: 'group-burst',
        ...(i === 1 ? { caption: '他们在宿舍打我' } : {}),
      }),
    )
    const answers = await Promise.all(parts.map((u) => postUpdate(w.app, u)))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200])
    const rows = await w.core.store.db.select().from(schema.cases)
    expect(rows.map((c) => c.schoolId).sort()).toEqual(['qh-002', 'qh-003'])
    const newCase = rows.find((c) => c.schoolId === 'qh-003')
    const photos = await w.core.store.db.select().from(schema.media)
    expect(photos.map((m) => m.caseId)).toEqual(Array(4).fill(newCase?.id))
  })

  it('records a file over 20 MB as too large and keeps the case', async () => {
    await send(PARENT, { text: '/start s1001' })
    await send(PARENT, {
      video: { fileId: 'huge-video', size: 25 * 1024 * 1024 },
      caption: '视频太大了，他们在厕所打人',
    })
    // getFile reveals the size when the update did not say it.
    tg.addFile('big-doc', new Uint8Array(8), 21 * 1024 * 1024)
    await send(PARENT, { document: { fileId: 'big-doc', mimeType: 'video/quicktime' } })
    const report = await jobs()
    expect(report.evidence).toMatchObject({ stored: 0, failed: 1 })
    const rows = await w.core.store.db.select().from(schema.media)
    expect(rows.map((m) => m.state).sort()).toEqual(['too_large', 'too_large'])
    expect(rows.every((m) => m.sourceBox === null)).toBe(true)
    expect(tg.downloads).toEqual([])
    const texts = tg.textsTo(PARENT)
    expect(texts[1]).toContain('20 MB')
    const ref = refIn(texts[1])
    expect((await api(w, `/cases/${ref}`, 'off-01')).body).toMatchObject({ ref, status: 'assigned' })
  })

  it('retries evidence while Telegram is down, and never logs the file link', async () => {
    await send(PARENT, { text: '/start s1001' })
    tg.addFile('photo-2', PHOTO)
    tg.failNext(502, 1)
    await send(PARENT, { photo: { fileId: 'photo-2' }, caption: '他们推我' })
    // The first Bot API call of the job (the outbox's sendMessage) takes the failure; then the download.
    tg.failNextDownloads(503, 1)
    const first = await jobs()
    expect(first.evidence).toMatchObject({ stored: 0, retrying: 1, failed: 0 })
    w.clock.advance(10 * 60_000)
    const second = await jobs()
    expect(second.evidence).toMatchObject({ stored: 1 })
    const logs = w.logs.join('\n')
    expect(logs).not.toContain(TELEGRAM.botToken)
    expect(logs).not.toContain('/file/bot')
  })
})

describe('the Telegram webhook', () => {
  it('recognises a repeated update_id: same answer, nothing written, nothing sent twice', async () => {
    const update = messageUpdate(PARENT, { text: '1001 有人在厕所打人' })
    const first = await postUpdate(w.app, update)
    await jobs()
    const before = await rowCounts(w)
    const sent = tg.calls.length
    const again = await postUpdate(w.app, update)
    expect(again).toEqual(first)
    await jobs()
    expect(await rowCounts(w)).toEqual(before)
    expect(tg.calls.length).toBe(sent)
  })

  it('refuses a missing secret (401) and a wrong one (403), writing nothing', async () => {
    const before = await rowCounts(w)
    expect((await postUpdate(w.app, messageUpdate(PARENT, { text: 'hi' }), null)).status).toBe(401)
    expect(
      (await postUpdate(w.app, messageUpdate(PARENT, { text: 'hi' }), 'wrong-secret-wrong')).status,
    ).toBe(403)
    expect(
      (await postUpdate(w.app, messageUpdate(PARENT, { text: 'hi' }), `${TELEGRAM.webhookSecret}x`)).status,
    ).toBe(403)
    expect(await rowCounts(w)).toEqual(before)
  })

  it('answers 503 while the Bot API cannot say who the bot is, so Telegram sends the update again', async () => {
    const update = messageUpdate(PARENT, { text: '1001 有人在厕所打人' })
    tg.failNext(502, 1)
    expect((await postUpdate(w.app, update)).status).toBe(503)
    expect(await w.core.store.db.select().from(schema.cases)).toHaveLength(0)
    expect((await postUpdate(w.app, update)).status).toBe(200)
    expect(await w.core.store.db.select().from(schema.cases)).toHaveLength(1)
  })

  it('answers 503 and says why without a bot token', async () => {
    const app = createApp({ core: w.core, twilio: null, telegram: null, console: consoleOptions(w.config) })
    const response = await postUpdate(app, messageUpdate(PARENT, { text: 'hi' }))
    expect(response.status).toBe(503)
    expect(response.text).toContain('TELEGRAM_BOT_TOKEN')
  })

  it('refuses bodies that are not updates with a 4xx, never a 500', async () => {
    expect((await postUpdate(w.app, '{"update_id":')).status).toBe(400)
    expect((await postUpdate(w.app, { message: { text: 'no id' } })).status).toBe(400)
    expect((await postUpdate(w.app, { update_id: 1, message: { chat: { id: 2 ** 60 } } })).status).toBe(400)
    expect((await postUpdate(w.app, JSON.parse('{"update_id":5,"__proto__":{"x":1}}'))).status).toBe(200)
    const deep = `{"update_id":6,"x":${'['.repeat(30_000)}${']'.repeat(30_000)}}`
    expect((await postUpdate(w.app, deep)).status).toBe(200)
    const form = await w.app.request(`${PUBLIC_URL}/webhooks/telegram`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Telegram-Bot-Api-Secret-Token': TELEGRAM.webhookSecret,
      },
      body: 'update_id=7',
    })
    expect(form.status).toBe(415)
    const huge = JSON.stringify(messageUpdate(PARENT, { text: '打'.repeat(40_000) }))
    expect((await postUpdate(w.app, huge)).status).toBe(413)
    expect((await send(PARENT, { text: ' \u200b\u202e ' })).status).toBe(200)
    expect(await w.core.store.db.select().from(schema.cases)).toHaveLength(0)
  })

  it('takes text of 4096 characters and more', async () => {
    const long = `1001 ${'他们每天在教室里打我，'.repeat(420)}`
    expect(Array.from(long).length).toBeGreaterThan(4096)
    expect((await send(PARENT, { text: long })).status).toBe(200)
    const ref = (await api(w, '/queue', 'off-01')).body.cases[0].ref
    const tip = (await api(w, `/cases/${ref}`, 'off-01')).body.messages[0].text
    expect(Array.from(tip).length).toBe(Array.from(long).length)
    const reply = await api(w, `/cases/${ref}/replies`, 'off-01', {
      method: 'POST',
      body: JSON.stringify({ text: '好'.repeat(1000) }),
    })
    expect(reply.status).toBe(200)
    await jobs()
    expect(tg.textsTo(PARENT)).toContain('好'.repeat(1000))
  })

  it('sends a text over 4096 characters in parts, on whole characters', async () => {
    const sender = w.clients.senders.telegram
    const text = `${'😀'.repeat(4095)}${'好'.repeat(4200)}`
    await sender?.send(String(PARENT), text)
    const parts = tg.textsTo(PARENT)
    expect(parts.map((p) => Array.from(p).length)).toEqual([4096, 4096, 103])
    expect(parts.join('')).toBe(text)
  })

  it('answers 200 to an update type the bot does not read, and ignores it', async () => {
    const before = await rowCounts(w)
    const poll = {
      update_id: nextUpdateId(),
      poll: { id: 'p1', question: 'q', options: [], is_closed: false },
    }
    const response = await postUpdate(w.app, poll)
    expect(response.status).toBe(200)
    const after = await rowCounts(w)
    expect(after.cases).toBe(before.cases)
    expect(after.providerReceipts).toBe(before.providerReceipts + 1)
    const group = messageUpdate(PARENT, { text: '1001 打人' })
    group.message.chat.type = 'group'
    expect((await postUpdate(w.app, group)).status).toBe(200)
    expect((await rowCounts(w)).cases).toBe(before.cases)
  })
})

describe('officer replies and status over Telegram', () => {
  it('reach the tipster’s chat through the outbox; 429 retry_after is honoured', async () => {
    await send(PARENT, { text: '1001 昨天有人在厕所打人' })
    await jobs()
    const ref = refIn(tg.textsTo(PARENT)[0]) as string
    await api(w, `/cases/${ref}/replies`, 'off-01', {
      method: 'POST',
      body: JSON.stringify({ text: '你好，我是学校民警，明天会去学校了解情况。' }),
    })
    tg.failNext(429, 1, { retryAfter: 600 })
    expect((await jobs()).outbox).toMatchObject({ sent: 0, retrying: 1 })
    w.clock.advance(5 * 60_000)
    expect((await jobs()).outbox.sent).toBe(0)
    w.clock.advance(6 * 60_000)
    expect((await jobs()).outbox.sent).toBe(1)
    expect(tg.textsTo(PARENT).at(-1)).toBe('你好，我是学校民警，明天会去学校了解情况。')

    await api(w, `/cases/${ref}/ack`, 'off-01', { method: 'POST' })
    await send(PARENT, { text: '/status' })
    await jobs()
    expect(tg.textsTo(PARENT).at(-1)).toBe(`编号 ${ref}：民警已签收`)

    await api(w, `/cases/${ref}/status`, 'off-01', {
      method: 'POST',
      body: JSON.stringify({ status: 'resolved', resolution: '已与双方家长谈话' }),
    })
    const closed = await api(w, `/cases/${ref}/status`, 'off-01', {
      method: 'POST',
      body: JSON.stringify({
        status: 'closed',
        resolution: '已与双方家长谈话',
        feedback: '我们已经处理，谢谢你的举报。',
      }),
    })
    expect(closed.status).toBe(200)
    await send(PARENT, { text: '/status' })
    await jobs()
    expect(tg.textsTo(PARENT).slice(-2)).toEqual([
      `关于你的举报 ${ref}：我们已经处理，谢谢你的举报。`,
      `编号 ${ref}：已结案`,
    ])
  })

  it('/new opens another report while one is open', async () => {
    await send(PARENT, { text: '1001 有人在厕所打人' })
    await send(PARENT, { text: '/new' })
    await send(PARENT, { text: '1002' })
    await send(PARENT, { text: '另一件事：有人在群里骂我女儿' })
    await jobs()
    const rows = await w.core.store.db.select().from(schema.cases)
    expect(rows.map((c) => c.schoolId).sort()).toEqual(['qh-001', 'qh-002'])
  })

  it('/forget deletes the relay copy: told once, then no officer can answer', async () => {
    await send(PARENT, { text: '1001 有人在厕所打人' })
    await jobs()
    const ref = refIn(tg.textsTo(PARENT)[0]) as string
    await send(PARENT, { text: '/forget' })
    await jobs()
    expect(tg.textsTo(PARENT).at(-1)).toContain('无法再在这里回复你')
    const reply = await api(w, `/cases/${ref}/replies`, 'off-01', {
      method: 'POST',
      body: JSON.stringify({ text: 'hi' }),
    })
    expect(reply.status).toBe(409)
    const contactsLeft = await w.core.store.db.select().from(schema.contacts)
    expect(contactsLeft.map((c) => c.relayBox)).toEqual([null])
    expect((await w.core.store.db.select().from(schema.outbox)).every((o) => o.addressBox === null)).toBe(
      true,
    )
  })
})

describe('officers on Telegram', () => {
  it('acknowledge a case with the alert’s button, in the audit trail', async () => {
    await send(PARENT, { text: '1001 他们天天骂我' })
    await jobs()
    const ref = refIn(tg.textsTo(PARENT)[0]) as string
    const alert = tg.sent().find((p) => String(p.chat_id) === OFF01_CHAT)
    const [data = ''] = buttonData(alert)
    expect(data).toBe(`ack:${ref}`)

    // Someone else pressing the button (a forwarded alert) acknowledges nothing.
    const stranger = await postUpdate(w.app, callbackUpdate(PARENT, data))
    expect(JSON.parse(stranger.text).text).toContain('没有绑定')
    expect((await api(w, `/cases/${ref}`, 'off-01')).body.status).toBe('assigned')
    const otherOfficer = await postUpdate(w.app, callbackUpdate(900000002, data))
    expect(JSON.parse(otherOfficer.text).text).toContain('没有找到')

    const pressed = await postUpdate(w.app, callbackUpdate(Number(OFF01_CHAT), data))
    expect(pressed.status).toBe(200)
    expect(JSON.parse(pressed.text)).toMatchObject({ method: 'answerCallbackQuery', text: `已签收 ${ref}` })
    const view = (await api(w, `/cases/${ref}`, 'off-01')).body
    expect(view.status).toBe('acknowledged')
    expect(view.audit).toContainEqual(
      expect.objectContaining({
        actor: 'officer:off-01',
        action: 'status',
        detail: { from: 'assigned', to: 'acknowledged' },
      }),
    )
  })

  it('link their own account with a one-time code and get alerts there, P1 at once', async () => {
    const code = await issueLinkCode(w.core, 'off-02')
    const OFFICER_PHONE_CHAT = 7_700_000_001
    await send(OFFICER_PHONE_CHAT, { text: `/link ${code}` })
    expect((await w.core.store.db.select().from(schema.contacts)).length).toBe(0)
    // The code works once.
    await send(8_800_000_001, { text: `/link ${code}` })
    await send(PARENT, { text: '1002 有人拿刀威胁我同学' })
    await jobs()
    // The P1 alert goes out first: a P1 case's messages jump the outbox queue.
    const [alert, linked] = tg.textsTo(OFFICER_PHONE_CHAT)
    expect(alert).toContain('P1')
    expect(linked).toContain('已绑定')
    expect(tg.textsTo(8_800_000_001)).toEqual([expect.stringContaining('无效')])
    const [officer] = await w.core.store.db
      .select()
      .from(schema.officers)
      .where(eq(schema.officers.id, 'off-02'))
    expect(officer?.telegramChatId).toBe(String(OFFICER_PHONE_CHAT))
  })
})

describe('anonymity on Telegram', () => {
  it('leaves the tipster’s chat id in no database byte, log line or API answer', async () => {
    const answers: string[] = []
    tg.addFile('photo-3', PHOTO)
    for (const update of [
      messageUpdate(PARENT, { text: '/start s1001' }),
      messageUpdate(PARENT, { text: '有人在厕所打我' }),
      messageUpdate(PARENT, { photo: { fileId: 'photo-3' } }),
      messageUpdate(PARENT, { text: '/status' }),
      callbackUpdate(PARENT, 'school:qh-002'),
    ]) {
      answers.push((await postUpdate(w.app, update)).text)
    }
    await jobs()
    for (const officer of ['off-01', 'duty', 'admin']) {
      const queue = await api(w, '/queue', officer)
      answers.push(JSON.stringify(queue.body))
      for (const c of queue.body.cases) {
        answers.push(JSON.stringify((await api(w, `/cases/${c.ref}`, officer)).body))
        await api(w, `/cases/${c.ref}/replies`, officer, {
          method: 'POST',
          body: JSON.stringify({ text: 'ok' }),
        })
      }
    }
    await jobs()
    expect(tg.textsTo(PARENT).length).toBeGreaterThan(3)
    w.store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const bytes = Buffer.concat(
      [readFileSync(w.dbPath)].concat(
        ['-wal', '-shm'].flatMap((s) => {
          try {
            return [readFileSync(w.dbPath + s)]
          } catch {
            return []
          }
        }),
      ),
    )
    const id = String(PARENT)
    for (const form of [id, id.slice(1), id.slice(0, -1)]) {
      expect(bytes.includes(Buffer.from(form)), `database holds ${form}`).toBe(false)
      expect(w.logs.join('\n'), `logs hold ${form}`).not.toContain(form)
      expect(answers.join('\n'), `answers hold ${form}`).not.toContain(form)
    }
  })
})
