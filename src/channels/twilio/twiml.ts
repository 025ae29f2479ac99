/** Characters XML 1.0 cannot carry at all, even escaped. */
const XML_INVALID = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu

export function escapeXml(text: string): string {
  return text
    .toWellFormed()
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** A TwiML messaging answer: one reply, or none. */
export function messagingTwiml(reply: string | null): string {
  const body = reply ? `<Message>${escapeXml(reply)}</Message>` : ''
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`
}

/** Voice TwiML, written as strings: no XML library in the request path, so the same code runs on Workers. */
type Attributes = Record<string, string | number | boolean | undefined>

function element(name: string, attributes: Attributes, children = ''): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('')
  return children ? `<${name}${attrs}>${children}</${name}>` : `<${name}${attrs}/>`
}

export type VoiceLanguage = 'zh-Hans' | 'zh-Hant' | 'en'

/** Twilio's text-to-speech language for each of Whistle's languages. */
const SPEECH_LANGUAGE: Record<VoiceLanguage, string> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  en: 'en-US',
}

export const sayTwiml = (text: string, language: VoiceLanguage) =>
  element('Say', { language: SPEECH_LANGUAGE[language] }, escapeXml(text))

/** Collects keyed digits and posts them to `action`; with no input the verbs after it run. */
export const gatherTwiml = (
  options: { action: string; numDigits?: number; timeout?: number; finishOnKey?: string },
  ...prompts: string[]
) => element('Gather', { input: 'dtmf', method: 'POST', ...options }, prompts.join(''))

/** Records the caller; an empty recording skips `action` and the verbs after it run. */
export const recordTwiml = (options: {
  action: string
  maxLength: number
  recordingStatusCallback: string
  transcribeCallback: string
}) =>
  element('Record', {
    method: 'POST',
    finishOnKey: '#',
    playBeep: true,
    timeout: 10,
    recordingStatusCallbackEvent: 'completed',
    recordingStatusCallbackMethod: 'POST',
    transcribe: true,
    ...options,
  })

/** Connects the caller; `callerId` is the hotline's own number, so the caller's is never shown. */
export const dialTwiml = (number: string, options: { action: string; callerId?: string; timeout?: number }) =>
  element('Dial', { method: 'POST', ...options }, escapeXml(number))

export const redirectTwiml = (url: string) => element('Redirect', { method: 'POST' }, escapeXml(url))

export const hangupTwiml = () => element('Hangup', {})

export const pauseTwiml = (seconds: number) => element('Pause', { length: seconds })

/** A TwiML voice answer: the verbs in order. */
export function voiceTwiml(...verbs: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${verbs.join('')}</Response>`
}
