import { fuzzySyllableOf, isHan, normalizeForMatch, pinyinSpellings } from './normalize'
import type { SchoolRecord } from './types'

/** How a key names its school; shown to the officer as the reason for the match. */
type KeyKind = 'name' | 'alias' | 'English name' | 'pinyin'

interface KeyOwners {
  schools: number[]
  kind: KeyKind
  /** Written in the county's list (name, alias, English name), as opposed to derived by a naming convention. */
  explicit: boolean
}

interface SoundKey {
  chars: string
  owners: KeyOwners
}

/** One place in a tip (normalized form) that names one or more schools. */
export interface SchoolMention {
  start: number
  end: number
  schools: number[]
  exact: boolean
  reason: string
}

// Characters that say what kind of school it is: a sound-alike there is another school, not a typo
// ("马集中学" is not a misspelt "马集小学").
const SCHOOL_TYPE_CHARS = new Set('中小学校初高园幼专职院')
const HAN_NUMERALS = new Set('一二三四五六七八九十')
// Two-character nicknames ("一中", "二小") also start ordinary words; after the nickname these
// characters make the word ("一小时", "初三中午"), so the nickname is not meant there.
const WORDS_AFTER_SHORT_NICKNAME =
  /^(?:中午|中间|中途|中心|中国|中文|中考|中等|中的人|小时|小孩|小朋友|小卖部|小会|小部分|小半|小心|小组|小区|小号|小树林|小声|小事)/
const GRADE_PREFIX = new Set('初高第年')

// Chinese school-naming conventions: people drop the administrative level and shorten the type.
const HAN_REWRITES: readonly [RegExp, string][] = [
  [/^(\p{Script=Han}{2,}?)(?:县|镇|乡|街道|区)(?=\p{Script=Han}{3})/u, '$1'],
  [/第([一二三四五六七八九十]+)中学$/, '$1中'],
  [/第([一二三四五六七八九十]+)小学$/, '$1小'],
  [/第([一二三四五六七八九十]+)幼儿园$/, '$1幼'],
  [/初级中学$/, '初中'],
  [/初级中学$/, '中学'],
  [/中心小学$/, '小学'],
  [/九年一贯制学校$/, '学校'],
  [/职业中等专业学校$/, '职专'],
]
const TYPE_SUFFIX = /^(\p{Script=Han}{2,4})(?:小学|中学|学校|初中)$/u
const TOWN_SUFFIX = /(?:镇|乡|街道|县|区)$/
const COUNTY_PREFIX = /^\p{Script=Han}{2,3}县(?=\p{Script=Han}{4})/u

/** The spoken short forms of a Chinese school name, derived by the conventions above. */
function derivedHanKeys(name: string): string[] {
  const forms = new Set([name])
  const queue = [name]
  for (let form = queue.pop(); form !== undefined; form = queue.pop()) {
    const rewritten = [
      ...HAN_REWRITES.map(([from, to]) => form.replace(from, to)),
      form.replace(COUNTY_PREFIX, ''),
    ]
    for (const next of rewritten) {
      if (next.length >= 3 && !forms.has(next)) {
        forms.add(next)
        queue.push(next)
      }
    }
  }
  return [...forms]
}

const ORDINALS: Record<string, string> = {
  first: '1',
  one: '1',
  '1st': '1',
  second: '2',
  two: '2',
  '2nd': '2',
  third: '3',
  three: '3',
  '3rd': '3',
  fourth: '4',
  four: '4',
  '4th': '4',
  fifth: '5',
  five: '5',
  '5th': '5',
  sixth: '6',
  six: '6',
  '6th': '6',
}

// Short forms of the words in English school names ("special ed school", "no2 pri").
const ABBREVIATIONS: Record<string, string> = {
  ed: 'education',
  edu: 'education',
  sch: 'school',
  pri: 'primary',
  prim: 'primary',
  mid: 'middle',
  jr: 'junior',
  voc: 'vocational',
  exp: 'experimental',
}

