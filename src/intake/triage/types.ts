export type Channel = 'sms' | 'whatsapp' | 'telegram' | 'voice'
export type Category =
  'self_harm' | 'weapon' | 'sexual' | 'physical' | 'extortion' | 'cyber' | 'relational' | 'verbal' | 'other'
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

/** Highest precedence first (TRIAGE.md): where several categories apply, the earliest wins. */
export const CATEGORY_PRECEDENCE: readonly Category[] = [
  'self_harm',
  'weapon',
  'sexual',
  'physical',
  'extortion',
  'cyber',
  'relational',
  'verbal',
  'other',
]
