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

export type CountySchool = SchoolRecord & { level: string; officerId: string }

const SCHOOL_COLUMNS = ['id', 'code', 'name_zh', 'name_en', 'aliases', 'town', 'level', 'officer_id'] as const

/** Schools of a county from its schools.csv; rows that cannot be routed are reported by line and left out. */
export function parseSchoolsCsv(text: string): {
  schools: CountySchool[]
  errors: { line: number; message: string }[]
} {
  const rows = parseCsv(text)
  const schools: CountySchool[] = []
  const errors: { line: number; message: string }[] = []
  const header = rows[0]
  if (!header) return { schools, errors: [{ line: 1, message: 'empty file' }] }
  const column = new Map(header.fields.map((name, i) => [name.trim(), i]))
  const missing = SCHOOL_COLUMNS.filter((c) => !column.has(c))
  if (missing.length > 0) {
    return { schools, errors: [{ line: header.line, message: `missing columns: ${missing.join(', ')}` }] }
  }
  const seenIds = new Set<string>()
  const seenCodes = new Set<string>()
  for (const row of rows.slice(1)) {
    const get = (name: (typeof SCHOOL_COLUMNS)[number]) => (row.fields[column.get(name) ?? -1] ?? '').trim()
    const id = get('id')
    const code = get('code')
    const problem = !id
      ? 'missing id'
      : !/^\d{4}$/.test(code)
        ? `code "${code}" is not four digits`
        : seenIds.has(id)
          ? `duplicate id ${id}`
          : seenCodes.has(code)
            ? `duplicate code ${code}`
            : null
    if (problem) {
      errors.push({ line: row.line, message: problem })
      continue
    }
    seenIds.add(id)
    seenCodes.add(code)
    schools.push({
      id,
      code,
      nameZh: get('name_zh'),
      nameEn: get('name_en'),
      aliases: get('aliases')
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean),
      town: get('town'),
      level: get('level'),
      officerId: get('officer_id'),
    })
  }
  return { schools, errors }
}
