import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { REPLIES_PER_HOUR } from '../../src/officer/casework'
import * as schema from '../../src/store/schema'
import { refIn, sendSms } from '../support/twilio'
import { type TestWhistle, testWhistle } from '../support/whistle'

let w: TestWhistle
let ref: string
beforeEach(async () => {
  w = await testWhistle()
  ref = refIn((await sendSms(w.app, '+8613922223333', '1001 他们在操场推我')).twiml) as string
})
afterEach(() => w.cleanup())

async function call(path: string, token: string | null, init: RequestInit = {}) {
  const response = await w.app.request(`/api/v1${path}`, {
    ...init,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      'Content-Type': 'application/json',
      ...init.headers,
    },
  })
  const text = await response.text()
  return { status: response.status, text, body: text.startsWith('{') ? JSON.parse(text) : null }
}
const post = (path: string, token: string, body: unknown) =>
  call(path, token, { method: 'POST', body: JSON.stringify(body) })

describe('officer API authentication', () => {
  it('refuses no token, a malformed one, an unknown one, an expired one and a revoked one', async () => {
    expect((await call('/queue', null)).status).toBe(401)
    expect((await call('/queue', 'not-a-token')).status).toBe(401)
    expect((await call('/queue', 'abcdefghij.0123456789012345678901234567890123456789012')).status).toBe(401)
    const token = await w.token('off-01')
    expect((await call('/queue', token)).status).toBe(200)
    const [id, secret] = token.split('.') as [string, string]
    const altered = secret.endsWith('A') ? 'B' : 'A'
    expect((await call('/queue', `${id}.${secret.slice(0, -1)}${altered}`)).status).toBe(401)
    w.clock.advance(91 * 86_400_000)
    expect((await call('/queue', token)).status).toBe(401)
    const fresh = await w.token('off-01')
    await w.core.store.db
      .update(schema.officerTokens)
      .set({ revokedAt: w.clock.read() })
      .where(eq(schema.officerTokens.id, fresh.split('.')[0] as string))
    expect((await call('/queue', fresh)).status).toBe(401)
  })

  it('stores only a hash of the token', async () => {
    const token = await w.token('off-01')
    const rows = JSON.stringify(await w.core.store.db.select().from(schema.officerTokens))
    expect(rows).not.toContain(token.split('.')[1])
  })

  it('describes itself in OpenAPI without a token', async () => {
    const doc = await call('/openapi.json', null)
    expect(doc.status).toBe(200)
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/queue',
        '/cases/{ref}',
        '/cases/{ref}/ack',
        '/cases/{ref}/replies',
        '/cases/{ref}/transfer',
      ]),
    )
  })
})

describe('officer API scope', () => {
  it('answers another school’s case with 404 on every route, as if it did not exist', async () => {
    const other = await w.token('off-02')
    const missing = await call('/cases/99999999', other)
    for (const [path, body] of [
      [`/cases/${ref}`, undefined],
      [`/cases/${ref}/ack`, {}],
      [`/cases/${ref}/status`, { status: 'in_progress' }],
      [`/cases/${ref}/replies`, { text: 'hello' }],
      [`/cases/${ref}/notes`, { text: 'x' }],
      [`/cases/${ref}/transfer`, { school_id: 'qh-002' }],
    ] as const) {
      const response = body === undefined ? await call(path, other) : await post(path, other, body)
      expect(response, path).toMatchObject({ status: 404, body: missing.body })
    }
    expect((await call('/queue', other)).body.cases).toEqual([])
  })

  it('lets the duty desk see P1s and cases with no school, and the supervisor everything', async () => {
    const p1 = refIn(
      (await sendSms(w.app, '+8613922224444', '1002 he has a knife and says he will stab me after school'))
        .twiml,
    )
    const desk = await w.token('duty')
    const deskQueue = (await call('/queue', desk)).body.cases.map((c: { ref: string }) => c.ref)
    expect(deskQueue).toContain(p1)
    expect(deskQueue).not.toContain(ref)
    const supervisor = (await call('/queue', await w.token('admin'))).body.cases.map(
      (c: { ref: string }) => c.ref,
    )
    expect(supervisor).toEqual(expect.arrayContaining([p1, ref]))
  })
})

