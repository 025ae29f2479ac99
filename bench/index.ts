// npm run bench: every figure of the README's Performance section, in one run, as a markdown table.
import { availableParallelism, loadavg } from 'node:os'
import { benchIngest } from './ingest'
import { benchScale } from './scale'
import { benchTriage, markdownTable, type Row } from './triage'
import { benchWorkerBundle } from './worker-bundle'

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
const loadBefore = load()
const rows: Row[] = [
  // Triage first: its heap figure is the whole process's, before the other benches fill it.
  ...(await benchTriage()),
  ...(await benchIngest()),
  ...(await benchScale()),
  ...(await benchWorkerBundle()),
  {
    metric: 'machine: load average (1, 5, 15 min) before / after',
    value: `${loadBefore} / ${load()} on ${availableParallelism()} CPUs, shared with other work`,
    target: '—',
    ok: true,
  },
]
console.log(markdownTable(rows))
process.exitCode = rows.every((r) => r.ok) ? 0 : 1
