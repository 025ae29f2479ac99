/** One CSV record and the line it starts on (1-based), for error messages. */
export interface CsvRow {
  line: number
  cells: string[]
}

/** RFC 4180: quoted cells with commas, quotes and newlines; CRLF or LF; a leading BOM. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  const source = text.replace(/^\ufeff/, '')
  const endRow = () => {
    cells.push(cell)
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells })
    cells = []
    cell = ''
  }
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        cell += ch
      }
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++
      endRow()
      line++
      rowLine = line
    } else cell += ch
  }
  if (cell !== '' || cells.length) endRow()
  return rows
}

export interface CsvProblem {
  line: number
  message: string
}

/** Rows as objects keyed by the header's column names; missing columns are reported once. */
export function csvRecords<K extends string>(
  text: string,
  columns: readonly K[],
): { records: { line: number; values: Record<K, string> }[]; problems: CsvProblem[] } {
  const [header, ...rows] = parseCsv(text)
  if (!header) return { records: [], problems: [{ line: 1, message: 'empty file' }] }
  const names = header.cells.map((c) => c.trim())
  const missing = columns.filter((c) => !names.includes(c))
  if (missing.length)
    return { records: [], problems: [{ line: 1, message: `missing columns: ${missing.join(', ')}` }] }
  const records = rows.map((row) => {
    const values = {} as Record<K, string>
    for (const column of columns) values[column] = (row.cells[names.indexOf(column)] ?? '').trim()
    return { line: row.line, values }
  })
  return { records, problems: [] }
}
