import { type BenchRow, benchIngest } from './ingest'

const rows: BenchRow[] = [...(await benchIngest())]

console.log('| measure | result | target |\n| --- | --- | --- |')
for (const row of rows) console.log(`| ${row.measure} | ${row.result} | ${row.target} |`)
