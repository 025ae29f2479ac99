import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importOfficers, importSchools } from '../../src/county/import'
import * as schema from '../../src/store/schema'
import { refIn, sendSms } from '../support/twilio'
import { type TestWhistle, testWhistle } from '../support/whistle'

describe('importing a county', () => {
  let w: TestWhistle
  beforeEach(async () => {
    w = await testWhistle()
  })
  afterEach(() => w.cleanup())

  const header = 'id,code,name_zh,name_en,aliases,town,level,officer_id'

  it('reports bad rows by line and imports the rest', async () => {
    const csv = [
      header,
      'qh-100,1100,新学校,New School,新校|NS,城关镇,primary,off-01',
      'qh-101,11,坏编号,,,,primary,off-01',
      'qh-102,1001,重复编号,,,,primary,off-01',
      'qh-103,1103,没有民警,,,,primary,off-99',
      ',1104,没有编号,,,,primary,off-01',
      'qh-100,1105,重复,,,,primary,off-01',
    ].join('\n')
    const report = await importSchools(w.core, csv)
    expect(report.created).toBe(1)
    expect(report.problems).toEqual([
      { line: 3, message: 'code "11" is not four digits' },
      { line: 4, message: 'code 1001 already belongs to qh-001' },
      { line: 5, message: 'officer off-99 is not imported' },
      { line: 6, message: 'id must be letters, digits, - or _' },
      { line: 7, message: 'id qh-100 appears twice' },
    ])
    expect((await importSchools(w.core, 'id,code\nx,1\n')).problems[0]?.message).toMatch(/missing columns/)
    expect(
      (await importOfficers(w.core, 'id,display_name,role,phone,telegram_chat_id,locale\nx,X,chief,,,\n'))
        .problems,
    ).toEqual([{ line: 2, message: 'role must be one of school_officer, duty_desk, supervisor' }])
  })

  it('updates on re-import, and a school’s open cases follow it to its new officer', async () => {
    const ref = refIn((await sendSms(w.app, '+8613933334444', '1001 有人打架')).twiml) as string
    const report = await importSchools(
      w.core,
      `${header}\nqh-001,1001,青禾县第一中学,Qinghe No.1 Middle School,一中,城关镇,senior,off-02\n`,
    )
    expect(report).toMatchObject({ created: 0, updated: 1 })
    const [moved] = await w.core.store.db.select().from(schema.cases).where(eq(schema.cases.ref, ref))
    expect(moved?.officerId).toBe('off-02')
    expect(await w.core.schools.get('qh-001')).toMatchObject({ officerId: 'off-02', aliases: ['一中'] })
  })
})
