import { createExecutionContext, createScheduledController } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { eq } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { fromBase64 } from '../../src/crypto/encoding'
import { nobleSodium } from '../../src/crypto/noble'
import { openEscrow } from '../../src/crypto/vault'
import { issueOfficerToken } from '../../src/officer/tokens'
import { openD1Store } from '../../src/runtime/d1'
import whistleWorker, { type WorkerWhistle } from '../../src/runtime/worker'
import { findAuditBreak } from '../../src/store/audit'
import * as schema from '../../src/store/schema'
import { asConflict } from '../../src/store/store'
import {
  fakeTwilio,
  freshCounty,
  messageSid,
  officerApi,
  PUBLIC_URL,
  rowCounts,
  signedTwilioRequest,
  worker,
} from './support'

const CHILD = '+8613912345678'

let whistle: WorkerWhistle
beforeEach(async () => {
  whistle = await freshCounty()
})

const smsParams = (body: string, sid = messageSid()) => ({
  MessageSid: sid,
  AccountSid: env.TWILIO_ACCOUNT_SID as string,
  From: CHILD,
  To: env.TWILIO_PHONE_NUMBER as string,
  Body: body,
  NumMedia: '0',
})

async function sendSms(params: Record<string, string>) {
  const response = await worker.fetch(await signedTwilioRequest('/webhooks/twilio/sms', params))
  return { status: response.status, twiml: await response.text() }
}

/** The cron trigger, through the Worker's own scheduled handler. */
async function runCron() {
  await whistleWorker.scheduled(createScheduledController({ cron: '* * * * *' }), env)
}

