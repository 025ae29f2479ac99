import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cases, contacts } from '../../src/store/schema'
import { insertRow } from '../../src/store/store'
import { type TestWhistle, testWhistle } from '../support/whistle'

let w: TestWhistle
beforeEach(async () => {
  w = await testWhistle()
})
afterEach(() => w.cleanup())

const at = new Date(Date.UTC(2026, 11, 1, 8, 30))

const contact = (id: string, blindId: string) => ({
  id,
  channel: 'sms' as const,
  blindId,
  relayBox: 'k1:relay',
  escrowBox: 'escrow',
  language: 'zh-Hans' as const,
  createdAt: at,
  lastSeenAt: at,
})

describe('insertRow', () => {
  it('stores a row exactly as drizzle’s insert does: dates, booleans, JSON, nulls and defaults', async () => {
    const db = w.core.store.db
    const row = (id: string, contactId: string, ref: string) => ({
      id,
      ref,
      contactId,
      channel: 'sms' as const,
      schoolId: null,
      officerId: 'duty',
      status: 'new' as const,
      category: 'verbal' as const,
      urgency: 'P3' as const,
      language: 'en' as const,
      triageReasons: ['school: none named', 'category: "idiot"'],
      awaitingSchool: true,
      createdAt: at,
      updatedAt: at,
    })
    await w.core.store.commit([
      insertRow(contacts, contact('c-1', 'b-1')),
      db.insert(contacts).values(contact('c-2', 'b-2')),
      insertRow(cases, row('case-1', 'c-1', '10000001')),
      db.insert(cases).values(row('case-2', 'c-2', '10000002')),
    ])
    const read = async (id: string) => {
      const [found] = await db.select().from(cases).where(eq(cases.id, id))
      return found
    }
    const fast = await read('case-1')
    const built = await read('case-2')
    expect(fast).toEqual({ ...built, id: 'case-1', contactId: 'c-1', ref: '10000001' })
    expect(fast?.createdAt).toEqual(at)
    expect(fast?.triageReasons).toEqual(['school: none named', 'category: "idiot"'])
    // Left to the column's default, as drizzle leaves it.
    expect(fast?.pinFailures).toBe(0)
    const [optedOut] = await db
      .select({ optedOut: contacts.optedOut })
      .from(contacts)
      .where(eq(contacts.id, 'c-1'))
    expect(optedOut?.optedOut).toBe(false)
  })

  it('builds one statement per set of columns, whatever the values', () => {
    const a = insertRow(contacts, contact('c-1', 'b-1')).toSQL()
    const b = insertRow(contacts, { ...contact('c-2', 'b-2'), optedOut: true }).toSQL()
    expect(a.sql).toBe(insertRow(contacts, contact('c-3', 'b-3')).toSQL().sql)
    expect(b.sql).not.toBe(a.sql)
    expect(b.params).toContain(1)
  })
})
