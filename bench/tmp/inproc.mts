import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyEnv } from '../../src/crypto/keys'
import { loadSodium } from '../../src/crypto/sodium'
import { receiveTip } from '../../src/intake/intake'
import { loadDemoCountyIfEmpty, openWhistle } from '../../src/runtime/node'
const TIPS = [
  '1001 有人在厕所打人',
  '1006 我们班有人天天骂我胖',
  '1012 he took my money again today',
  '1020 群里有人发我的丑照',
  '1003 放学后他们说要在校门口堵我',
]
const dir = mkdtempSync(join(tmpdir(), 'inproc-'))
const keys = generateKeyEnv(await loadSodium()).env
const w = await openWhistle({ env: { ...keys, DATABASE_PATH: join(dir, 'w.db'), LOG_LEVEL: 'warn' } })
await loadDemoCountyIfEmpty(w.core)
const stats = new Map<string, { n: number; ms: number }>()
const proto = Object.getPrototypeOf(w.store.sqlite.prepare('select 1'))
for (const m of ['run', 'all', 'get']) {
  const orig = proto[m]
  proto[m] = function (this: { source: string }, ...a: unknown[]) {
    const t = performance.now()
    try {
      return orig.apply(this, a)
    } finally {
      const k = `${m} ${this.source.slice(0, 160)}`
      const s = stats.get(k) ?? { n: 0, ms: 0 }
      s.n++
      s.ms += performance.now() - t
      stats.set(k, s)
    }
  }
}
const N = Number(process.env.N ?? 3000),
  C = 32
let i = 0
const c0 = process.cpuUsage()
const t0 = performance.now()
await Promise.all(
  Array.from({ length: C }, async () => {
    while (i < N) {
      const k = i++
      await receiveTip(
        w.core,
        {
          channel: 'sms',
          provider: 'twilio',
          providerMessageId: `SM${k.toString(16).padStart(32, '0')}`,
          address: `+86139${String(k).padStart(8, '0')}`,
          text: TIPS[k % TIPS.length]!,
          media: [],
        },
        { replyVia: 'response' },
      )
    }
  }),
)
const cu = process.cpuUsage(c0)
console.log(
  'tips/s',
  (N / ((performance.now() - t0) / 1000)).toFixed(0),
  'CPU ms/tip',
  ((cu.user + cu.system) / 1000 / N).toFixed(2),
)
for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
  console.log((s.ms / N).toFixed(3).padStart(7), 'ms/tip', String(s.n).padStart(6), k)
