export type Channel = 'sms' | 'whatsapp' | 'telegram' | 'voice'
export type Category =
  | 'self_harm'
  | 'weapon'
  | 'sexual'
  | 'physical'
  | 'extortion'
  | 'cyber'
  | 'relational'
  | 'verbal'
  | 'other'
export type Urgency = 'P1' | 'P2' | 'P3'
export type Language = 'zh-Hans' | 'zh-Hant' | 'en'
export interface SchoolRecord {
  id: string
  code: string
  nameZh: string
  nameEn: string
  aliases: string[]
  town: string
}
export interface TriageResult {
  schoolId: string | null
  category: Category
  urgency: Urgency
  language: Language
  reasons: string[]
}

export interface SchoolIndex {
  byCode: Map<string, SchoolRecord>
  names: [string, SchoolRecord][]
  all: readonly SchoolRecord[]
}

export function buildSchoolIndex(schools: readonly SchoolRecord[]): SchoolIndex {
  const names: [string, SchoolRecord][] = []
  for (const s of schools)
    for (const n of [s.nameZh, s.nameEn, ...s.aliases]) names.push([n.toLowerCase(), s])
  names.sort((a, b) => b[0].length - a[0].length)
  return { byCode: new Map(schools.map((s) => [s.code, s])), names, all: schools }
}

export function resolveSchool(text: string, schools: SchoolIndex): SchoolRecord | null {
  const code = /(?<!\d)(\d{4})(?!\d)/.exec(text)?.[1]
  if (code) return schools.byCode.get(code) ?? null
  const lower = text.toLowerCase()
  const found = new Set(schools.names.filter(([n]) => lower.includes(n)).map(([, s]) => s))
  return found.size === 1 ? ([...found][0] as SchoolRecord) : null
}

export function searchSchools(query: string, schools: SchoolIndex, limit = 8): SchoolRecord[] {
  const q = query.trim().toLowerCase()
  if (!q) return []
  return schools.all
    .filter(
      (s) =>
        s.code.startsWith(q) || [s.nameZh, s.nameEn, ...s.aliases].some((n) => n.toLowerCase().includes(q)),
    )
    .slice(0, limit)
}

export function detectLanguage(text: string, fallback: Language = 'zh-Hans'): Language {
  if (/[\u4e00-\u9fff]/.test(text)) return /[們說學這個]/.test(text) ? 'zh-Hant' : 'zh-Hans'
  return /[a-z]{2}/i.test(text) ? 'en' : fallback
}

const cues: [Category, RegExp][] = [
  ['self_harm', /自杀|不想活|割腕|suicide|kill myself/i],
  ['weapon', /刀|knife|gun/i],
  ['sexual', /摸|脱|性|touch/i],
  ['physical', /打|踢|推|hit|punch|kick/i],
  ['extortion', /要钱|保护费|money/i],
  ['cyber', /群|网上|online|post/i],
  ['relational', /孤立|排挤|exclude/i],
  ['verbal', /骂|嘲笑|insult|call.*names/i],
]

export function triageTip(tip: { text: string; channel: Channel }, schools: SchoolIndex): TriageResult {
  const school = resolveSchool(tip.text, schools)
  const cue = cues.find(([, re]) => re.test(tip.text))
  const category = cue?.[0] ?? 'other'
  const urgent =
    ['self_harm', 'weapon'].includes(category) || /现在|今天|放学|now|today|tonight/i.test(tip.text)
  const urgency: Urgency = urgent
    ? 'P1'
    : ['physical', 'extortion', 'sexual'].includes(category)
      ? 'P2'
      : 'P3'
  return {
    schoolId: school?.id ?? null,
    category,
    urgency,
    language: detectLanguage(tip.text),
    reasons: [school ? `school: ${school.code}` : 'school: none named', `category: ${category}`],
  }
}
