import { parseArgs } from 'node:util'
import { type Commands, UsageError } from './command'
import { serverUrl, signedTwilioPost, twilioSid } from './twilio'

export const voiceCommands: Commands = {
  'simulate voice': {
    usage:
      '--from +86... --school CODE|--danger|--status REF --pin PIN  walk a Twilio-signed hotline call through the running server (also --english, --transcript TEXT, --recording-url URL)',
    async run(args) {
      const { values } = parseArgs({
        args,
        options: {
          from: { type: 'string' },
          url: { type: 'string' },
          english: { type: 'boolean', default: false },
          school: { type: 'string' },
          transcript: { type: 'string' },
          'recording-url': { type: 'string' },
          danger: { type: 'boolean', default: false },
          status: { type: 'string' },
          pin: { type: 'string' },
        },
      })
      if (!values.from) throw new UsageError('simulate voice needs --from +86...')
      if (!values.danger && !values.school && !(values.status && values.pin)) {
        throw new UsageError('simulate voice needs --school CODE, --danger, or --status REF --pin PIN')
      }
      const accountSid = process.env.TWILIO_ACCOUNT_SID ?? `AC${'0'.repeat(32)}`
      const call = {
        CallSid: twilioSid('CA'),
        AccountSid: accountSid,
        From: values.from,
        To: process.env.TWILIO_PHONE_NUMBER ?? '+10000000000',
        Direction: 'inbound',
        ApiVersion: '2010-04-01',
      }
      const base = `${serverUrl(values.url)}/webhooks/twilio/voice`
      // The steps a caller's keys take, in order, as Twilio posts them; the first refusal stops the walk.
      const steps: [string, Record<string, string>][] = [
        ['', { CallStatus: 'ringing' }],
        ['/language', { Digits: values.danger ? '9' : values.english ? '2' : '1' }],
      ]
      if (values.status && values.pin) {
        steps.push(
          ['/menu', { Digits: '2' }],
          ['/status/ref', { Digits: values.status }],
          ['/status/pin', { Digits: values.pin }],
        )
      } else if (values.school) {
        const recordingSid = twilioSid('RE')
        const recording = {
          RecordingSid: recordingSid,
          RecordingUrl:
            values['recording-url'] ??
            `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/${recordingSid}`,
          RecordingDuration: '15',
        }
        steps.push(
          ['/menu', { Digits: '1' }],
          ['/school', { Digits: values.school }],
          ['/confirm', { Digits: '1' }],
          ['/recorded', { ...recording, Digits: '#' }],
        )
        // Only a real recording is worth announcing: the server fetches it from Twilio.
        if (values['recording-url'])
          steps.push(['/recording', { ...recording, RecordingStatus: 'completed' }])
        if (values.transcript) {
          steps.push([
            '/transcription',
            {
              ...recording,
              TranscriptionSid: twilioSid('TR'),
              TranscriptionStatus: 'completed',
              TranscriptionText: values.transcript,
            },
          ])
        }
      }
      for (const [path, params] of steps) {
        const answer = await signedTwilioPost(`${base}${path}`, {
          ...call,
          CallStatus: 'in-progress',
          ...params,
        })
        console.log(`> ${path || '/'}\n${answer.status} ${answer.body}`)
        if (!answer.ok) return 1
      }
      return 0
    },
  },
}