interface LatinToken {
  word: string
  start: number
  end: number
}

/** Latin words of a (normalized) text, with "No.1", "no1", "number one", "first" all reduced to "1". */
function latinTokens(text: string): LatinToken[] {
  const raw: LatinToken[] = []
  for (const m of text.matchAll(/[a-z]+|\d+/g))
    raw.push({ word: m[0], start: m.index, end: m.index + m[0].length })
  const tokens: LatinToken[] = []
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as LatinToken
    const word = ORDINALS[token.word] ?? ABBREVIATIONS[token.word] ?? token.word
    const next = raw[i + 1]
    const nextIsNumber = next !== undefined && /^\d+$/.test(ORDINALS[next.word] ?? next.word)
    if ((word === 'no' || word === 'number' || word === 'num') && nextIsNumber) continue
    tokens.push({ ...token, word })
  }
  return tokens
}

/** The ways people shorten an English school name: without "school", "central", or the county in front. */
function derivedLatinKeys(name: string): string[] {
  const words = latinTokens(normalizeForMatch(name)).map((t) => t.word)
  const forms = new Set<string>()
  const add = (ws: string[]) => {
    if (ws.length > 0) forms.add(ws.join(' '))
  }
  add(words)
  const withoutSchool = words.at(-1) === 'school' && words.length >= 3 ? words.slice(0, -1) : words
  add(withoutSchool)
  const withoutJunior = withoutSchool.filter((w, i) => !(w === 'junior' && withoutSchool[i + 1] === 'middle'))
  add(withoutJunior)
  const withoutCentral = withoutJunior.filter((w) => w !== 'central')
  if (withoutCentral.length >= 2) add(withoutCentral)
  if (withoutJunior.length >= 3) add(withoutJunior.slice(1))
  // "the vocational school": the county in front dropped, the type word kept.
  if (words.length >= 3) add(words.slice(1))
  return [...forms]
}

function deletions(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1))
  return out
}

function addOwner(
  map: Map<string, KeyOwners>,
  key: string,
  school: number,
  kind: KeyKind,
  explicit: boolean,
) {
  const owners = map.get(key)
  if (!owners) {
    map.set(key, { schools: [school], kind, explicit })
    return
  }
  // A key the county wrote down for one school beats the same key derived for another.
  if (owners.explicit && !explicit) return
  if (!owners.explicit && explicit) {
    map.set(key, { schools: [school], kind, explicit })
    return
  }
  // Two owners already make a key ambiguous; a county-wide "县一中" need not list every county.
  if (owners.schools.length < 2 && !owners.schools.includes(school)) owners.schools.push(school)
}

function addLength(index: Map<string, number[]>, prefix: string, length: number) {
  const lengths = index.get(prefix)
  if (!lengths) index.set(prefix, [length])
  else if (!lengths.includes(length)) lengths.push(length)
}

interface SearchFields {
  han: string[]
  latin: string[]
  initials: string[]
  pinyin: string[]
}

/** Everything precomputed about a county's schools that triage and the school picker need. */
export class SchoolIndex {
  readonly records: readonly SchoolRecord[]
  readonly byCode = new Map<string, number>()
  readonly hanKeys = new Map<string, KeyOwners>()
  /** First two characters of a key -> the key lengths starting so: a tip is scanned without a trie. */
  readonly hanLengths = new Map<string, number[]>()
  readonly soundKeys = new Map<string, SoundKey[]>()
  readonly soundLengths = new Map<string, number[]>()
  readonly latinKeys = new Map<string, KeyOwners>()
  readonly latinWords = new Set<string>()
  /** A word with one letter deleted -> the name word it came from ('' when several). */
  readonly latinNearWords = new Map<string, string>()
  maxLatinWindow = 1
  readonly searchFields: SearchFields[] = []
  readonly codePattern: RegExp

