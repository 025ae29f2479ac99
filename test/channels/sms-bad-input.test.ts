import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { escapeXml, messagingTwiml } from '../../src/channels/twilio/twiml'
import * as schema from '../../src/store/schema'
import { refIn, sendSms, smsParams, twilioRequest } from '../support/twilio'
import { PUBLIC_URL, type TestWhistle, testWhistle } from '../support/whistle'

const FROM = '+8613911112222'
let w: TestWhistle
beforeEach(async () => {
  w = await testWhistle()
})
afterEach(() => w.cleanup())

const post = (request: Request) => w.app.request(request)
const caseCount = async () => (await w.core.store.db.select().from(schema.cases)).length

async function tipText(ref: string) {
  const [row] = await w.core.store.db
    .select({ body: schema.messages.body })
    .from(schema.messages)
    .innerJoin(schema.cases, eq(schema.cases.id, schema.messages.caseId))
    .where(eq(schema.cases.ref, ref))
  return row ? w.core.vault.openContent(row.body) : null
}

describe('the SMS webhook refuses what Twilio did not sign', () => {
  const params = () => smsParams(FROM, '1001 有人打人')

  it('a missing, empty or wrong signature: 403, nothing written', async () => {
    for (const signature of ['', 'bm90IGEgc2lnbmF0dXJl', 'x'.repeat(500)]) {
      expect((await post(twilioRequest('/webhooks/twilio/sms', params(), { signature }))).status).toBe(403)
    }
    const unsigned = new Request(`${PUBLIC_URL}/webhooks/twilio/sms`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params()).toString(),
    })
    expect((await post(unsigned)).status).toBe(403)
    expect(await caseCount()).toBe(0)
  })

  it('a signature over http instead of https, or with another token: 403', async () => {
    const p = params()
    expect(
      (
        await post(
          twilioRequest('/webhooks/twilio/sms', p, {
            signedUrl: `${PUBLIC_URL.replace('https', 'http')}/webhooks/twilio/sms`,
          }),
        )
      ).status,
    ).toBe(403)
    expect((await post(twilioRequest('/webhooks/twilio/sms', p, { authToken: 'someone-else' }))).status).toBe(
      403,
    )
  })

  it('a tampered body, or a signature replayed over another body: 403', async () => {
    const p = params()
    const signed = twilioRequest('/webhooks/twilio/sms', p)
    const tampered = new URLSearchParams({ ...p, Body: '1002 假消息' }).toString()
    const replay = twilioRequest('/webhooks/twilio/sms', p, {
      signature: signed.headers.get('x-twilio-signature') as string,
      body: tampered,
    })
    expect((await post(replay)).status).toBe(403)
    expect(await caseCount()).toBe(0)
  })

  it('wrong content types: 415; oversized bodies: 413 by Content-Length and when chunked', async () => {
    const json = new Request(`${PUBLIC_URL}/webhooks/twilio/sms`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(params()),
    })
    expect((await post(json)).status).toBe(415)
    const big = `Body=${'a'.repeat(200_000)}`
    const declared = new Request(`${PUBLIC_URL}/webhooks/twilio/sms`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(big.length) },
      body: big,
    })
    expect((await post(declared)).status).toBe(413)
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('a'.repeat(10_000)))
        controller.close()
      },
    })
    const chunked = new Request(`${PUBLIC_URL}/webhooks/twilio/sms`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect((await post(chunked)).status).toBe(413)
  })

  it('a signed request that is not a message webhook: 400', async () => {
    const p = { AccountSid: 'AC1', From: FROM }
    expect((await post(twilioRequest('/webhooks/twilio/sms', p))).status).toBe(400)
    const notPhone = smsParams('not-a-number', 'hi')
    expect((await post(twilioRequest('/webhooks/twilio/sms', notPhone))).status).toBe(400)
  })
})

