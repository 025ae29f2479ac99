import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cases, providerReceipts } from '../../src/store/schema'
import { asConflict, insertRow } from '../../src/store/store'
import { type TestWhistle, testWhistle } from '../support/whistle'

let w: TestWhistle
beforeEach(async () => {
  w = await testWhistle()
})
afterEach(() => w.cleanup())

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  )

describe('a commit another writer got to first', () => {
  it('is a conflict when it takes a key already taken: reading again settles it', async () => {
    const receipt = () =>
      insertRow(providerReceipts, { provider: 'twilio', providerId: 'SM1', receivedAt: w.clock.read() })
    await w.core.store.commit([receipt()])
    const error = await failure(w.core.store.commit([receipt()]))
    expect(asConflict(error)?.target).toMatch(/provider_receipts/)
  })

  it('is a conflict when a row it refers to has gone (an incident merged away)', async () => {
    const now = w.clock.read()
    const error = await failure(
      w.core.store.commit([
        insertRow(cases, {
          id: 'case-1',
          ref: '20000001',
          contactId: 'gone',
          channel: 'sms',
          officerId: 'off-01',
          status: 'new',
          category: 'other',
          urgency: 'P3',
          language: 'zh-Hans',
          triageReasons: [],
          createdAt: now,
          updatedAt: now,
        }),
      ]),
    )
    expect(asConflict(error)?.target).toBe('foreign key')
  })

  it('is no conflict when it is wrong in itself', async () => {
    const error = await failure(
      w.core.store.commit([{ toSQL: () => ({ sql: 'select nonsense', params: [] }) }]),
    )
    expect(error).toBeInstanceOf(Error)
    expect(asConflict(error)).toBeNull()
  })
})
