import { randomBytes } from 'node:crypto'
import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDueJobs } from '../../src/jobs'
import { issueOfficerToken } from '../../src/officer/tokens'
import * as schema from '../../src/store/schema'
import { caseRow, tip } from '../casework/support'
import { ConsoleClient } from '../console/support'
import { FakeTwilio, sendSms, refIn } from '../support/twilio'
import { PUBLIC_URL, type TestWhistle, testWhistle, TWILIO } from '../support/whistle'

/**
 * Every officer route, for every role, against a case of one school: who may see it sees it, everyone else
 * gets exactly what a case that does not exist gets (404), and nothing changes.
 */

let w: TestWhistle
let twilio: FakeTwilio
/** A P2 tip at 青禾一中 (qh-001, off-01), with a photo: neither the duty desk's nor another officer's. */
let own: { ref: string; evidenceId: string }
/** A P1 tip at 青禾二中 (qh-002, off-02): the duty desk sees every P1. */
let p1Ref: string
const MISSING = '99999999'

type Actor = 'owner' | 'other' | 'duty' | 'supervisor'
const OFFICER: Record<Actor, string> = { owner: 'off-01', other: 'off-02', duty: 'duty', supervisor: 'admin' }
/** Who may see the P2 case at qh-001. */
const SEES_OWN: Record<Actor, boolean> = { owner: true, other: false, duty: false, supervisor: true }

beforeAll(async () => {
  twilio = await new FakeTwilio().start()
  w = await testWhistle({ twilioApiBase: twilio.url })
  const path = `/2010-04-01/Accounts/${TWILIO.accountSid}/Messages/MM${randomBytes(16).toString('hex')}/Media/ME1`
  twilio.files.set(path, { bytes: randomBytes(1000), contentType: 'image/jpeg' })
  const sms = await sendSms(w.app, '+8613912340077', '1001 有人抢我同学的钱，这是照片', {
    NumMedia: '1',
    MediaUrl0: `https://api.twilio.com${path}`,
    MediaContentType0: 'image/jpeg',
  })
  const ref = refIn(sms.twiml) as string
  expect((await runDueJobs(w.core, w.clients)).evidence.stored).toBe(1)
  const [media] = await w.core.store.db.select().from(schema.media)
  own = { ref, evidenceId: media?.id as string }
  expect((await caseRow(w, ref)).urgency).not.toBe('P1')
  p1Ref = await tip(w, '1002 他们拿刀说要杀了我，现在就在校门口')
  expect((await caseRow(w, p1Ref)).urgency).toBe('P1')
})
afterAll(async () => {
  w.cleanup()
  await twilio.stop()
})

async function snapshot() {
  const db = w.core.store.db
  const tables = [schema.cases, schema.messages, schema.outbox, schema.auditEvents, schema.alerts]
  const counts = await Promise.all(tables.map(async (t) => (await db.select({ n: count() }).from(t))[0]?.n))
  return { counts, cases: await db.select().from(schema.cases) }
}

