import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fromBase64 } from '../../src/crypto/encoding'
import { generateKeyEnv } from '../../src/crypto/keys'
import { loadSodium } from '../../src/crypto/sodium'
import { openEscrow } from '../../src/crypto/vault'
import { unmaskTipster } from '../../src/officer/unmask'
import { auditEvents } from '../../src/store/schema'
import { type TestWhistle, testWhistle } from '../support/whistle'
import { api, caseRow, newPhone, tip, whistleCli } from './support'

let w: TestWhistle
let ref: string
const phone = newPhone()
let rightKeyFile: string
let wrongKeyFile: string

beforeAll(async () => {
  w = await testWhistle()
  ref = await tip(w, '1001 有人在厕所打人', phone)
  rightKeyFile = join(w.dir, 'escrow-secret.key')
  writeFileSync(rightKeyFile, `${w.escrowSecretKey}\n`)
  wrongKeyFile = join(w.dir, 'other-escrow-secret.key')
  writeFileSync(wrongKeyFile, `${generateKeyEnv(await loadSodium()).escrowSecretKey}\n`)
})
afterAll(() => w.cleanup())

async function unmaskTrail() {
  const { id } = await caseRow(w, ref)
  const rows = await w.core.store.db.select().from(auditEvents).where(eq(auditEvents.caseId, id))
  return rows.filter((e) => e.action === 'unmask')
}

const opener = (secretKey: string) => (box: string) =>
  openEscrow(w.sodium, w.escrowPublicKey, fromBase64(secretKey), box)

describe('unmasking', () => {
  it('with the escrow secret key opens the address, and records who, why and that it opened', async () => {
    const result = await unmaskTipster(w.core, opener(w.escrowSecretKey), {
      ref,
      reason: 'court order 2026-118',
      operator: 'ops-anna',
    })
    expect(result).toEqual({ outcome: 'opened', channel: 'sms', address: phone })
    const [event] = await unmaskTrail()
    expect(event).toMatchObject({
      actor: 'operator:ops-anna',
      detail: { outcome: 'opened', reason: 'court order 2026-118' },
    })
    expect(JSON.stringify(event)).not.toContain(phone.slice(3))
  })

  it('with another key opens nothing, and the attempt is recorded', async () => {
    const other = generateKeyEnv(await loadSodium()).escrowSecretKey
    const result = await unmaskTipster(w.core, opener(other), { ref, reason: 'curious', operator: 'ops-bob' })
    expect(result).toEqual({ outcome: 'wrong_key' })
    expect((await unmaskTrail()).at(-1)).toMatchObject({
      detail: { outcome: 'wrong_key', reason: 'curious' },
    })
  })

  it('from the command line prints the address to the terminal only, and refuses a wrong key', async () => {
    const before = (await unmaskTrail()).length
    const right = whistleCli(w, [
      'unmask',
      ref,
      '--escrow-secret-key',
      rightKeyFile,
      '--reason',
      'court order 7',
    ])
    expect(right.code).toBe(0)
    expect(right.stdout).toBe(`sms ${phone}\n`)
    expect(right.stderr).not.toContain(phone)

    const wrong = whistleCli(w, [
      'unmask',
      ref,
      '--escrow-secret-key',
      wrongKeyFile,
      '--reason',
      'court order 7',
    ])
    expect(wrong.code).toBe(1)
    expect(wrong.stdout).toBe('')
    expect(wrong.stderr).toContain('does not open')

    const noReason = whistleCli(w, ['unmask', ref, '--escrow-secret-key', rightKeyFile])
    expect(noReason.code).toBe(2)
    expect(noReason.stdout).toBe('')
    expect((await unmaskTrail()).map((e) => e.detail.outcome).slice(before)).toEqual(['opened', 'wrong_key'])
    expect(w.logs.join('\n')).not.toContain(phone.slice(3))
  }, 60_000)

  it('is no route of the server', async () => {
    const doc = await api(w, '/openapi.json', 'admin')
    expect(Object.keys(doc.body.paths).join(' ')).not.toMatch(/unmask|escrow/i)
    for (const path of [`/cases/${ref}/unmask`, `/cases/${ref}/escrow`])
      expect((await api(w, path, 'admin', { method: 'POST', body: '{}' })).status).toBe(404)
  })
})