  constructor(schools: readonly SchoolRecord[]) {
    this.records = schools
    schools.forEach((school, i) => {
      this.byCode.set(school.code, i)
      const hanNames = [school.nameZh, ...school.aliases.filter((a) => /\p{Script=Han}/u.test(a))]
      const latinNames = [school.nameEn, ...school.aliases.filter((a) => !/\p{Script=Han}/u.test(a))]
      const fields: SearchFields = { han: [], latin: [], initials: [], pinyin: [] }
      const townCore = normalizeForMatch(school.town).replace(TOWN_SUFFIX, '')
      for (const [n, raw] of hanNames.entries()) {
        this.addHanName(normalizeForMatch(raw), i, n === 0 ? 'name' : 'alias', fields, townCore)
      }
      for (const raw of latinNames) {
        if (!raw.trim()) continue
        fields.latin.push(normalizeForMatch(raw))
        for (const key of derivedLatinKeys(raw)) this.addLatinKey(key, i, 'English name', true)
      }
      this.searchFields.push(fields)
    })
    this.codePattern = codePattern([...new Set(schools.map((s) => s.code.length))])
    for (const word of this.latinWords) {
      if (word.length < 5 || /\d/.test(word)) continue
      for (const near of deletions(word)) {
        const seen = this.latinNearWords.get(near)
        this.latinNearWords.set(near, seen === undefined || seen === word ? word : '')
      }
    }
  }

  private addHanName(name: string, school: number, kind: KeyKind, fields: SearchFields, townCore: string) {
    fields.han.push(name)
    const spelt = pinyinSpellings(name)
    fields.pinyin.push(spelt.full)
    fields.initials.push(spelt.initials)
    for (const key of derivedHanKeys(name)) {
      const explicit = key === name
      this.addHanKey(key, school, kind, explicit)
      // Pinyin is typed for short forms ("qhyz", "yucai"); long derived forms only cost memory and build time.
      if (!explicit && key.length > 4) continue
      const { full, initials } = explicit ? spelt : pinyinSpellings(key)
      this.addLatinKey(full, school, 'pinyin', explicit)
      if (initials.length >= 4) this.addLatinKey(initials, school, 'pinyin', explicit)
      // A village or a school's own name in pinyin alone ("at yangzhuang", "yangguang"), unless it is
      // the town's name, which every school of the town shares.
      const core = TYPE_SUFFIX.exec(key)?.[1]
      if (core && core !== townCore) {
        const bare = pinyinSpellings(core).full
        if (bare.length >= 5) this.addLatinKey(bare, school, 'pinyin', false)
      }
    }
  }

  private addHanKey(key: string, school: number, kind: KeyKind, explicit: boolean) {
    if (key.length < 2) return
    addOwner(this.hanKeys, key, school, kind, explicit)
    addLength(this.hanLengths, key.slice(0, 2), key.length)
    if (key.length < 3 || ![...key].every(isHan)) return
    const owners = this.hanKeys.get(key) as KeyOwners
    const sounds = [...key].map(fuzzySyllableOf)
    const soundKey = sounds.join(' ')
    const entries = this.soundKeys.get(soundKey)
    if (!entries) this.soundKeys.set(soundKey, [{ chars: key, owners }])
    else if (!entries.some((e) => e.chars === key)) entries.push({ chars: key, owners })
    addLength(this.soundLengths, `${sounds[0]} ${sounds[1]}`, key.length)
  }

  private addLatinKey(key: string, school: number, kind: KeyKind, explicit: boolean) {
    if (key.length < 3) return
    addOwner(this.latinKeys, key, school, kind, explicit)
    const words = key.split(' ')
    this.maxLatinWindow = Math.max(this.maxLatinWindow, words.length)
    // Typos are corrected in English names only: run-together pinyin is long and would swamp the table.
    if (kind === 'English name') for (const w of words) this.latinWords.add(w)
  }