describe('officer API input', () => {
  it('refuses mass assignment of fields it does not take', async () => {
    const token = await w.token('off-01')
    expect(
      (await post(`/cases/${ref}/status`, token, { status: 'acknowledged', school_id: 'qh-002' })).status,
    ).toBe(400)
    expect(
      (await post(`/cases/${ref}/replies`, token, { text: 'hi', contactId: 'x', channel: 'sms' })).status,
    ).toBe(400)
    expect(
      (await post(`/cases/${ref}/transfer`, token, { school_id: 'qh-002', officer_id: 'off-01' })).status,
    ).toBe(400)
  })

  it('refuses absurd limits, bad refs, prototype keys, deep nesting, wrong types, non-JSON and oversized bodies', async () => {
    const token = await w.token('off-01')
    expect((await call('/queue?limit=1000000', token)).status).toBe(400)
    expect((await call('/queue?limit=-1', token)).status).toBe(400)
    expect((await call('/cases/../../etc', token)).status).toBe(404)
    expect((await call('/cases/1001%27%20OR%201=1', token)).status).toBe(400)
    const proto = await call(`/cases/${ref}/replies`, token, {
      method: 'POST',
      body: '{"text":"hi","__proto__":{"admin":true}}',
    })
    expect(proto.status).toBe(400)
    const ctor = await call(`/cases/${ref}/notes`, token, {
      method: 'POST',
      body: '{"text":"x","constructor":{"prototype":{"a":1}}}',
    })
    expect(ctor.status).toBe(400)
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`
    expect((await call(`/cases/${ref}/notes`, token, { method: 'POST', body: deep })).status).toBe(400)
    const huge = await call(`/cases/${ref}/status`, token, { method: 'POST', body: '{"status":1e999999}' })
    expect(huge.status).toBe(400)
    expect((await post(`/cases/${ref}/status`, token, { status: 'teleported' })).status).toBe(400)
    const form = await call(`/cases/${ref}/notes`, token, {
      method: 'POST',
      body: 'text=hi',
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(form.status).toBe(415)
    const big = await call(`/cases/${ref}/notes`, token, {
      method: 'POST',
      body: JSON.stringify({ text: 'x'.repeat(100_000) }),
    })
    expect(big.status).toBe(413)
  })
})

describe('casework through the API', () => {
  it('acknowledges, works, resolves and closes a case, each step audited', async () => {
    const token = await w.token('off-01')
    expect((await post(`/cases/${ref}/ack`, token, {})).body).toEqual({ ref, status: 'acknowledged' })
    expect((await post(`/cases/${ref}/status`, token, { status: 'closed' })).status).toBe(409)
    expect(
      (await post(`/cases/${ref}/status`, token, { status: 'in_progress', note: '已联系班主任' })).status,
    ).toBe(200)
    expect((await post(`/cases/${ref}/status`, token, { status: 'resolved' })).status).toBe(400)
    expect(
      (await post(`/cases/${ref}/status`, token, { status: 'resolved', resolution: '已调解，家长已签字' }))
        .status,
    ).toBe(200)
    expect((await post(`/cases/${ref}/status`, token, { status: 'closed' })).status).toBe(400)
    const closed = await post(`/cases/${ref}/status`, token, {
      status: 'closed',
      feedback: '你反映的问题已处理，谢谢你。',
    })
    expect(closed.body).toEqual({ ref, status: 'closed' })
    const view = (await call(`/cases/${ref}`, token)).body
    expect(view.audit.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['case_opened', 'status']),
    )
    expect(view.audit.filter((e: { action: string }) => e.action === 'status')).toHaveLength(4)
    // The tipster heard of the acknowledgement and the resolution (status), then the feedback.
    expect(view.messages.map((m: { kind: string }) => m.kind)).toEqual([
      'tip',
      'receipt',
      'status',
      'note',
      'status',
      'feedback',
    ])
    expect(view.resolution).toBe('已调解，家长已签字')
  })

  it('transfers a mis-named case to the right school’s officer', async () => {
    const moved = await post(`/cases/${ref}/transfer`, await w.token('off-01'), {
      school_id: 'qh-006',
      reason: '学生说错了学校',
    })
    expect(moved.body).toEqual({ ref, officerId: 'off-04', status: 'assigned' })
    expect((await call(`/cases/${ref}`, await w.token('off-01'))).status).toBe(404)
    expect((await call(`/cases/${ref}`, await w.token('off-04'))).body.school.id).toBe('qh-006')
    expect(
      (await post(`/cases/${ref}/transfer`, await w.token('off-04'), { school_id: 'nope' })).status,
    ).toBe(400)
  })

  it('caps replies to one tipster so a flood cannot run up SMS costs', async () => {
    const token = await w.token('off-01')
    for (let i = 0; i < REPLIES_PER_HOUR; i++) {
      expect((await post(`/cases/${ref}/replies`, token, { text: `msg ${i}` })).status).toBe(200)
    }
    expect((await post(`/cases/${ref}/replies`, token, { text: 'one more' })).status).toBe(429)
    w.clock.advance(61 * 60_000)
    expect((await post(`/cases/${ref}/replies`, token, { text: 'later' })).status).toBe(200)
  })
})
