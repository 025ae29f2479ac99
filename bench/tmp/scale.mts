import { benchScale } from '../scale'
import { markdownTable } from '../triage'
console.log(markdownTable(await benchScale(Number(process.env.N ?? 1_000_000))))
