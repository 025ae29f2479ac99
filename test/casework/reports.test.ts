import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category, Urgency } from '../../src/intake/triage/index'
import { monthlyReport, shown } from '../../src/officer/reports'
import { type TestWhistle, testWhistle } from '../support/whistle'
import { api, newPhone, post, tip, whistleCli } from './support'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

let w: TestWhistle
const at = (iso: string) => {
  w.clock.now = new Date(iso)
}
const later = (ms: number) => w.clock.advance(ms)

/**
 * A case opened at `opened` (UTC) with the given triage (set here, so that the report's numbers do not
 * hang on the triage rules), acknowledged after `ackAfter` and closed after `closeAfter`, if given.
 */
async function caseAt(
  opened: string,
  text: string,
  triage: `${Category}/${Urgency}`,
  work: { ackAfter?: number; closeAfter?: number; officer?: string; from?: string } = {},
) {
  at(opened)
  const ref = await tip(w, text, work.from ?? newPhone())
  const [category, urgency] = triage.split('/')
  w.store.sqlite
    .prepare('update cases set category = ?, urgency = ? where ref = ?')
    .run(category, urgency, ref)
  const officer = work.officer ?? 'off-01'
  if (work.ackAfter !== undefined) {
    at(opened)
    later(work.ackAfter)
    expect((await post(w, `/cases/${ref}/ack`, officer, {})).status).toBe(200)
  }
  if (work.closeAfter !== undefined) {
    at(opened)
    later(work.closeAfter)
    await post(w, `/cases/${ref}/status`, officer, { status: 'resolved', resolution: '已处理' })
    const closed = await post(w, `/cases/${ref}/status`, officer, {
      status: 'closed',
      feedback: '已处理，谢谢。',
    })
    expect(closed.status).toBe(200)
  }
  return ref
}

beforeAll(async () => {
  w = await testWhistle()
  // November 2026 in the county's time (UTC+8): 2026-10-31T16:00Z to 2026-11-30T16:00Z.
  await caseAt('2026-10-20T02:00:00Z', '1001 有人在操场踢人', 'physical/P2') // October, never taken up: open and overdue
  await caseAt('2026-10-31T16:30:00Z', '1001 他们在群里骂我', 'cyber/P3', {
    ackAfter: 10 * MINUTE,
    from: `whatsapp:${newPhone()}`,
  })
  await caseAt('2026-11-02T02:00:00Z', '1001 有人在厕所打人', 'physical/P2', {
    ackAfter: 30 * MINUTE,
    closeAfter: 2 * DAY,
  })
  await caseAt('2026-11-05T02:00:00Z', '1001 有人在楼梯推人', 'physical/P2', {
    ackAfter: 60 * MINUTE,
    closeAfter: 3 * DAY,
  })
  await caseAt('2026-11-08T02:00:00Z', '1001 他们天天骂我', 'verbal/P3', {
    ackAfter: 90 * MINUTE,
    closeAfter: DAY,
  })
  await caseAt('2026-11-10T02:00:00Z', '1001 有人抢我的钱 要钱', 'extortion/P2') // never taken up
  await caseAt('2026-11-12T02:00:00Z', '1002 有人在厕所打人', 'physical/P2') // never taken up
  await caseAt('2026-11-14T02:00:00Z', '我孩子在学校被人欺负了', 'other/P3') // no school named
  await caseAt('2026-11-30T16:30:00Z', '1001 有人在操场打人', 'physical/P2') // 1 December in the county
  at('2026-12-05T00:00:00Z')
}, 60_000)
afterAll(() => w.cleanup())

const lt3 = '<3'

