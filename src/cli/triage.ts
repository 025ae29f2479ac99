import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { z } from 'zod'
import { parseSchoolsCsv } from '../county/csv'
import { buildSchoolIndex, triageTip } from '../intake/triage/index'
import type { Commands } from './command'

const TipLine = z.object({
  id: z.union([z.string(), z.number()]),
  channel: z.enum(['sms', 'whatsapp', 'telegram', 'voice']),
  text: z.string(),
})

const USAGE = 'usage: whistle triage --schools FILE.csv < tips.jsonl > triaged.jsonl\n'

async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain')
}

/**
 * `whistle triage --schools FILE.csv`: one JSON tip per stdin line in, one triage per line out, in order,
 * as the lines arrive. A bad line is reported on stderr by its number only (a tip's text never reaches a
 * log) and skipped. Exit code 0, 1 when some lines were bad, 2 when the command cannot run.
 */
export async function triageCommand(
  args: string[],
  io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  const schoolsFlag = args.indexOf('--schools')
  const schoolsPath = schoolsFlag >= 0 ? args[schoolsFlag + 1] : undefined
  if (!schoolsPath) {
    io.stderr.write(USAGE)
    return 2
  }
  let csv: string
  try {
    csv = await readFile(schoolsPath, 'utf8')
  } catch {
    io.stderr.write(`triage: cannot read schools file ${schoolsPath}\n`)
    return 2
  }
  const county = parseSchoolsCsv(csv)
  for (const e of county.errors) io.stderr.write(`${schoolsPath}:${e.line}: ${e.message}\n`)
  const index = buildSchoolIndex(county.schools)

  let lineNumber = 0
  let badLines = 0
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++
    if (!line.trim()) continue
    let tip: z.infer<typeof TipLine>
    try {
      tip = TipLine.parse(JSON.parse(line))
    } catch {
      badLines++
      io.stderr.write(`triage: line ${lineNumber}: not a tip (want JSON with id, channel, text); skipped\n`)
      continue
    }
    const result = triageTip(tip, index)
    await writeLine(
      io.stdout,
      JSON.stringify({
        id: tip.id,
        school_id: result.schoolId,
        category: result.category,
        urgency: result.urgency,
        language: result.language,
        reasons: result.reasons,
      }),
    )
  }
  return badLines > 0 ? 1 : 0
}

export const triageCommands: Commands = {
  triage: {
    usage: '--schools FILE.csv  triage JSON lines {"id","channel","text"} from stdin to stdout',
    run: (args) => triageCommand(args, process),
  },
}
