import { and, eq, inArray, ne } from 'drizzle-orm'
import type { Core } from '../core'
import { OPEN_STATUSES } from '../intake/intake'
import type { AuditDraft } from '../store/audit'
import { cases, officers, schools } from '../store/schema'
import type { Write } from '../store/store'
import { type CsvProblem, csvRecords, ID_PATTERN, ID_PROBLEM, parseSchoolsCsv } from './csv'

export interface ImportReport {
  created: number
  updated: number
  problems: CsvProblem[]
}

const OFFICER_COLUMNS = ['id', 'display_name', 'role', 'phone', 'telegram_chat_id', 'locale'] as const
const ROLES = ['school_officer', 'duty_desk', 'supervisor'] as const
const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => list.includes(value as T)

/** Officers from CSV (columns as in the demo county); a re-import updates. Bad rows are reported by line and skipped. */
export async function importOfficers(core: Core, csv: string): Promise<ImportReport> {
  const { records, problems } = csvRecords(csv, OFFICER_COLUMNS)
  const db = core.store.db
  const existing = new Set((await db.select({ id: officers.id }).from(officers)).map((o) => o.id))
  const seen = new Set<string>()
  const writes: Write[] = []
  const report: ImportReport = { created: 0, updated: 0, problems }
  const now = core.clock()
  for (const { line, values: v } of records) {
    const problem = !ID_PATTERN.test(v.id)
      ? ID_PROBLEM
      : seen.has(v.id)
        ? `id ${v.id} appears twice`
        : !isOneOf(ROLES, v.role)
          ? `role must be one of ${ROLES.join(', ')}`
          : v.phone && !/^\+[1-9]\d{5,14}$/.test(v.phone)
            ? 'phone must be E.164 (+8613...)'
            : v.telegram_chat_id && !/^-?\d{1,20}$/.test(v.telegram_chat_id)
              ? 'telegram_chat_id must be a number'
              : v.locale && !isOneOf(LOCALES, v.locale)
                ? `locale must be one of ${LOCALES.join(', ')}`
                : null
    if (problem) {
      report.problems.push({ line, message: problem })
      continue
    }
    seen.add(v.id)
    const row = {
      displayName: v.display_name || v.id,
      role: v.role as (typeof ROLES)[number],
      phone: v.phone || null,
      telegramChatId: v.telegram_chat_id || null,
      locale: (v.locale || 'zh-Hans') as (typeof LOCALES)[number],
      active: true,
      updatedAt: now,
    }
    writes.push(
      db
        .insert(officers)
        .values({ id: v.id, ...row })
        .onConflictDoUpdate({ target: officers.id, set: row }),
    )
    if (existing.has(v.id)) report.updated++
    else report.created++
  }
  await core.store.commit(writes, [
    { at: now, actor: 'operator', action: 'officers_imported', caseId: null, detail: { ...count(report) } },
  ])
  core.schools.invalidate()
  return report
}

const count = (r: ImportReport) => ({ created: r.created, updated: r.updated, problems: r.problems.length })

/**
 * Schools from CSV; a re-import updates. A school whose officer changes takes its open cases to the
 * new officer's queue, so nothing is left with someone who no longer covers it.
 */
export async function importSchools(core: Core, csv: string): Promise<ImportReport> {
  const { schools: rows, errors } = parseSchoolsCsv(csv)
  const db = core.store.db
  const known = await db
    .select({ id: schools.id, code: schools.code, officerId: schools.officerId })
    .from(schools)
  const before = new Map(known.map((s) => [s.id, s]))
  const codeOwner = new Map(known.map((s) => [s.code, s.id]))
  const officerIds = new Set((await db.select({ id: officers.id }).from(officers)).map((o) => o.id))
  const writes: Write[] = []
  const audit: AuditDraft[] = []
  const report: ImportReport = { created: 0, updated: 0, problems: errors }
  const now = core.clock()
  for (const school of rows) {
    const owner = codeOwner.get(school.code)
    const problem =
      owner && owner !== school.id
        ? `code ${school.code} already belongs to ${owner}`
        : school.officerId && !officerIds.has(school.officerId)
          ? `officer ${school.officerId} is not imported`
          : null
    if (problem) {
      report.problems.push({ line: school.line, message: problem })
      continue
    }
    codeOwner.set(school.code, school.id)
    const row = {
      code: school.code,
      nameZh: school.nameZh,
      nameEn: school.nameEn,
      aliases: school.aliases,
      town: school.town,
      level: school.level,
      officerId: school.officerId || null,
      updatedAt: now,
    }
    writes.push(
      db
        .insert(schools)
        .values({ id: school.id, ...row })
        .onConflictDoUpdate({ target: schools.id, set: row }),
    )
    const previous = before.get(school.id)
    if (!previous) report.created++
    else {
      report.updated++
      if (row.officerId && previous.officerId !== row.officerId) {
        writes.push(
          db
            .update(cases)
            .set({ officerId: row.officerId, updatedAt: now })
            .where(
              and(
                eq(cases.schoolId, school.id),
                inArray(cases.status, [...OPEN_STATUSES]),
                ne(cases.officerId, row.officerId),
              ),
            ),
        )
        audit.push({
          at: now,
          actor: 'operator',
          action: 'school_reassigned',
          caseId: null,
          detail: { school: school.id, from: previous.officerId, to: row.officerId },
        })
      }
    }
  }
  report.problems.sort((a, b) => a.line - b.line)
  await core.store.commit(writes, [
    { at: now, actor: 'operator', action: 'schools_imported', caseId: null, detail: { ...count(report) } },
    ...audit,
  ])
  core.schools.invalidate()
  return report
}
