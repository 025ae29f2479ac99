import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyEnv } from '../../src/crypto/keys'
import { loadSodium } from '../../src/crypto/sodium'
import { loadDemoCountyIfEmpty, openWhistle } from '../../src/runtime/node'
import { seedCases } from '../scale'
const dir = mkdtempSync(join(tmpdir(), 'ex-'))
const w = await openWhistle({
  env: { ...generateKeyEnv(await loadSodium()).env, DATABASE_PATH: join(dir, 'w.db') },
  log: { info() {}, warn() {}, error() {} },
})
await loadDemoCountyIfEmpty(w.core)
seedCases(w.store.sqlite, 200_000, Date.now())
const asOf = Date.now() - 20 * 86400000
for (const q of [
  `select school_id from cases where created_at < ${asOf} and (closed_at is null or closed_at > ${asOf})`,
  `select ref from cases left join schools on schools.id = cases.school_id where "cases"."status" in ('new', 'assigned', 'acknowledged', 'in_progress') and cases.officer_id = 'off-01' order by urgency, cases.created_at limit 50`,
]) {
  console.log(q.slice(0, 100))
  for (const r of w.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${q}`).all() as { detail: string }[])
    console.log('   ', r.detail)
  const t = performance.now()
  const n = w.store.sqlite.prepare(q).all().length
  console.log('   rows', n, (performance.now() - t).toFixed(1), 'ms')
}
console.log(dir)
