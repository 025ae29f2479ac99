import { CATEGORY_PRECEDENCE } from '../../src/intake/triage/types'
import fc from 'fast-check'
import twilio from 'twilio'
import { describe, expect, it } from 'vitest'
import { twilioSignature, verifyTwilioSignature } from '../../src/channels/twilio/signature'
import { escapeXml, messagingTwiml, sayTwiml, voiceTwiml } from '../../src/channels/twilio/twiml'
import { evidenceIn, TelegramUpdate } from '../../src/channels/telegram/update'
import { parseCsv } from '../../src/county/csv'
import { MAX_TIP_CHARS, normalisePhone, normaliseText } from '../../src/intake/inbound'
import { triageTip } from '../../src/intake/triage/index'
import { demoCounty } from '../triage/county'
import { parseTwiml } from '../support/voice'

/** Property runs per property; PROPERTY_RUNS raises it for a longer search. */
const numRuns = Number(process.env.PROPERTY_RUNS ?? 200)

/** Any text a provider could hand over: every code point, lone surrogates, controls, combining marks. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '\u0000',
        '\u202e',
        '\u200b',
        '\ufeff',
        '\r',
        '\n',
        '\ud800',
        '\udc00',
        'e',
        '\u0301',
        '👩‍👧',
        '打',
        ' ',
      ),
      { maxLength: 60 },
    )
    .map((a) => a.join('')),
)

describe('the CSV parser', () => {
  const field = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', 'x'), maxLength: 12 })
  const table = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 })

  it('reads back every table written with RFC 4180 quoting, LF or CRLF, with or without a BOM', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), fc.boolean(), (rows, eol, bom) => {
        const text =
          (bom ? '\uFEFF' : '') +
          rows.map((r) => r.map((f) => `"${f.replaceAll('"', '""')}"`).join(',')).join(eol)
        expect(parseCsv(text).map((r) => r.fields)).toEqual(rows)
      }),
      { numRuns },
    )
  })

  it('never throws, and numbers rows by increasing line', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const lines = parseCsv(text).map((r) => r.line)
        expect(lines).toEqual([...lines].sort((a, b) => a - b))
      }),
      { numRuns },
    )
  })
})

describe('normaliseText', () => {
  const STRIPPED =
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\r]/

  it('gives well-formed NFC text without controls or bidi overrides, within the limit, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const text = normaliseText(raw)
        expect(text.isWellFormed()).toBe(true)
        expect(text.normalize('NFC')).toBe(text)
        expect(text).not.toMatch(STRIPPED)
        expect(text).toBe(text.trim())
        expect(Array.from(text).length).toBeLessThanOrEqual(MAX_TIP_CHARS)
        expect(normaliseText(text)).toBe(text)
      }),
      // A hidden character between a letter and its combining mark, found by this property.
      { numRuns, examples: [['e\u200b\u0301'], ['A\u202e\u030a\r\n']] },
    )
  })

  it('cuts at MAX_TIP_CHARS code points, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.constantFrom('打', '😀', 'a'), fc.integer({ min: 0, max: 50 }), (char, extra) => {
        const text = normaliseText(char.repeat(MAX_TIP_CHARS + extra))
        expect(Array.from(text)).toHaveLength(MAX_TIP_CHARS)
        expect(text.isWellFormed()).toBe(true)
      }),
      { numRuns: 20 },
    )
  })
})

describe('normalisePhone', () => {
  const e164 = fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 5, maxLength: 14 }),
    )
    .map(([first, rest]) => `+${first}${rest}`)

  it('is null or E.164, and idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, e164), (raw) => {
        const phone = normalisePhone(raw)
        if (phone === null) return
        expect(phone).toMatch(/^\+[1-9]\d{5,14}$/)
        expect(normalisePhone(phone)).toBe(phone)
      }),
      { numRuns },
    )
  })

  it('reads one number the same in every format a carrier or a person writes it', () => {
    fc.assert(
      fc.property(e164, (phone) => {
        const digits = phone.slice(1)
        const spaced = `+${digits.replace(/(\d{3})(?=\d)/g, '$1 ')}`
        const dashed = `+${digits.slice(0, 2)}-${digits.slice(2)}`
        const bracketed = `(+${digits.slice(0, 2)}) ${digits.slice(2)}`
        for (const form of [
          phone,
          digits,
          spaced,
          dashed,
          bracketed,
          `whatsapp:${phone}`,
          `WhatsApp:${spaced}`,
        ])
          expect(normalisePhone(form), form).toBe(phone)
      }),
      { numRuns },
    )
  })
})

describe('the Twilio signature', () => {
  const name = fc.string({ unit: fc.constantFrom(...'ABCMNabcz0189_'), minLength: 1, maxLength: 8 })
  const params = fc.dictionary(name, fc.string({ unit: 'grapheme', maxLength: 30 }), { maxKeys: 8 })
  const url = fc.constantFrom(
    'https://whistle.example.org/webhooks/twilio/sms',
    'https://w.example.org/webhooks/twilio/voice/school?lang=en&x=%20',
  )

  it('is what the twilio library computes, whatever the parameters and their order', async () => {
    await fc.assert(
      fc.asyncProperty(params, url, fc.string({ minLength: 1, maxLength: 20 }), async (p, u, token) => {
        const expected = twilio.getExpectedTwilioSignature(token, u, p)
        const entries = Object.entries(p)
        expect(twilioSignature(token, u, entries)).toBe(expected)
        expect(twilioSignature(token, u, [...entries].reverse())).toBe(expected)
        expect(verifyTwilioSignature(token, expected, u, entries)).toBe(true)
      }),
      { numRuns },
    )
  })

  it('fails for any changed value, added parameter, other URL or other token', async () => {
    await fc.assert(
      fc.asyncProperty(params, url, name, async (p, u, extra) => {
        const token = 'token-under-test'
        const entries = Object.entries(p)
        const signature = twilio.getExpectedTwilioSignature(token, u, p)
        const [first] = entries
        if (first) {
          const changed = entries.map(([k, v]) =>
            k === first[0] ? ([k, `${v}x`] as const) : ([k, v] as const),
          )
          expect(verifyTwilioSignature(token, signature, u, changed)).toBe(false)
        }
        expect(verifyTwilioSignature(token, signature, u, [...entries, [`${extra}Z`, '1']])).toBe(false)
        expect(verifyTwilioSignature(token, signature, u.replace('https:', 'http:'), entries)).toBe(false)
        expect(verifyTwilioSignature(`${token}!`, signature, u, entries)).toBe(false)
      }),
      { numRuns: Math.ceil(numRuns / 2) },
    )
  })
})

describe('Telegram update parsing', () => {
  it('never throws on any JSON, and what it accepts has an integer update_id and readable evidence', () => {
    const message = fc.record(
      {
        message_id: fc.integer(),
        date: fc.integer(),
        chat: fc.record({ id: fc.oneof(fc.integer(), fc.double(), fc.string()), type: fc.string() }),
        text: fc.oneof(fc.string(), fc.integer()),
        photo: fc.array(
          fc.record(
            { file_id: fc.oneof(fc.string(), fc.integer()), file_size: fc.oneof(fc.integer(), fc.double()) },
            { requiredKeys: [] },
          ),
        ),
        document: fc.anything(),
        media_group_id: fc.oneof(fc.string(), fc.integer()),
      },
      { requiredKeys: [] },
    )
    const update = fc.oneof(
      fc.jsonValue(),
      fc.record(
        { update_id: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.bigInt().map(String)), message },
        { requiredKeys: [] },
      ),
    )
    fc.assert(
      fc.property(update, (body) => {
        const parsed = TelegramUpdate.safeParse(body)
        if (!parsed.success) return
        expect(Number.isSafeInteger(parsed.data.update_id)).toBe(true)
        if (parsed.data.message)
          for (const item of evidenceIn(parsed.data.message)) expect(typeof item).toBe('object')
      }),
      { numRuns },
    )
  })
})

describe('TwiML escaping', () => {
  /** What XML 1.0 can carry: the text after escaping must read back as this. */
  const carried = (text: string) =>
    text.toWellFormed().replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')

  it('keeps any text inside its element and attribute, reading back as the text', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom('<', '&', ']]>', '"', "'", '</Message><Redirect>http://evil</Redirect>'),
        (raw, nasty) => {
          const text = `${raw}${nasty}${raw}`
          const escaped = escapeXml(text)
          expect(escaped).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|apos);)/)
          const response = parseTwiml(messagingTwiml(text))
          expect(response.children.map((c) => c.name)).toEqual(['Message'])
          expect(response.children[0]?.text).toBe(carried(text))
          const say = parseTwiml(voiceTwiml(sayTwiml(text, 'en')))
          expect(say.children.map((c) => c.name)).toEqual(['Say'])
          expect(say.children[0]?.text).toBe(carried(text))
        },
      ),
      { numRuns },
    )
  })
})