  /** The name word a misspelt word stands for (one letter added, dropped or changed), if exactly one. */
  correctLatinWord(word: string): string | null {
    if (word.length < 5 || this.latinWords.has(word) || /\d/.test(word)) return null
    const candidates = new Set<string>()
    const direct = this.latinNearWords.get(word)
    if (direct) candidates.add(direct)
    for (const near of deletions(word)) {
      if (this.latinWords.has(near) && near.length >= 5) candidates.add(near)
      const viaNear = this.latinNearWords.get(near)
      if (viaNear) candidates.add(viaNear)
    }
    return candidates.size === 1 ? ([...candidates][0] as string) : null
  }
}

export function buildSchoolIndex(schools: readonly SchoolRecord[]): SchoolIndex {
  return new SchoolIndex(schools)
}

// Digits followed by a unit are an amount or a year, not the code on the school gate.
const NOT_A_CODE_AFTER = '(?![\\d.])(?!\\s*(?:元|块|年|岁|米|次|分|yuan|rmb|kuai|bucks|dollars))'

/** Numbers as long as the county's codes (four digits in the demo county), standing alone. */
function codePattern(codeLengths: readonly number[]): RegExp {
  const lengths = [...codeLengths].sort((a, b) => b - a).map((n) => `\\d{${n}}`)
  return new RegExp(`(?<![\\d.])(${lengths.join('|') || '\\d{4}'})${NOT_A_CODE_AFTER}`, 'g')
}

function codeMentions(text: string, index: SchoolIndex, unknownCodes: string[]): SchoolMention[] {
  const mentions: SchoolMention[] = []
  for (const m of text.matchAll(index.codePattern)) {
    const code = m[1] as string
    const school = index.byCode.get(code)
    if (school === undefined) unknownCodes.push(code)
    else
      mentions.push({
        start: m.index,
        end: m.index + 4,
        schools: [school],
        exact: true,
        reason: `code ${code}`,
      })
  }
  return mentions
}

function nicknameMisread(text: string, start: number, end: number): boolean {
  if (end - start !== 2) return false
  const before = text[start - 1] ?? ''
  return (
    GRADE_PREFIX.has(before) ||
    HAN_NUMERALS.has(before) ||
    WORDS_AFTER_SHORT_NICKNAME.test(text.slice(end - 1, end + 4))
  )
}

function hanMentions(text: string, index: SchoolIndex): SchoolMention[] {
  const mentions: SchoolMention[] = []
  for (let i = 0; i < text.length - 1; i++) {
    const lengths = index.hanLengths.get(text.slice(i, i + 2))
    if (!lengths) continue
    for (const length of lengths) {
      const key = text.slice(i, i + length)
      const owners = index.hanKeys.get(key)
      if (!owners || key.length !== length || nicknameMisread(text, i, i + length)) continue
      mentions.push({
        start: i,
        end: i + length,
        schools: owners.schools,
        exact: true,
        reason: `${owners.kind} ${key}`,
      })
    }
  }
  return mentions
}

/** Names written with sound-alike characters ("青和一中", "东波小学"): at most one character off per five. */
function soundMentions(text: string, index: SchoolIndex): SchoolMention[] {
  const chars = [...text]
  const sounds = chars.map(fuzzySyllableOf)
  const mentions: SchoolMention[] = []
  for (let i = 0; i < chars.length - 2; i++) {
    const lengths = index.soundLengths.get(`${sounds[i]} ${sounds[i + 1]}`)
    if (!lengths) continue
    for (const length of lengths) {
      if (i + length > chars.length) continue
      const entries = index.soundKeys.get(sounds.slice(i, i + length).join(' '))
      if (!entries) continue
      const written = chars.slice(i, i + length).join('')
      for (const entry of entries) {
        let differing = 0
        let typeCharDiffers = false
        for (let k = 0; k < length; k++) {
          const want = entry.chars[k] as string
          if (written[k] === want) continue
          differing++
          if (SCHOOL_TYPE_CHARS.has(want)) typeCharDiffers = true
        }
        const allowed = length >= 6 ? 2 : 1
        if (differing === 0 || differing > allowed || typeCharDiffers) continue
        mentions.push({
          start: i,
          end: i + length,
          schools: entry.owners.schools,
          exact: false,
          reason: `sounds like ${entry.chars} (${written})`,
        })
      }
    }
  }
  return mentions
}