async function api(token: string | null, method: string, path: string, body?: unknown) {
  const response = await w.app.request(`${PUBLIC_URL}/api/v1${path}`, {
    method,
    headers: {
      ...(token !== null ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  return { status: response.status, text: await response.text() }
}

/** Every case route of the API, each with a body that would be valid for the case's owner. */
const CASE_ROUTES = (ref: string) => [
  { method: 'GET', path: `/cases/${ref}` },
  { method: 'POST', path: `/cases/${ref}/ack`, body: {} },
  { method: 'POST', path: `/cases/${ref}/status`, body: { status: 'in_progress' } },
  { method: 'POST', path: `/cases/${ref}/replies`, body: { text: '我们收到了' } },
  { method: 'POST', path: `/cases/${ref}/notes`, body: { text: '内部备注' } },
  { method: 'POST', path: `/cases/${ref}/transfer`, body: { school_id: 'qh-003' } },
  { method: 'POST', path: `/cases/${ref}/transfer`, body: { duty_desk: true } },
]

describe('the officer API', () => {
  it('refuses another scope’s case exactly as a case that does not exist, and changes nothing', async () => {
    for (const actor of ['other', 'duty'] as Actor[]) {
      const token = await w.token(OFFICER[actor])
      const before = await snapshot()
      for (const route of CASE_ROUTES(own.ref)) {
        const answer = await api(token, route.method, route.path, route.body)
        const missing = await api(token, route.method, route.path.replace(own.ref, MISSING), route.body)
        expect(answer, `${actor} ${route.method} ${route.path}`).toEqual(missing)
        expect(answer.status).toBe(404)
        expect(answer.text).not.toContain(own.ref)
      }
      // The refusals are not even audited as actions on the case; nothing moved.
      expect(await snapshot()).toEqual(before)
      // Nor do lists give it away.
      for (const path of ['/queue?limit=200', '/overdue']) {
        const list = await api(token, 'GET', path)
        expect(list.status).toBe(200)
        expect(list.text, `${actor} ${path}`).not.toContain(own.ref)
      }
    }
    // The other way round: off-01 cannot reach off-02's P1, which the duty desk can.
    const owner = await w.token('off-01')
    expect((await api(owner, 'GET', `/cases/${p1Ref}`)).status).toBe(404)
    expect((await api(owner, 'POST', `/cases/${p1Ref}/replies`, { text: 'x' })).status).toBe(404)
    expect((await api(await w.token('duty'), 'GET', `/cases/${p1Ref}`)).status).toBe(200)
  })

  it('lets the case’s own officer and the supervisor read, note and reply', async () => {
    for (const actor of ['owner', 'supervisor'] as Actor[]) {
      expect(SEES_OWN[actor]).toBe(true)
      const token = await w.token(OFFICER[actor])
      expect((await api(token, 'GET', `/cases/${own.ref}`)).status).toBe(200)
      expect((await api(token, 'POST', `/cases/${own.ref}/notes`, { text: `${actor} note` })).status).toBe(
        200,
      )
      expect((await api(token, 'POST', `/cases/${own.ref}/replies`, { text: `${actor} reply` })).status).toBe(
        200,
      )
      expect((await api(token, 'GET', '/queue')).text).toContain(own.ref)
    }
  })

  it('refuses identity and school fields smuggled into a change (mass assignment)', async () => {
    const token = await w.token('off-01')
    const before = await caseRow(w, own.ref)
    for (const body of [
      { status: 'in_progress', school_id: 'qh-002' },
      { status: 'in_progress', officer_id: 'off-02' },
      { status: 'in_progress', contact_id: 'x', urgency: 'P3' },
      { text: 'note', case_id: 'x' },
    ]) {
      const path = 'text' in body ? `/cases/${own.ref}/notes` : `/cases/${own.ref}/status`
      expect((await api(token, 'POST', path, body)).status, JSON.stringify(body)).toBe(400)
    }
    expect(await caseRow(w, own.ref)).toEqual(before)
    expect((await api(token, 'GET', '/queue?limit=1000000')).status).toBe(400)
  })

  it('keeps a school officer’s monthly report to their own schools', async () => {
    const month = w.clock.now.toISOString().slice(0, 7)
    const other = await api(await w.token('off-02'), 'GET', `/reports/monthly?month=${month}`)
    const supervisor = await api(await w.token('admin'), 'GET', `/reports/monthly?month=${month}`)
    expect(other.status).toBe(200)
    expect(supervisor.status).toBe(200)
    expect(supervisor.text).toContain('qh-001')
    expect(other.text).not.toContain('qh-001')
  })

  it('answers 401 without a token, with a malformed, unknown, expired or revoked one', async () => {
    const shortLived = await issueOfficerToken(w.core, 'off-01', 1)
    const inactive = await issueOfficerToken(w.core, 'off-04')
    await w.core.store.db
      .update(schema.officers)
      .set({ active: false })
      .where(eq(schema.officers.id, 'off-04'))
    const [id] = shortLived.split('.')
    const tokens: (string | null)[] = [null, 'garbage', `${id}.wrong-secret`, `${id}`, inactive]
    const saved = w.clock.now
    for (const route of [
      ...CASE_ROUTES(own.ref),
      { method: 'GET', path: '/queue' },
      { method: 'GET', path: '/overdue' },
    ]) {
      for (const token of tokens) {
        const answer = await api(token, route.method, route.path, 'body' in route ? route.body : undefined)
        expect(answer.status, `${String(token)} ${route.path}`).toBe(401)
        expect(answer.text).not.toContain(own.ref)
      }
      // An empty bearer is a malformed header: refused before any token lookup.
      expect((await api('', route.method, route.path, 'body' in route ? route.body : undefined)).status).toBe(
        400,
      )
    }
    expect((await api(shortLived, 'GET', `/cases/${own.ref}`)).status).toBe(200)
    w.clock.advance(2 * 86_400_000)
    try {
      expect((await api(shortLived, 'GET', `/cases/${own.ref}`)).status).toBe(401)
    } finally {
      w.clock.now = saved
      await w.core.store.db
        .update(schema.officers)
        .set({ active: true })
        .where(eq(schema.officers.id, 'off-04'))
    }
  })
})

describe('the console', () => {
  const clients = new Map<Actor, ConsoleClient>()
  const as = async (actor: Actor) => {
    let client = clients.get(actor)
    if (!client) {
      client = new ConsoleClient(w)
      await client.signIn(OFFICER[actor])
      clients.set(actor, client)
    }
    return client
  }
  const FORMS: Record<string, Record<string, string>> = {
    ack: {},
    reply: { text: '我们收到了' },
    note: { text: '内部备注' },
    status: { status: 'in_progress' },
    transfer: { target: 'school:qh-003' },
  }

  it('shows another scope’s case, its evidence and its actions as not found, and changes nothing', async () => {
    for (const actor of ['other', 'duty'] as Actor[]) {
      const client = await as(actor)
      const before = await snapshot()
      const page = await client.get(`/console/cases/${own.ref}`)
      const missing = await client.get(`/console/cases/${MISSING}`)
      expect(page.status).toBe(404)
      expect(page.html.replaceAll(own.ref, MISSING)).toBe(missing.html.replaceAll(own.ref, MISSING))
      const evidence = await client.get(`/console/cases/${own.ref}/evidence/${own.evidenceId}`)
      expect(evidence.status).toBe(404)
      for (const [action, fields] of Object.entries(FORMS)) {
        const answer = await client.form(`/console/cases/${own.ref}/${action}`, fields)
        expect(answer.status, `${actor} ${action}`).toBe(404)
        expect(await answer.text()).not.toContain('内部备注')
      }
      expect(await snapshot()).toEqual(before)
      expect((await client.get('/console')).html).not.toContain(own.ref)
      expect((await client.get('/console/queue/items')).html).not.toContain(own.ref)
    }
    // The evidence of one case is not reachable under another the officer does see.
    const duty = await as('duty')
    expect((await duty.get(`/console/cases/${p1Ref}/evidence/${own.evidenceId}`)).status).toBe(404)
  })

  it('serves the case and its evidence to its officer and the supervisor', async () => {
    for (const actor of ['owner', 'supervisor'] as Actor[]) {
      const client = await as(actor)
      expect((await client.get(`/console/cases/${own.ref}`)).status).toBe(200)
      expect((await client.get(`/console/cases/${own.ref}/evidence/${own.evidenceId}`)).status).toBe(200)
      expect((await client.form(`/console/cases/${own.ref}/note`, { text: `${actor} 备注` })).status).toBe(
        303,
      )
    }
  })

  it('keeps the desk and supervisor pages to their roles', async () => {
    const allowed: Record<string, Actor[]> = {
      '/console/desk': ['duty', 'supervisor'],
      '/console/supervisor': ['supervisor'],
      '/console/supervisor/report.csv': ['supervisor'],
    }
    for (const [path, roles] of Object.entries(allowed)) {
      for (const actor of ['owner', 'other', 'duty', 'supervisor'] as Actor[]) {
        const answer = await (await as(actor)).get(path)
        expect(answer.status, `${actor} ${path}`).toBe(roles.includes(actor) ? 200 : 404)
      }
    }
  })

  it('sends the signed-out and the expired to the login page, and refuses their posts', async () => {
    const anonymous = new ConsoleClient(w)
    const forged = new ConsoleClient(w)
    forged.cookie = `${(await as('owner')).cookie.split('=')[0]}=${'a'.repeat(64)}`
    for (const client of [anonymous, forged]) {
      for (const path of [
        `/console/cases/${own.ref}`,
        `/console/cases/${own.ref}/evidence/${own.evidenceId}`,
        '/console/desk',
        '/console/supervisor',
      ]) {
        const page = await client.get(path)
        expect(page.status, path).toBe(303)
        expect(page.headers.get('location')).toBe('/console/login')
      }
      for (const [action, fields] of Object.entries(FORMS)) {
        const answer = await client.form(`/console/cases/${own.ref}/${action}`, fields, {
          csrf: 'f'.repeat(64),
        })
        expect(answer.status, action).toBe(401)
      }
    }
    const saved = w.clock.now
    const owner = await as('owner')
    w.clock.advance(13 * 60 * 60_000)
    try {
      expect((await owner.get(`/console/cases/${own.ref}`)).status).toBe(303)
      expect((await owner.form(`/console/cases/${own.ref}/note`, { text: 'late' })).status).toBe(401)
    } finally {
      w.clock.now = saved
    }
  })
})
