import { describe, expect, it } from 'vitest'
import { type AuditDraft, chainAudit, findAuditBreak } from '../../src/store/audit'

const draft = (i: number): AuditDraft => ({
  at: new Date(Date.UTC(2026, 10, 23, 8, i)),
  actor: 'officer:off-01',
  action: 'status',
  caseId: `case-${i}`,
  detail: { from: 'assigned', to: 'acknowledged', n: i },
})

describe('the audit chain', () => {
  const rows = chainAudit(undefined, [draft(1), draft(2)]).concat()
  const chain = [...rows, ...chainAudit(rows.at(-1), [draft(3), draft(4)])]

  it('links each row to the one before it', () => {
    expect(chain.map((r) => r.seq)).toEqual([1, 2, 3, 4])
    expect(findAuditBreak(chain)).toBeNull()
  })

  it('finds a changed row, a removed row and a reordered detail', () => {
    const changed = chain.map((r) => (r.seq === 2 ? { ...r, actor: 'officer:off-02' } : r))
    expect(findAuditBreak(changed)).toEqual({ seq: 2, problem: 'row changed' })
    expect(findAuditBreak(chain.filter((r) => r.seq !== 3))).toEqual({ seq: 3, problem: 'row missing' })
    const rehashed = chain.map((r) => (r.seq === 4 ? { ...r, detail: { ...r.detail, to: 'closed' } } : r))
    expect(findAuditBreak(rehashed)?.seq).toBe(4)
  })
})
