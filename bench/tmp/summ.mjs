import { readFileSync } from 'node:fs'
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const byId = new Map(p.nodes.map((n) => [n.id, n]))
const dt = new Map()
for (let i = 0; i < p.samples.length; i++)
  dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0))
const parent = new Map()
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const self = new Map(),
  incl = new Map()
const key = (n) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\//, 'nm/').replace(/.*wt-bench\//, '')}:${n.callFrame.lineNumber}`
let total = 0
for (const n of p.nodes) {
  const t = dt.get(n.id) ?? 0
  if (!t) continue
  total += t
  self.set(key(n), (self.get(key(n)) ?? 0) + t)
  const seen = new Set()
  let cur = n.id
  while (cur !== undefined) {
    const k = key(byId.get(cur))
    if (!seen.has(k)) {
      seen.add(k)
      incl.set(k, (incl.get(k) ?? 0) + t)
    }
    cur = parent.get(cur)
  }
}
const top = (m, k) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(
      ([n, t]) =>
        `${(t / 1000).toFixed(0).padStart(7)}ms ${((100 * t) / total).toFixed(1).padStart(5)}% ${n}`,
    )
    .join('\n')
console.log(
  'total',
  (total / 1000).toFixed(0),
  'ms\nSELF\n' +
    top(self, Number(process.argv[3] ?? 30)) +
    '\nINCL\n' +
    top(incl, Number(process.argv[4] ?? 60)),
)
