import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { readEvidence } from '../../src/intake/evidence'
import { runDueJobs } from '../../src/jobs'
import * as schema from '../../src/store/schema'
import { FakeTwilio, sendSms } from '../support/twilio'
import { type TestWhistle, TWILIO, testWhistle } from '../support/whistle'

let w: TestWhistle
let twilio: FakeTwilio

beforeEach(async () => {
  twilio = await new FakeTwilio().start()
  w = await testWhistle({ twilioApiBase: twilio.url })
})
afterEach(async () => {
  w.cleanup()
  await twilio.stop()
})

/** An MMS photo as Twilio keeps it under the message. */
function mmsPhoto() {
  const path = `/2010-04-01/Accounts/${TWILIO.accountSid}/Messages/MM${randomBytes(16).toString('hex')}/Media/ME${randomBytes(16).toString('hex')}`
  const bytes = randomBytes(4096)
  twilio.files.set(path, { bytes, contentType: 'image/jpeg' })
  return { path, bytes, url: `https://api.twilio.com${path}` }
}

it('the twilio fetcher also brings in MMS media: sealed, then deleted at Twilio', async () => {
  const photo = mmsPhoto()
  await sendSms(w.app, '+8613912345678', '1001 看这张图', {
    NumMedia: '1',
    MediaUrl0: photo.url,
    MediaContentType0: 'image/jpeg',
  })
  expect((await runDueJobs(w.core, w.clients)).evidence).toEqual({
    stored: 1,
    failed: 0,
    retrying: 0,
    waiting: 0,
  })
  const [row] = await w.core.store.db.select().from(schema.media)
  expect(row).toMatchObject({ state: 'stored', contentType: 'image/jpeg', sourceBox: null })
  expect(Buffer.from(await readEvidence(w.core, row?.id as string))).toEqual(photo.bytes)
  expect(twilio.deleted).toEqual([photo.path])
})

it('keeps the evidence when Twilio refuses the delete, and says so without the URL', async () => {
  const photo = mmsPhoto()
  await sendSms(w.app, '+8613912345678', '1001 photo', { NumMedia: '1', MediaUrl0: photo.url })
  const realFetch = globalThis.fetch
  globalThis.fetch = (input, init) =>
    init?.method === 'DELETE' ? Promise.resolve(new Response('', { status: 500 })) : realFetch(input, init)
  try {
    expect((await runDueJobs(w.core, w.clients)).evidence.stored).toBe(1)
  } finally {
    globalThis.fetch = realFetch
  }
  const [row] = await w.core.store.db.select().from(schema.media)
  expect(row?.state).toBe('stored')
  const warning = w.logs.find((l) => l.includes('provider copy'))
  expect(warning).toBeDefined()
  expect(warning).not.toContain(photo.path)
  expect(twilio.files.size).toBe(1)
})

it('a fetch Twilio refuses marks the evidence failed, and nothing is deleted', async () => {
  const photo = mmsPhoto()
  await sendSms(w.app, '+8613912345678', '1001 photo', { NumMedia: '1', MediaUrl0: photo.url })
  twilio.failNext(404)
  expect((await runDueJobs(w.core, w.clients)).evidence.failed).toBe(1)
  const [row] = await w.core.store.db.select().from(schema.media)
  expect(row).toMatchObject({ state: 'failed', sourceBox: null })
  expect(twilio.deleted).toEqual([])
})