function latinMentions(text: string, index: SchoolIndex): SchoolMention[] {
  const tokens = latinTokens(text)
  const words = tokens.map((t) => index.correctLatinWord(t.word) ?? t.word)
  const mentions: SchoolMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    for (let size = 1; size <= index.maxLatinWindow && i + size <= tokens.length; size++) {
      const window = words.slice(i, i + size)
      const corrected = window.some((w, k) => w !== tokens[i + k]?.word)
      for (const key of [window.join(' '), window.join('')]) {
        const owners = index.latinKeys.get(key)
        if (!owners) continue
        const first = tokens[i] as LatinToken
        const last = tokens[i + size - 1] as LatinToken
        mentions.push({
          start: first.start,
          end: last.end,
          schools: owners.schools,
          exact: !corrected,
          reason: `${owners.kind} ${text.slice(first.start, last.end)}`,
        })
        break
      }
    }
  }
  return mentions
}

/** Keeps the longest of overlapping mentions ("青禾一中" is one school, not also "一中"); exact before sound-alike. */
function longestFirst(mentions: SchoolMention[]): SchoolMention[] {
  const sorted = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(b.exact) - Number(a.exact) || a.start - b.start,
  )
  const kept: SchoolMention[] = []
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m)
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * Every place the (normalized) text names schools. A sound-alike counts where it is longer than the
 * exact match inside it ("南胡二小" is 南湖二小, not the "二小" it ends with); elsewhere only when no
 * exact spelling names a school, so a chance sound-alike cannot add a second school.
 */
export function findSchoolMentions(
  text: string,
  index: SchoolIndex,
): { mentions: SchoolMention[]; unknownCodes: string[] } {
  const unknownCodes: string[] = []
  const exact = [
    ...codeMentions(text, index, unknownCodes),
    ...hanMentions(text, index),
    ...latinMentions(text, index),
  ]
  const kept = longestFirst([...exact, ...soundMentions(text, index)])
  if (!exact.some((m) => m.schools.length === 1 && m.exact)) return { mentions: kept, unknownCodes }
  const overlapsExact = (m: SchoolMention) => exact.some((e) => m.start < e.end && e.start < m.end)
  return { mentions: kept.filter((m) => m.exact || overlapsExact(m)), unknownCodes }
}

// Words around a school's name that say the bullies come from there, or that the victim studies there.
const BULLIES_FROM = /^(?:的)?(?:那帮|那几个|那些|那群|几个|有人|的人|男生|女生|学生)|^的.{0,6}干的/
const VICTIM_AT =
  /(?:我是|我在|在|读|上|就读于|孩子在|at|(?:im|i am|were|we are) from|go to|goes to|attends?)\s*$/
// "boys from Maji Middle": the English way of saying where the bullies come from.
const BULLIES_BEFORE =
  /\b(?:boys?|girls?|kids?|students?|guys|people|ones|seniors|bullies|gang|someone|some) (?:\w+ )?from\s*$/

/**
 * The one school a tip names, or null when it names none or only ambiguous ones. When it names two,
 * the victim's school wins (TRIAGE.md): the one the tipster says they are at, not the one the bullies come from.
 */
export function pickSchool(text: string, mentions: readonly SchoolMention[]): SchoolMention | null {
  const unique = mentions.filter((m) => m.schools.length === 1)
  const distinct = new Set(unique.map((m) => m.schools[0]))
  if (distinct.size === 0) return null
  if (distinct.size === 1) return unique[0] ?? null
  const victimAt = (m: SchoolMention) => VICTIM_AT.test(text.slice(Math.max(0, m.start - 8), m.start))
  const score = (m: SchoolMention) =>
    (victimAt(m) ? 2 : 0) -
    (BULLIES_FROM.test(text.slice(m.end, m.end + 10)) ||
    BULLIES_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))
      ? 2
      : 0)
  const ranked = [...unique].sort((a, b) => score(b) - score(a) || a.start - b.start)
  const [first, second] = ranked
  // "育才和三中的打群架": two schools named together as one party, neither the victim's: no one school.
  if (first && second && !victimAt(first) && first.schools[0] !== second.schools[0]) {
    const [a, b] = first.start < second.start ? [first, second] : [second, first]
    if (SCHOOLS_JOINED.test(text.slice(a.end, b.start))) return null
  }
  return first ?? null
}

