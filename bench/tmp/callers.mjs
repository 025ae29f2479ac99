import { readFileSync } from 'node:fs'
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const target = process.argv[3]
const byId = new Map(p.nodes.map((n) => [n.id, n]))
const dt = new Map()
for (let i = 0; i < p.samples.length; i++)
  dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0))
const parent = new Map()
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const out = new Map()
for (const n of p.nodes) {
  const t = dt.get(n.id) ?? 0
  if (!t) continue
  let cur = n.id,
    hit = false,
    path = []
  while (cur !== undefined) {
    const f = byId.get(cur).callFrame
    const name = f.functionName || '(anon)'
    if (!hit && name === target) hit = true
    else if (hit && f.url.includes('/src/')) {
      path.push(`${name}:${f.lineNumber}`)
      if (path.length >= 3) break
    }
    cur = parent.get(cur)
  }
  if (hit) {
    const k = path.join(' < ')
    out.set(k, (out.get(k) ?? 0) + t)
  }
}
for (const [k, t] of [...out].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log((t / 1000).toFixed(0).padStart(6), k)
