import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseSchoolsCsv } from '../../src/county/csv'
import { buildSchoolIndex } from '../../src/intake/triage/index'

export const DEMO_SCHOOLS_CSV = fileURLToPath(
  new URL('../../fixtures/demo-county/schools.csv', import.meta.url),
)

/** The demo county's school index, as the service builds it from schools.csv. */
export function demoCounty() {
  const { schools, errors } = parseSchoolsCsv(readFileSync(DEMO_SCHOOLS_CSV, 'utf8'))
  if (errors.length > 0) throw new Error(`demo county has bad rows: ${JSON.stringify(errors)}`)
  return buildSchoolIndex(schools)
}