describe('the monthly report', () => {
  it('counts a school’s month, shows counts below 3 as "<3", and medians of its cases', async () => {
    const report = await monthlyReport(w.core, { month: '2026-11' })
    expect(report).toMatchObject({
      month: '2026-11',
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
      asOf: '2026-11-30T16:00:00.000Z',
    })
    const first = report.schools.find((s) => s.school?.id === 'qh-001')
    expect(first).toEqual({
      school: { id: 'qh-001', code: '1001', name: '青禾县第一中学', nameEn: 'Qinghe No.1 Middle School' },
      tips: 5,
      byChannel: { sms: 4, whatsapp: lt3, telegram: lt3, voice: lt3 },
      byCategory: {
        self_harm: lt3,
        weapon: lt3,
        sexual: lt3,
        physical: lt3,
        extortion: lt3,
        cyber: lt3,
        relational: lt3,
        verbal: lt3,
        other: lt3,
      },
      byUrgency: { P1: lt3, P2: 3, P3: lt3 },
      medianAckMinutes: 45,
      medianCloseMinutes: 2 * 24 * 60,
      open: 3,
      overdue: lt3,
    })
    const second = report.schools.find((s) => s.school?.id === 'qh-002')
    expect(second).toMatchObject({ tips: lt3, medianAckMinutes: null, medianCloseMinutes: null, open: lt3 })
    // A school with no tips has its row too, and it looks like one with one or two.
    expect(report.schools.find((s) => s.school?.id === 'qh-030')).toMatchObject({ tips: lt3, open: lt3 })
    expect(report.schools.find((s) => s.school === null)).toMatchObject({ tips: lt3 })
    expect(report.county).toMatchObject({
      tips: 7,
      byChannel: { sms: 6, whatsapp: lt3 },
      byUrgency: { P1: lt3, P2: 4, P3: 3 },
      medianAckMinutes: 45,
      medianCloseMinutes: 2880,
      open: 5,
      overdue: 4,
    })
  })

  it('for the current month counts open and overdue as of now', async () => {
    const december = await monthlyReport(w.core, { month: '2026-12' })
    expect(december.asOf).toBe('2026-12-05T00:00:00.000Z')
    expect(december.county).toMatchObject({ tips: lt3, open: 6 })
  })

  it('never shows a number below 3', () => {
    expect([0, 1, 2, 3, 10].map(shown)).toEqual([lt3, lt3, lt3, 3, 10])
  })

  it('is served to the supervisor as JSON and CSV, and to an officer for their own schools only', async () => {
    const json = await api(w, '/reports/monthly?month=2026-11', 'admin')
    expect(json.status).toBe(200)
    expect(json.body.county.tips).toBe(7)
    expect(json.body.schools).toHaveLength(31)

    const csv = await api(w, '/reports/monthly?month=2026-11&format=csv', 'admin')
    expect(csv.status).toBe(200)
    const lines = (csv.body as string).trimEnd().split('\r\n')
    expect(lines[0]).toMatch(/^month,scope,school_id,school_code,school_name,tips,channel_sms,/)
    expect(lines).toHaveLength(1 + 31 + 1)
    expect(lines.find((l) => l.includes(',qh-001,'))).toMatch(
      /^2026-11,school,qh-001,1001,青禾县第一中学,5,4,<3,<3,<3,(<3,){9}<3,3,<3,45,2880,3,<3$/,
    )
    expect(lines.at(-1)).toMatch(/^2026-11,county,,,,7,6,<3,/)

    const mine = await api(w, '/reports/monthly?month=2026-11', 'off-01')
    expect(mine.body.county).toBeNull()
    expect(mine.body.schools.map((s: { school: { id: string } }) => s.school.id)).toEqual([
      'qh-001',
      'qh-004',
    ])

    expect((await api(w, '/reports/monthly?month=2026-13', 'admin')).status).toBe(400)
    expect((await api(w, '/reports/monthly', 'admin')).status).toBe(400)
    expect((await api(w, '/reports/monthly?month=2026-11&format=xml', 'admin')).status).toBe(400)
    expect((await w.app.request('/api/v1/reports/monthly?month=2026-11')).status).toBe(401)
  })

  it('is printed by whistle report monthly, as the API serves it', async () => {
    const csv = whistleCli(w, ['report', 'monthly', '2026-11', '--format', 'csv'])
    expect(csv.code).toBe(0)
    expect(csv.stdout).toBe((await api(w, '/reports/monthly?month=2026-11&format=csv', 'admin')).body)
    const json = whistleCli(w, ['report', 'monthly', '2026-11'])
    expect(JSON.parse(json.stdout).county.tips).toBe(7)
    expect(whistleCli(w, ['report', 'monthly', 'November']).code).toBe(2)
  }, 60_000)
})