describe('triage', () => {
  const schools = demoCounty()
  const ids = new Set(schools.records.map((s) => s.id))
  const channel = fc.constantFrom('sms', 'whatsapp', 'telegram', 'voice') as fc.Arbitrary<
    'sms' | 'whatsapp' | 'telegram' | 'voice'
  >
  const fragments = fc.constantFrom(
    '1001',
    '1030',
    '9999',
    '青禾一中',
    '一中',
    '三中',
    '县一小',
    '厕所',
    '打',
    '骂',
    '没有',
    '不是',
    '昨天',
    '明天',
    '钱',
    'no.1 middle',
    'hit',
    'not',
    '刀',
    '哈哈',
    '自杀',
    '！',
    ' ',
    '\n',
    '😀',
    '\u202e',
    '打人了',
  )
  const tipText = fc.oneof(
    anyText,
    fc.array(fragments, { maxLength: 20 }).map((a) => a.join('')),
  )
  const RANK = { P1: 1, P2: 2, P3: 3 } as const
  const DANGER = [
    '他说今天放学要拿刀捅我',
    '我不想活了，今晚就去跳楼',
    'he has a knife and says he will stab me today',
  ]

  it('never throws, names a real school or none, and answers only valid values, deterministically', () => {
    fc.assert(
      fc.property(tipText, channel, (text, ch) => {
        const result = triageTip({ text, channel: ch }, schools)
        expect(result.schoolId === null || ids.has(result.schoolId)).toBe(true)
        expect(['P1', 'P2', 'P3']).toContain(result.urgency)
        expect(CATEGORY_PRECEDENCE).toContain(result.category)
        expect(['zh-Hans', 'zh-Hant', 'en']).toContain(result.language)
        expect(result.reasons.every((r) => typeof r === 'string')).toBe(true)
        expect(triageTip({ text, channel: ch }, schools)).toEqual(result)
      }),
      { numRuns },
    )
  })

  it('an explicit danger phrase makes a tip P1, and adding one never lowers urgency', () => {
    for (const phrase of DANGER)
      expect(triageTip({ text: phrase, channel: 'sms' }, schools).urgency, phrase).toBe('P1')
    fc.assert(
      fc.property(tipText, fc.constantFrom(...DANGER), fc.boolean(), channel, (text, phrase, before, ch) => {
        const plain = triageTip({ text, channel: ch }, schools).urgency
        const withDanger = triageTip(
          { text: before ? `${phrase}。${text}` : `${text}。${phrase}`, channel: ch },
          schools,
        ).urgency
        expect(RANK[withDanger], `${text} + ${phrase}`).toBeLessThanOrEqual(RANK[plain])
        expect(withDanger).toBe('P1')
      }),
      { numRuns },
    )
  })
})
