import { loadavg } from 'node:os'
import { benchIngest } from './ingest'
import { benchTriage, markdownTable } from './triage'

const rows = [...(await benchIngest()), ...(await benchTriage())]
console.log(markdownTable(rows))
console.log(
  `\nload average while measuring: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on this machine`,
)