describe('the SMS webhook handles every signed message, however odd', () => {
  it('validates over parameters it does not know, repeated names, and + or %20 for spaces', async () => {
    const extra = await sendSms(w.app, FROM, '1001 有人 打人', { NewTwilioField: 'x', ToCountry: 'CN' })
    expect(extra.status).toBe(200)
    const p = smsParams('+8613911113333', '1001 fight in the yard')
    const plus = new URLSearchParams(p).toString()
    expect(plus).toContain('+')
    expect((await post(twilioRequest('/webhooks/twilio/sms', p, { body: plus }))).status).toBe(200)
    const p2 = smsParams('+8613911114444', '1001 fight in the yard')
    const percent = new URLSearchParams(p2).toString().replace(/\+/g, '%20')
    expect((await post(twilioRequest('/webhooks/twilio/sms', p2, { body: percent }))).status).toBe(200)
    const repeated = smsParams('+8613911115555', '1001 again')
    const body = `${new URLSearchParams(repeated).toString()}&Extra=a&Extra=b`
    const signed = twilioRequest(
      '/webhooks/twilio/sms',
      { ...repeated, Extra: ['a', 'b'] } as unknown as Record<string, string>,
      { body },
    )
    expect((await post(signed)).status).toBe(200)
  })

  it('an empty or blank message asks what happened and opens no case', async () => {
    for (const body of ['', '   \n\t ', '\u200b\u200b']) {
      const sms = await sendSms(w.app, FROM, body)
      expect(sms.status).toBe(200)
      expect(sms.twiml).toContain('发生了什么')
    }
    expect(await caseCount()).toBe(0)
  })

  it('texts at and over 1600 characters are kept whole up to the limit', async () => {
    const at = `1001 ${'打'.repeat(1595)}`
    const ref = refIn((await sendSms(w.app, FROM, at)).twiml) as string
    expect(await tipText(ref)).toBe(at)
    const over = await sendSms(w.app, '+8613911116666', `1002 ${'x'.repeat(20_000)}`)
    expect(over.status).toBe(200)
    expect((await tipText(refIn(over.twiml) as string))?.length).toBe(8000)
  })

  it('NumMedia that disagrees with the MediaUrlN fields: what is there counts', async () => {
    const sms = await sendSms(w.app, FROM, '1001 看照片', {
      NumMedia: '3',
      MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1',
      MediaContentType0: 'image/jpeg',
    })
    expect(sms.status).toBe(200)
    const media = await w.core.store.db.select().from(schema.media)
    expect(media).toHaveLength(1)
    expect(media[0]).toMatchObject({ state: 'pending', contentType: 'image/jpeg' })
    expect(JSON.stringify(media)).not.toContain('twilio.com')
    const none = await sendSms(w.app, '+8613911117777', '1001 no media', {
      NumMedia: '0',
      MediaUrl0: 'https://x.example/a',
    })
    expect(none.status).toBe(200)
    expect(await w.core.store.db.select().from(schema.media)).toHaveLength(1)
    const bogus = await sendSms(w.app, '+8613911118888', '1001 bogus', { NumMedia: 'many' })
    expect(bogus.status).toBe(400)
  })

  it('emoji, combining marks, bidi overrides, zero-width characters, NUL and lone surrogates', async () => {
    const text = '1001 👩‍👩‍👧‍👦👍🏽 e\u0301 \u202Eevil\u202C zero\u200bwidth nul\u0000 lone\ud800 end'
    const sms = await sendSms(w.app, FROM, text)
    expect(sms.status).toBe(200)
    const stored = await tipText(refIn(sms.twiml) as string)
    expect(stored).toContain('👩‍👩‍👧‍👦👍🏽')
    expect(stored).toContain('é')
    expect(stored).not.toMatch(/[\u202e\u202c\u200b\u0000]/)
    expect(stored).toContain('lone\ufffd end')
  })

  it('invalid UTF-8 percent-escapes get a clear 4xx, never a 500', async () => {
    const p = smsParams(FROM, 'x')
    const body = new URLSearchParams(p).toString().replace('Body=x', 'Body=%E0%A4%A%ZZ%')
    const response = await post(twilioRequest('/webhooks/twilio/sms', p, { body }))
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('CR/LF meant to forge log lines reaches no log; SQL text is stored verbatim and harmless', async () => {
    const forged = '1001 hi\n{"level":50,"msg":"forged"}\r\nadmin logged in'
    await sendSms(w.app, FROM, forged)
    expect(w.logs.join('')).not.toContain('forged')
    const sql = "1001 '); DROP TABLE cases;-- ' OR 1=1--"
    const sms = await sendSms(w.app, '+8613911119999', sql)
    expect(await tipText(refIn(sms.twiml) as string)).toBe(sql)
    expect(await caseCount()).toBe(2)
  })

  it('TwiML carries any text safely', () => {
    expect(escapeXml('< & ]]> "\' \u0000\u0007')).toBe('&lt; &amp; ]]&gt; &quot;&apos; ')
    expect(messagingTwiml('a <b> & ]]>')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>a &lt;b&gt; &amp; ]]&gt;</Message></Response>',
    )
  })
})

describe('without Twilio configured', () => {
  it('the SMS webhook answers 503 and says why', async () => {
    const bare = await testWhistle({ env: { TWILIO_AUTH_TOKEN: '' } })
    try {
      const response = await bare.app.request(twilioRequest('/webhooks/twilio/sms', smsParams(FROM, 'hi')))
      expect(response.status).toBe(503)
      expect(await response.text()).toContain('TWILIO_AUTH_TOKEN')
    } finally {
      bare.cleanup()
    }
  })
})
