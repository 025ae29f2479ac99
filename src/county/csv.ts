import type { SchoolRecord } from '../intake/triage/types'

export interface CsvRow {
  /** 1-based line on which the row starts (a quoted field may span lines). */
  line: number
  fields: string[]
}

/** RFC 4180: quoted fields with doubled quotes, commas and newlines inside quotes, CRLF or LF, a leading BOM. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = []
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  let rowHasContent = false
  const endRow = () => {
    fields.push(field)
    if (rowHasContent || fields.length > 1 || field !== '') rows.push({ line: rowLine, fields })
    fields = []
    field = ''
    rowHasContent = false
  }
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        field += ch
      }
      continue
    }
    if (ch === '"') {
      quoted = true
      rowHasContent = true
    } else if (ch === ',') {
      fields.push(field)
      field = ''
      rowHasContent = true
    } else if (ch === '\r' && input[i + 1] === '\n') {
      // CRLF: the \n ends the row.
    } else if (ch === '\n' || ch === '\r') {
      endRow()
      line++
      rowLine = line
    } else field += ch
  }
  if (field !== '' || fields.length > 0 || rowHasContent) endRow()
  return rows
}

export interface CsvProblem {
  line: number
  message: string
}

/** Rows as records keyed by the header's column names, trimmed; a header missing a column is one problem. */
export function csvRecords<K extends string>(
  text: string,
  columns: readonly K[],
): { records: { line: number; values: Record<K, string> }[]; problems: CsvProblem[] } {
  const [header, ...rows] = parseCsv(text)
  if (!header) return { records: [], problems: [{ line: 1, message: 'empty file' }] }
  const position = new Map(header.fields.map((name, i) => [name.trim(), i]))
  const missing = columns.filter((c) => !position.has(c))
  if (missing.length) {
    return {
      records: [],
      problems: [{ line: header.line, message: `missing columns: ${missing.join(', ')}` }],
    }
  }
  const records = rows.map((row) => {
    const values = {} as Record<K, string>
    for (const column of columns) values[column] = (row.fields[position.get(column) ?? -1] ?? '').trim()
    return { line: row.line, values }
  })
  return { records, problems: [] }
}

/** Ids of schools and officers: what a URL and a log line can carry safely. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
export const ID_PROBLEM = 'id must be letters, digits, - or _'

export type CountySchool = SchoolRecord & { level: string; officerId: string; line: number }

const SCHOOL_COLUMNS = ['id', 'code', 'name_zh', 'name_en', 'aliases', 'town', 'level', 'officer_id'] as const

/** Schools of a county from its schools.csv; rows that cannot be routed are reported by line and left out. */
export function parseSchoolsCsv(text: string): { schools: CountySchool[]; errors: CsvProblem[] } {
  const { records, problems: errors } = csvRecords(text, SCHOOL_COLUMNS)
  const schools: CountySchool[] = []
  const seenIds = new Set<string>()
  const seenCodes = new Set<string>()
  for (const { line, values: v } of records) {
    const problem = !ID_PATTERN.test(v.id)
      ? ID_PROBLEM
      : !/^\d{4}$/.test(v.code)
        ? `code "${v.code}" is not four digits`
        : seenIds.has(v.id)
          ? `id ${v.id} appears twice`
          : seenCodes.has(v.code)
            ? `code ${v.code} appears twice`
            : !v.name_zh
              ? 'name_zh is empty'
              : null
    if (problem) {
      errors.push({ line, message: problem })
      continue
    }
    seenIds.add(v.id)
    seenCodes.add(v.code)
    schools.push({
      line,
      id: v.id,
      code: v.code,
      nameZh: v.name_zh,
      nameEn: v.name_en,
      aliases: v.aliases
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean),
      town: v.town,
      level: v.level,
      officerId: v.officer_id,
    })
  }
  return { schools, errors }
}
