import { spawnSync } from 'node:child_process'
import { eq } from 'drizzle-orm'
import * as schema from '../../src/store/schema'
import { refIn, sendSms } from '../support/twilio'
import { api, type TestWhistle } from '../support/whistle'

export { api }

export const post = (w: TestWhistle, path: string, officerId: string, body: unknown) =>
  api(w, path, officerId, { method: 'POST', body: JSON.stringify(body) })

let next = 0
/** A phone number no other tipster in the test has. */
export const newPhone = () => `+86139${String(10_000_000 + next++).padStart(8, '0')}`

/** Sends a tip by SMS from a new tipster (or the given one) and returns its case reference. */
export async function tip(w: TestWhistle, text: string, phone = newPhone()): Promise<string> {
  const ref = refIn((await sendSms(w.app, phone, text)).twiml)
  if (!ref) throw new Error('no reference in the receipt')
  return ref
}

export async function caseRow(w: TestWhistle, ref: string) {
  const [row] = await w.core.store.db.select().from(schema.cases).where(eq(schema.cases.ref, ref))
  if (!row) throw new Error(`no case ${ref}`)
  return row
}

/** The messages queued for tipsters, opened, oldest first. */
export async function tipsterOutbox(w: TestWhistle, caseId?: string) {
  const rows = await w.core.store.db.select().from(schema.outbox).orderBy(schema.outbox.createdAt)
  return rows
    .filter((r) => r.contactId && (!caseId || r.caseId === caseId))
    .map((r) => ({ caseId: r.caseId, kind: r.kind, text: w.core.vault.openContent(r.body) }))
}

/** Runs `npm run whistle -- ARGS` as an operator would, against the test's database and keys. */
export function whistleCli(w: TestWhistle, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, ...w.env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