describe('Whistle inside workerd on D1', () => {
  it('answers /health from D1', async () => {
    const response = await worker.fetch(`${PUBLIC_URL}/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
  })

  it('turns a signed SMS into a case in the school officer’s queue, sealed and audited', async () => {
    const sms = await sendSms(smsParams('1001 有人在厕所打人'))
    expect(sms.status).toBe(200)
    const ref = /(\d{8})/.exec(sms.twiml)?.[1]
    expect(ref).toMatch(/^\d{8}$/)
    expect(sms.twiml).toContain('已收到')

    const mine = await officerApi('off-01', '/queue')
    expect(mine.body.cases).toEqual([
      expect.objectContaining({ ref, schoolId: 'qh-001', officerId: 'off-01' }),
    ])
    expect((await officerApi('off-02', '/queue')).body.cases).toEqual([])
    expect((await officerApi('off-02', `/cases/${ref}`)).status).toBe(404)
    const view = await officerApi('off-01', `/cases/${ref}`)
    expect(view.body.messages).toContainEqual(
      expect.objectContaining({ direction: 'in', kind: 'tip', text: '1001 有人在厕所打人' }),
    )

    // Sealed with noble in workerd: the escrow copy opens with the offline key, and only with it.
    const [contact] = await whistle.core.store.db.select().from(schema.contacts)
    expect(JSON.stringify(contact)).not.toContain('13912345678')
    const escrow = fromBase64(env.ESCROW_SECRET_KEY)
    expect(
      openEscrow(
        nobleSodium(),
        fromBase64(env.ESCROW_PUBLIC_KEY as string),
        escrow,
        contact?.escrowBox ?? '',
      ),
    ).toBe(`sms:${CHILD}`)
    const audit = await whistle.core.store.db
      .select()
      .from(schema.auditEvents)
      .orderBy(schema.auditEvents.seq)
    expect(audit.map((a) => a.action)).toContain('case_opened')
    expect(findAuditBreak(audit)).toBeNull()
  })

  it('groups tips about one event into an incident, and follows a case made invalid meanwhile', async () => {
    const event = '操场上几个男生围着一个同学打，还拍了视频'
    const send = (from: string, text: string) => sendSms({ ...smsParams(`1001 ${text}`), From: from })
    for (const from of ['+8613900000001', '+8613900000002', '+8613900000003']) {
      expect((await send(from, event)).status).toBe(200)
    }
    const db = whistle.core.store.db
    const grouped = await db
      .select({ id: schema.cases.id, incidentId: schema.cases.incidentId })
      .from(schema.cases)
    expect(grouped).toHaveLength(3)
    const [incidentId] = new Set(grouped.map((c) => c.incidentId))
    expect(incidentId).toEqual(expect.any(String))
    expect(new Set(grouped.map((c) => c.incidentId)).size).toBe(1)
    // Made invalid, the incident's cases no longer draw tips: the next one about it stands alone.
    const before = await db.select().from(schema.caseChanges)
    await whistle.core.store.commit([
      db
        .update(schema.cases)
        .set({ status: 'invalid' })
        .where(eq(schema.cases.incidentId, incidentId as string)),
    ])
    expect((await db.select().from(schema.caseChanges))[0]?.count).toBe((before[0]?.count ?? 0) + 3)
    expect((await send('+8613900000004', event)).status).toBe(200)
    const alone = await db
      .select({ incidentId: schema.cases.incidentId })
      .from(schema.cases)
      .where(eq(schema.cases.status, 'assigned'))
    expect(alone).toEqual([{ incidentId: null }])
  })

  it('lets the officer sign in to the console and see the case', async () => {
    const ref = /(\d{8})/.exec((await sendSms(smsParams('1001 有人在厕所打人'))).twiml)?.[1] as string
    const token = await issueOfficerToken(whistle.core, 'off-01')
    const login = await worker.fetch(`${PUBLIC_URL}/console/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: PUBLIC_URL },
      body: new URLSearchParams({ token }).toString(),
      redirect: 'manual',
    })
    expect(login.status).toBe(303)
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? ''
    const queue = await worker.fetch(`${PUBLIC_URL}/console`, { headers: { Cookie: cookie } })
    expect(queue.status).toBe(200)
    expect(await queue.text()).toContain(ref)
  })

  it('sends an officer’s reply through the cron trigger to (fake) Twilio', async () => {
    const ref = /(\d{8})/.exec((await sendSms(smsParams('1001 fight in the toilets'))).twiml)?.[1]
    const reply = await officerApi('off-01', `/cases/${ref}/replies`, {
      method: 'POST',
      body: JSON.stringify({ text: '你好，我是学校民警，明天会去学校了解情况。' }),
    })
    expect(reply.status).toBeLessThan(300)
    expect(await fakeTwilio.messages()).toEqual([])

    await runCron()
    const sent = await fakeTwilio.messages()
    expect(sent).toEqual([
      expect.objectContaining({
        to: CHILD,
        from: env.TWILIO_PHONE_NUMBER,
        body: '你好，我是学校民警，明天会去学校了解情况。',
      }),
    ])
    const [row] = await whistle.core.store.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.kind, 'reply'))
    expect(row).toMatchObject({ status: 'sent', providerMessageId: sent[0]?.sid })

    await runCron()
    expect(await fakeTwilio.messages()).toHaveLength(1)
  })

  it('honours Retry-After and never retries a 4xx from Twilio', async () => {
    const ref = /(\d{8})/.exec((await sendSms(smsParams('1001 fight'))).twiml)?.[1]
    await officerApi('off-01', `/cases/${ref}/replies`, {
      method: 'POST',
      body: JSON.stringify({ text: 'one' }),
    })
    await fakeTwilio.failNext(429, 1, { 'Retry-After': '7200' })
    const before = Date.now()
    await runCron()
    const replies = () =>
      whistle.core.store.db.select().from(schema.outbox).where(eq(schema.outbox.kind, 'reply'))
    const [waiting] = await replies()
    expect(waiting).toMatchObject({ status: 'pending', lastError: 'Twilio answered 429' })
    expect(waiting?.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 7_200_000)

    await whistle.core.store.db.delete(schema.outbox).where(eq(schema.outbox.kind, 'reply'))
    await officerApi('off-01', `/cases/${ref}/replies`, {
      method: 'POST',
      body: JSON.stringify({ text: 'two' }),
    })
    await fakeTwilio.failNext(400)
    await runCron()
    const [refused] = await replies()
    expect(refused).toMatchObject({ status: 'failed', lastError: expect.stringContaining('400') })
    const requests = (await (await fetch('https://twilio.fake/__fake/requests')).json()) as unknown[]
    await runCron()
    expect(await (await fetch('https://twilio.fake/__fake/requests')).json()).toHaveLength(requests.length)
  })

  it('recognises a repeated MessageSid: same answer, nothing written', async () => {
    const params = smsParams('1001 有人在厕所打人')
    const first = await sendSms(params)
    const before = await rowCounts()
    const again = await sendSms(params)
    expect(again).toEqual(first)
    expect(await rowCounts()).toEqual(before)
  })

  it('refuses an unsigned or wrongly signed webhook', async () => {
    const request = await signedTwilioRequest('/webhooks/twilio/sms', smsParams('1001 x'))
    const forged = new Request(request, {
      headers: { ...Object.fromEntries(request.headers), 'X-Twilio-Signature': 'AAAA' },
    })
    expect((await worker.fetch(forged)).status).toBe(403)
    expect(await rowCounts()).toMatchObject({ cases: 0, messages: 0 })
  })
})

