import { randomBytes } from 'node:crypto'
import type { Hono } from 'hono'
import { expect } from 'vitest'
import { twilioRequest } from './twilio'
import { PUBLIC_URL, TWILIO } from './whistle'

export const VOICE = '/webhooks/twilio/voice'
export const newSid = (prefix: 'CA' | 'RE' | 'TR') => `${prefix}${randomBytes(16).toString('hex')}`

export interface TwimlNode {
  name: string
  attrs: Record<string, string>
  text: string
  children: TwimlNode[]
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** A strict little parser for TwiML answers: elements, attributes and text; anything else fails the test. */
export function parseTwiml(xml: string): TwimlNode {
  const root: TwimlNode = { name: '#document', attrs: {}, text: '', children: [] }
  const stack = [root]
  const token = /<\?xml[^>]*\?>|<(\/?)([A-Za-z]+)((?:\s+[A-Za-z]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy
  while (token.lastIndex < xml.length) {
    const at = token.lastIndex
    const match = token.exec(xml)
    if (!match) throw new Error(`not TwiML at character ${at}: ${xml.slice(at, at + 40)}`)
    const [, closing, name, attrText = '', selfClosing, text] = match
    const top = stack.at(-1) as TwimlNode
    if (text !== undefined) {
      top.text += unescapeXml(text)
    } else if (closing) {
      expect(top.name, `closing ${name}`).toBe(name)
      stack.pop()
    } else if (name) {
      const attrs = Object.fromEntries(
        [...attrText.matchAll(/([A-Za-z]+)="([^"]*)"/g)].map(([, k, v]) => [k, unescapeXml(v ?? '')]),
      )
      const node: TwimlNode = { name, attrs, text: '', children: [] }
      top.children.push(node)
      if (!selfClosing) stack.push(node)
    }
  }
  expect(stack).toHaveLength(1)
  const [response] = root.children
  expect(response?.name).toBe('Response')
  return response as TwimlNode
}

export function findAll(node: TwimlNode, name: string): TwimlNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)])
}

/** Every sentence the caller hears, in order. */
export const spoken = (node: TwimlNode) => findAll(node, 'Say').map((s) => s.text)

/** Digits read out one by one ("1 2 3 4") joined back. */
export const digitsIn = (text: string, length: number) =>
  [...text.matchAll(new RegExp(`\\d(?: \\d){${length - 1}}`, 'g'))].map((m) => m[0].replace(/ /g, ''))

/**
 * One hotline call driven as Twilio drives it: each answer's TwiML is parsed, and the caller's next move
 * goes to the URL that answer named (a Gather's action, a Redirect, a Record's action and callbacks),
 * signed as Twilio signs.
 */
export class TestCall {
  readonly sid = newSid('CA')
  last: TwimlNode | null = null
  status = 0

  constructor(
    private readonly app: Hono,
    readonly from = '+8613912345678',
  ) {}

  /** The parameters Twilio sends on this call; an `undefined` in `extra` leaves that one out. */
  params(extra: Record<string, string | undefined> = {}): Record<string, string> {
    const all: Record<string, string | undefined> = {
      CallSid: this.sid,
      AccountSid: TWILIO.accountSid,
      From: this.from,
      To: TWILIO.phoneNumber,
      CallStatus: 'in-progress',
      Direction: 'inbound',
      ApiVersion: '2010-04-01',
      ...extra,
    }
    return Object.fromEntries(
      Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined),
    )
  }

  /** Posts to a URL from a TwiML answer (or a path) and keeps the parsed answer. */
  async post(url: string, extra: Record<string, string | undefined> = {}) {
    const path = url.startsWith(PUBLIC_URL) ? url.slice(PUBLIC_URL.length) : url
    const response = await this.app.request(twilioRequest(path, this.params(extra)))
    this.status = response.status
    const body = await response.text()
    expect(response.status, body).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/xml/)
    this.last = parseTwiml(body)
    return this.last
  }

  private verb(name: string): TwimlNode {
    const found = this.last && findAll(this.last, name)[0]
    expect(found, `the last answer has a <${name}>`).toBeTruthy()
    return found as TwimlNode
  }

  ring() {
    return this.post(VOICE, { CallStatus: 'ringing' })
  }

  /** Keys digits into the Gather of the last answer. */
  press(digits: string) {
    return this.post(this.verb('Gather').attrs.action as string, { Digits: digits })
  }

  /** Rings and keys the way to the Record prompt of a report in Mandarin for the school with this code. */
  async reachRecording(code: string) {
    await this.ring()
    await this.press('1')
    await this.press('1')
    await this.press(code)
    await this.press('1')
    return this
  }

  /** Keys nothing: Twilio goes on to the Redirect after the Gather. */
  silence() {
    return this.post(this.verb('Redirect').text)
  }

  /** Finishes a Record (the last answer's unless given) with this recording. */
  speak(recording: { sid: string; url: string }, record = this.verb('Record'), seconds = 12) {
    return this.post(record.attrs.action as string, {
      RecordingSid: recording.sid,
      RecordingUrl: recording.url,
      RecordingDuration: String(seconds),
      Digits: '#',
    })
  }

  /** The recording status callback a Record asked for. */
  recordingDone(
    recording: { sid: string; url: string },
    record: TwimlNode,
    status = 'completed',
    seconds = 12,
  ) {
    return this.post(record.attrs.recordingStatusCallback as string, {
      RecordingSid: recording.sid,
      RecordingUrl: recording.url,
      RecordingStatus: status,
      RecordingDuration: String(seconds),
      RecordingChannels: '1',
      RecordingSource: 'RecordVerb',
    })
  }

  /** The transcription callback a Record asked for; `callerId: false` leaves out From. */
  transcribed(
    recording: { sid: string; url: string },
    record: TwimlNode,
    text: string | null,
    transcriptionSid = newSid('TR'),
    callerId = true,
  ) {
    return this.post(record.attrs.transcribeCallback as string, {
      ...(callerId ? {} : { From: undefined }),
      TranscriptionSid: transcriptionSid,
      TranscriptionStatus: text === null ? 'failed' : 'completed',
      ...(text === null ? {} : { TranscriptionText: text }),
      TranscriptionUrl: `https://api.twilio.com/2010-04-01/Accounts/${TWILIO.accountSid}/Transcriptions/${transcriptionSid}`,
      RecordingSid: recording.sid,
      RecordingUrl: recording.url,
    })
  }

  record(): TwimlNode {
    return this.verb('Record')
  }

  said(): string {
    return this.last ? spoken(this.last).join(' ') : ''
  }
}

/** Every step of a hotline call, as paths below the voice webhook. */
export const VOICE_STEPS = [
  '',
  '/language',
  '/menu',
  '/dialled',
  '/school',
  '/confirm',
  '/recorded',
  '/no-recording',
  '/recording',
  '/transcription',
  '/status/ref',
  '/status/pin',
]
