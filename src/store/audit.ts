import { sha256 } from '@noble/hashes/sha2.js'
import { asc, gt } from 'drizzle-orm'
import { toHex, utf8 } from '../crypto/encoding'
import { auditEvents } from './schema'
import type { Db } from './store'

export type AuditDetail = Record<string, string | number | boolean | null>

/** An audit event before it is placed in the chain. Details carry ids and states, never tip text or addresses. */
export interface AuditDraft {
  at: Date
  actor: string
  action: string
  caseId: string | null
  detail: AuditDetail
}

export type AuditRow = typeof auditEvents.$inferSelect

export const GENESIS_HASH = '0'.repeat(64)

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
}

export function auditHash(prevHash: string, row: Omit<AuditRow, 'hash' | 'prevHash'>): string {
  const body = canonical({
    seq: row.seq,
    at: row.at.getTime(),
    actor: row.actor,
    action: row.action,
    caseId: row.caseId,
    detail: row.detail,
  })
  return toHex(sha256(utf8(`${prevHash}\n${body}`)))
}

/** Places drafts after the last row of the chain (or at its start). */
export function chainAudit(
  last: { seq: number; hash: string } | undefined,
  drafts: readonly AuditDraft[],
): AuditRow[] {
  let seq = last?.seq ?? 0
  let prevHash = last?.hash ?? GENESIS_HASH
  return drafts.map((draft) => {
    seq += 1
    const row = {
      seq,
      at: draft.at,
      actor: draft.actor,
      action: draft.action,
      caseId: draft.caseId,
      detail: draft.detail,
    }
    const hash = auditHash(prevHash, row)
    const chained = { ...row, prevHash, hash }
    prevHash = hash
    return chained
  })
}

/** The first place where the chain does not hold, or null when every row is intact and none is missing. */
export function findAuditBreak(rows: Iterable<AuditRow>): { seq: number; problem: string } | null {
  let expectedSeq = 1
  let prevHash = GENESIS_HASH
  for (const row of rows) {
    if (row.seq !== expectedSeq) return { seq: expectedSeq, problem: 'row missing' }
    if (row.prevHash !== prevHash) return { seq: row.seq, problem: 'previous hash does not match' }
    if (auditHash(prevHash, row) !== row.hash) return { seq: row.seq, problem: 'row changed' }
    prevHash = row.hash
    expectedSeq += 1
  }
  return null
}

/** Reads the whole chain, page by page, and finds where it first fails to hold (null when intact). */
export async function verifyAuditChain(
  db: Db,
): Promise<{ events: number; broken: { seq: number; problem: string } | null }> {
  const rows: AuditRow[] = []
  for (let after = 0; ;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, after))
      .orderBy(asc(auditEvents.seq))
      .limit(5000)
    const last = page.at(-1)
    if (!last) break
    rows.push(...page)
    after = last.seq
  }
  return { events: rows.length, broken: findAuditBreak(rows) }
}