describe('a Worker without its secrets', () => {
  it('answers 503 naming what is missing, never a value', async () => {
    const { CONTENT_KEY: _, ...withoutContentKey } = env
    const response = await whistleWorker.fetch(
      new Request(`${PUBLIC_URL}/health`),
      withoutContentKey as typeof env,
      createExecutionContext(),
    )
    expect(response.status).toBe(503)
    const text = await response.text()
    expect(text).toContain('CONTENT_KEY')
    for (const value of [env.RELAY_KEY, env.IDENTITY_INDEX_KEY, env.ESCROW_PUBLIC_KEY]) {
      expect(text).not.toContain(value)
    }
  })
})

describe('the D1 store', () => {
  it('lands nothing of a batch that fails, and says it was a unique conflict', async () => {
    const sid = messageSid()
    expect((await sendSms(smsParams('1001 有人打人', sid))).status).toBe(200)
    const before = await rowCounts()
    const [lastAudit] = await whistle.core.store.db
      .select()
      .from(schema.auditEvents)
      .orderBy(schema.auditEvents.seq)
    const db = whistle.core.store.db
    const now = new Date()
    const failing = whistle.core.store.commit(
      [
        db.insert(schema.contacts).values({
          id: 'contact-x',
          channel: 'sms',
          blindId: 'blind-x',
          relayBox: 'r',
          escrowBox: 'e',
          language: 'en',
          createdAt: now,
          lastSeenAt: now,
        }),
        // The same provider message id again: the receipt's unique key refuses it, last in the batch.
        db.insert(schema.providerReceipts).values({
          provider: 'twilio',
          providerId: sid,
          caseId: null,
          replyMessageId: null,
          receivedAt: now,
        }),
      ],
      [{ at: now, actor: 'system', action: 'test', caseId: null, detail: {} }],
    )
    const error = await failing.catch((e: unknown) => e)
    expect(asConflict(error)?.target).toMatch(/provider_receipts/)
    expect(await rowCounts()).toEqual(before)
    expect(await db.select().from(schema.contacts).where(eq(schema.contacts.id, 'contact-x'))).toEqual([])
    expect(lastAudit).toBeDefined()
  })

  it('keeps the audit chain whole when isolates commit at the same moment', async () => {
    // Separate stores stand in for separate isolates: each reads the chain's end, then batches.
    const stores = Array.from({ length: 8 }, () => openD1Store(env.DB))
    const now = new Date()
    await Promise.all(
      stores.map((store, i) =>
        store.commit([], [{ at: now, actor: 'system', action: 'race', caseId: null, detail: { i } }]),
      ),
    )
    const audit = await whistle.core.store.db
      .select()
      .from(schema.auditEvents)
      .orderBy(schema.auditEvents.seq)
    expect(audit.filter((a) => a.action === 'race')).toHaveLength(8)
    expect(findAuditBreak(audit)).toBeNull()
  })
})
