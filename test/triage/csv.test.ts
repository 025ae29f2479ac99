import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsv, parseSchoolsCsv } from '../../src/county/csv'
import { DEMO_SCHOOLS_CSV } from './county'

const HEADER = 'id,code,name_zh,name_en,aliases,town,level,officer_id'

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, with their line numbers', () => {
    const rows = parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",z\nlast,row')
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['multi\nline', 'z'] },
      { line: 5, fields: ['last', 'row'] },
    ])
  })

  it('handles CRLF, a BOM, blank lines, empty fields and a missing final newline', () => {
    expect(parseCsv('\uFEFFa,b\r\n\r\n,\r\n"",c')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['', ''] },
      { line: 4, fields: ['', 'c'] },
    ])
  })
})

describe('parseSchoolsCsv', () => {
  it('reads the demo county: 30 schools, aliases split on |', () => {
    const { schools, errors } = parseSchoolsCsv(readFileSync(DEMO_SCHOOLS_CSV, 'utf8'))
    expect(errors).toEqual([])
    expect(schools).toHaveLength(30)
    expect(schools[0]).toMatchObject({ id: 'qh-001', code: '1001', level: 'senior', officerId: 'off-01' })
    expect(schools[0]?.aliases).toContain('青禾一中')
  })

  it('reports bad rows by line and skips them', () => {
    const csv = [
      HEADER,
      'a-1,2001,甲校,School A,"甲|甲校区",甲镇,primary,off-1',
      ',2002,乙校,School B,,乙镇,primary,off-1',
      'c-1,20x3,丙校,School C,,丙镇,primary,off-1',
      'a-1,2004,丁校,School D,,丁镇,primary,off-1',
      'e-1,2001,戊校,School E,,戊镇,primary,off-1',
      'f-1,2006,"己校, 分校",School F,,己镇,primary,off-2',
    ].join('\n')
    const { schools, errors } = parseSchoolsCsv(csv)
    expect(schools.map((s) => s.id)).toEqual(['a-1', 'f-1'])
    expect(schools[0]?.aliases).toEqual(['甲', '甲校区'])
    expect(schools[1]?.nameZh).toBe('己校, 分校')
    expect(errors).toEqual([
      { line: 3, message: 'id must be letters, digits, - or _' },
      { line: 4, message: 'code "20x3" is not four digits' },
      { line: 5, message: 'id a-1 appears twice' },
      { line: 6, message: 'code 2001 appears twice' },
    ])
  })

  it('reports a header without the needed columns', () => {
    expect(parseSchoolsCsv('id,code\n1,1001').errors).toEqual([
      { line: 1, message: 'missing columns: name_zh, name_en, aliases, town, level, officer_id' },
    ])
  })
})
