import { classifyTip, contractionsSpelt, repeatsSqueezed } from './classify'
import { detectLanguage } from './language'
import { normalizeForMatch, withoutTones } from './normalize'
import { embeddedPinyinAsHan, isPinyinText, pinyinToHan } from './romanized'
import { findSchoolMentions, pickSchool, type SchoolIndex } from './schools'
import { repairDangerWords, repairFunctionWords } from './soundalike'
import type { Channel, Language, TriageResult } from './types'

export { crisisAdvice } from './crisis'
export { detectLanguage } from './language'
export { buildSchoolIndex, resolveSchool, SchoolIndex, searchSchools } from './schools'
export type { Category, Channel, Language, SchoolRecord, TriageResult, Urgency } from './types'

const HAN = /\p{Script=Han}/u
const SPOKEN_PAUSE = /(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu
const HAN_RUNS = /\p{Script=Han}+/gu
const NOT_LATIN = /[^a-z\s]+/g
/** The Latin words of a text, what stands between them dropped. */
const latinOnly = (text: string): string => text.replace(NOT_LATIN, ' ')

const LANGUAGE_REASON: Record<Language, string> = {
  'zh-Hans': 'simplified characters',
  'zh-Hant': 'traditional characters',
  en: 'English',
}

/** Chinese written a word at a time: at least four runs of characters, most of them one to three long. */
function wordSpaced(text: string): boolean {
  const runs = text.match(HAN_RUNS)
  if (!runs || runs.length < 4) return false
  const short = runs.filter((r) => r.length <= 3).length
  return short * 3 >= runs.length * 2
}

/** Decides the school, category, urgency and language of one tip (rules: TRIAGE.md), with the cues shown to the officer. */
export function triageTip(tip: { text: string; channel: Channel }, schools: SchoolIndex): TriageResult {
  // A transcript spaces its words where the caller paused ("东坡 中学", "活着 没意思"), and some children
  // type a space after every word or two ("要 给我 上课"): between such words a space is no clause break,
  // and the words are read together, as an unspaced transcript is.
  const normalized = normalizeForMatch(tip.text)
  const text =
    tip.channel === 'voice' || wordSpaced(normalized) ? normalized.replace(SPOKEN_PAUSE, '') : normalized
  const reasons: string[] = []

  const { mentions, unknownCodes } = findSchoolMentions(text, schools)
  const picked = pickSchool(text, mentions)
  const schoolIndex = picked?.schools[0]
  const school = schoolIndex === undefined ? undefined : schools.records[schoolIndex]
  if (picked && school) reasons.push(`school: ${picked.reason}`)
  else {
    for (const code of unknownCodes) reasons.push(`school: code ${code} not in the county`)
    const ambiguous = mentions.find((m) => m.schools.length > 1)
    // "一中还是二中", "育才和三中的打群架": schools named side by side, none of them the one.
    const named = new Set(mentions.filter((m) => m.schools.length === 1).map((m) => m.schools[0]))
    if (ambiguous)
      reasons.push(`school: "${text.slice(ambiguous.start, ambiguous.end)}" fits several schools`)
    else if (named.size > 1) reasons.push('school: several named side by side, none chosen')
    if (unknownCodes.length === 0 && !ambiguous && named.size <= 1) reasons.push('school: none named')
  }

  // A school's name says nothing about the tip: "九年一贯制" is not "nine years", "阳光" not a mood.
  let masked = text
  for (const m of mentions)
    masked = masked.slice(0, m.start) + '#'.repeat(m.end - m.start) + masked.slice(m.end)
  // A tip typed in pinyin is read back into the characters its cue words stand for.
  // A Chinese tip with a run of pinyin in it ("wo bei ta men da le 好痛") is read back the same way.
  const pinyinTip = isPinyinText(HAN.test(masked) ? latinOnly(masked) : masked)
  // Danger words spelt against characters are read first, so a tip of few Latin words keeps them.
  const against = embeddedPinyinAsHan(masked)
  const embedded = pinyinTip ? { text: pinyinToHan(against.text), readings: against.readings } : against
  const slips = repairFunctionWords(embedded.text)
  const repaired = repairDangerWords(slips.text)
  if (pinyinTip) reasons.push('read as pinyin')
  for (const reading of embedded.readings) reasons.push(`read as pinyin: ${reading}`)
  for (const repair of [...slips.repairs, ...repaired.repairs]) reasons.push(`sounds like: ${repair}`)
  const classification = classifyTip(contractionsSpelt(repeatsSqueezed(repaired.text)))
  reasons.push(...classification.reasons)

  const language = detectLanguage(withoutTones(tip.text))
  reasons.push(
    `language: ${/[\p{Script=Han}a-z]/iu.test(tip.text) ? LANGUAGE_REASON[language] : 'default (no words)'}${pinyinTip ? ' (pinyin)' : ''}`,
  )

  return {
    schoolId: school?.id ?? null,
    category: classification.category,
    urgency: classification.urgency,
    language,
    reasons,
  }
}