const SCHOOLS_JOINED = /^\s*(?:和|跟|与|及|同|还有|、|&|\/|,|，|and|or)?\s*$/

interface ScoredSchool {
  record: SchoolRecord
  score: number
}

/** Every school matching a partial query, scored: code, then Chinese names, English names, pinyin, sound-alikes. */
function scoreSchools(query: string, schools: SchoolIndex): ScoredSchool[] {
  const q = normalizeForMatch(query).trim()
  if (!q) return []
  const compact = q.replace(/\s+/g, '')
  const qSounds = [...compact].every(isHan) ? [...compact].map(fuzzySyllableOf).join(' ') : null
  const scored: ScoredSchool[] = []
  schools.records.forEach((record, i) => {
    const fields = schools.searchFields[i] as SearchFields
    let score = 0
    const best = (s: number) => {
      score = Math.max(score, s)
    }
    if (record.code === compact) best(100)
    else if (/^\d+$/.test(compact) && record.code.startsWith(compact)) best(90)
    for (const name of fields.han) {
      if (name === compact) best(95)
      else if (name.startsWith(compact)) best(80)
      else if (name.includes(compact)) best(70)
      else if (qSounds && [...name].map(fuzzySyllableOf).join(' ').includes(qSounds)) best(40)
    }
    for (const name of fields.latin) {
      if (name === q) best(95)
      else if (name.startsWith(q)) best(75)
      else if (name.split(/[^a-z0-9]+/).some((w) => w.startsWith(q))) best(65)
      else if (name.includes(q)) best(55)
    }
    if (/^[a-z]+$/.test(compact)) {
      for (const s of fields.initials) if (s.startsWith(compact)) best(60)
      for (const s of fields.pinyin) {
        if (s.startsWith(compact)) best(60)
        else if (compact.length >= 3 && s.includes(compact)) best(45)
      }
    }
    if (score > 0) scored.push({ record, score })
  })
  return scored.sort((a, b) => b.score - a.score || a.record.code.localeCompare(b.record.code))
}

/** Schools whose code or names match a partial query typed by a user (for a "pick your school" list), best first, at most `limit`. */
export function searchSchools(query: string, schools: SchoolIndex, limit = 10): SchoolRecord[] {
  return scoreSchools(query, schools)
    .slice(0, limit)
    .map((s) => s.record)
}

/** The one school a short answer names (e.g. reply "1006" or "实验小学" to "which school?"), or null. */
export function resolveSchool(text: string, schools: SchoolIndex): SchoolRecord | null {
  const normalized = normalizeForMatch(text)
  const { mentions } = findSchoolMentions(normalized, schools)
  const picked = mentions.length > 0 ? pickUnambiguous(mentions) : undefined
  if (picked !== undefined) return picked === null ? null : (schools.records[picked] ?? null)
  // A partial name ("阳光") is an answer only when it fits one school clearly better than any other.
  const compact = normalized.replace(/\s+/g, '')
  if (compact.length < 2 || compact.length > 20) return null
  const [first, second] = scoreSchools(compact, schools)
  if (!first || first.score < 70) return null
  return !second || first.score > second.score ? first.record : null
}

/** The one school all unambiguous mentions agree on; null when they disagree or are all ambiguous. */
function pickUnambiguous(mentions: readonly SchoolMention[]): number | null {
  const distinct = new Set(mentions.filter((m) => m.schools.length === 1).map((m) => m.schools[0]))
  return distinct.size === 1 ? ([...distinct][0] as number) : null
}
