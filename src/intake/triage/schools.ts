import { heardKey } from './heard'
import { fuzzySyllableOf, isHan, normalizeForMatch, pinyinSpellings } from './normalize'
import type { SchoolRecord } from './types'

/** How a key names its school; shown to the officer as the reason for the match. */
type KeyKind = 'name' | 'alias' | 'English name' | 'pinyin'

const KINDS: readonly KeyKind[] = ['name', 'alias', 'English name', 'pinyin']

interface KeyOwners {
  schools: number[]
  kind: KeyKind
}

/**
 * Keys (names, aliases, derived short forms) -> the schools they name. A province has a few hundred
 * thousand keys: each owner is packed in one number (school, kind, explicit) rather than an object,
 * which keeps the index build short and the heap small. At most two owners are kept: two already make
 * a key ambiguous, and a county-wide "县一中" need not list every county.
 */
class KeyTable {
  private readonly first = new Map<string, number>()
  private readonly second = new Map<string, number>()

  get size(): number {
    return this.first.size
  }

  /** `explicit`: written in the county's list (name, alias, English name), not derived by a naming convention. */
  add(key: string, school: number, kind: KeyKind, explicit: boolean) {
    // school | kind (2 bits) | explicit | has a second owner
    const packed = school * 16 + KINDS.indexOf(kind) * 4 + (explicit ? 2 : 0)
    const owner = this.first.get(key)
    if (owner === undefined) {
      this.first.set(key, packed)
      return
    }
    const ownerExplicit = (owner & 2) !== 0
    // A key the county wrote down for one school beats the same key derived for another.
    if (ownerExplicit && !explicit) return
    if (!ownerExplicit && explicit) {
      this.first.set(key, packed)
      if (owner & 1) this.second.delete(key)
      return
    }
    if ((owner & 1) === 0 && Math.floor(owner / 16) !== school) {
      this.first.set(key, owner | 1)
      this.second.set(key, school)
    }
  }

  keys(): IterableIterator<string> {
    return this.first.keys()
  }

  get(key: string): KeyOwners | undefined {
    const owner = this.first.get(key)
    if (owner === undefined) return undefined
    const school = Math.floor(owner / 16)
    const other = owner & 1 ? this.second.get(key) : undefined
    return {
      schools: other === undefined ? [school] : [school, other],
      kind: KINDS[(owner >> 2) & 3] as KeyKind,
    }
  }
}

/** Key lengths as bits, per two-character (or two-syllable) prefix: a tip is scanned without a trie. */
class LengthsByPrefix {
  private readonly bits = new Map<string, number>()

  add(prefix: string, length: number) {
    // Names are far shorter than 31 characters; a longer key is still found by the school picker.
    if (length > 30) return
    this.bits.set(prefix, (this.bits.get(prefix) ?? 0) | (1 << length))
  }

  get(prefix: string): number[] | undefined {
    let bits = this.bits.get(prefix)
    if (bits === undefined) return undefined
    const lengths: number[] = []
    for (; bits !== 0; bits &= bits - 1) lengths.push(31 - Math.clz32(bits & -bits))
    return lengths
  }
}

/** What a Chinese name contributes to the index; names repeat across a province ("县一中"), so it is computed once per name. */
interface HanForm {
  key: string
  /** Pinyin of the key, for short forms only. */
  full: string | null
  initials: string | null
  /**
   * The school's own name without its type ("杨庄" of "杨庄小学") and its pinyin: a village's or a
   * school's own name typed alone ("at yangzhuang", "yangguang"), unless it is the town's name, which
   * every school of the town shares.
   */
  core: string | null
  corePinyin: string | null
  /** The core in pinyin with the type in English ("shiyan middle" of "实验中学"), as English speakers say it. */
  typedPinyin: string | null
}

/** One place in a tip (normalized form) that names one or more schools. */
export interface SchoolMention {
  start: number
  end: number
  schools: number[]
  exact: boolean
  reason: string
}

// Characters that say what kind of school it is: written where another was meant, they name another
// school, not a typo ("马集中学" is not a misspelt "马集小学").
const SCHOOL_TYPE_CHARS = new Set('中小学校初高园幼专职院')
const HAN_NUMERALS = new Set('一二三四五六七八九十')
// Two-character nicknames ("一中", "二小") also start ordinary words; after the nickname these
// characters make the word ("一小时", "初三中午"), so the nickname is not meant there.
const WORDS_AFTER_SHORT_NICKNAME =
  /^(?:小(?:瓶|块|口|把|袋|盒|包|杯|碗|段|片|撮|堆|步|截|会儿|阵)|中午|中间|中途|中心|中国|中文|中考|中等|小时|小孩|小朋友|小卖部|小会|小部分|小半|小心|小组|小区|小号|小树林|小声|小事)/
const GRADE_PREFIX = new Set('初高第年')

// Chinese school-naming conventions: people drop the administrative level and shorten the type.
// Each rewrite with a character its pattern needs: most names skip most rewrites without running a regex.
const HAN_REWRITES: readonly [RegExp, string, RegExp][] = [
  [/^(\p{Script=Han}{2,}?)(?:县|镇|乡|街道|区)(?=\p{Script=Han}{3}|职[专校]$)/u, '$1', /[县镇乡街区]/],
  [/第([一二三四五六七八九十]+)中学$/, '$1中', /第/],
  [/第([一二三四五六七八九十]+)小学$/, '$1小', /第/],
  [/第([一二三四五六七八九十]+)幼儿园$/, '$1幼', /第/],
  [/初级中学$/, '初中', /初/],
  [/初级中学$/, '中学', /初/],
  [/中心小学$/, '小学', /心/],
  [/中心小学$/, '中心校', /心/],
  [/^(\p{Script=Han}{2})小学$/u, '$1村小', /小/],
  [/九年一贯制学校$/, '学校', /贯/],
  [/九年一贯制学校$/, '九年一贯制', /贯/],
  [/职业中等专业学校$/, '职专', /职/],
  [/职业(?:中等专业)?学校$/, '职校', /职/],
]
const TYPE_SUFFIX = /^(\p{Script=Han}{2,4})(小学|中学|学校|初中)$/u
const TOWN_SUFFIX = /(?:镇|乡|街道|县|区)$/
const COUNTY_PREFIX = /^\p{Script=Han}{2,3}县(?=\p{Script=Han}{4})/u
// "青禾育才", "qhyc": a county school called by the county and its own name, the type left unsaid.
// Only county schools: deriving it for every town and village school costs a province's index memory.
const COUNTY_AND_OWN_NAME = /^(\p{Script=Han}{2,3})县(\p{Script=Han}{2,3})(?:中学|小学|学校)$/u

/** The spoken short forms of a Chinese school name, derived by the conventions above. */
function derivedHanKeys(name: string): string[] {
  const forms = new Set([name])
  const queue = [name]
  for (let form = queue.pop(); form !== undefined; form = queue.pop()) {
    const rewritten = HAN_REWRITES.filter(([, , needs]) => needs.test(form)).map(([from, to]) =>
      form.replace(from, to),
    )
    if (form.includes('县')) {
      rewritten.push(form.replace(COUNTY_PREFIX, ''))
      const countyAndOwn = COUNTY_AND_OWN_NAME.exec(form)
      if (countyAndOwn) rewritten.push(`${countyAndOwn[1]}${countyAndOwn[2]}`)
    }
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
  lang: 'language',
  elementary: 'primary',
  elem: 'primary',
}

interface LatinToken {
  word: string
  start: number
  end: number
}

/**
 * Latin words of a (normalized) text, with "No.1", "no1", "number one", "first" all reduced to "1", and a
 * school's type written in characters after a pinyin name ("qingquan小学") read as its English word.
 */
const LATIN_WORD = /[a-z]+|\d+|(?<=[a-z]\s?)(?:小学|中学|初中|学校|幼儿园)/g
const HAN_TYPE_WORDS: Record<string, string> = {
  小学: 'primary',
  中学: 'middle',
  初中: 'middle',
  学校: 'school',
  幼儿园: 'kindergarten',
}

function latinTokens(text: string): LatinToken[] {
  const raw: LatinToken[] = []
  LATIN_WORD.lastIndex = 0
  for (let m = LATIN_WORD.exec(text); m !== null; m = LATIN_WORD.exec(text))
    raw.push({ word: m[0], start: m.index, end: m.index + m[0].length })
  const tokens: LatinToken[] = []
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as LatinToken
    const word = ORDINALS[token.word] ?? ABBREVIATIONS[token.word] ?? HAN_TYPE_WORDS[token.word] ?? token.word
    const next = raw[i + 1]
    const nextIsNumber = next !== undefined && /^\d+$/.test(ORDINALS[next.word] ?? next.word)
    if ((word === 'no' || word === 'number' || word === 'num') && nextIsNumber) continue
    tokens.push({ ...token, word })
  }
  return tokens
}

/** The ways people shorten an English school name: without "school", "central", or the county in front. */
function derivedLatinKeys(words: readonly string[]): string[] {
  const forms = new Set<string>()
  const add = (ws: readonly string[]) => {
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
  // "shiqiao central", "dongpo junior": the place and its level, the type left out.
  for (const level of ['central', 'junior']) {
    const at = withoutSchool.indexOf(level)
    if (at >= 1 && at < withoutSchool.length - 1) add(withoutSchool.slice(0, at + 1))
  }
  // "the vocational school": the county in front dropped, the type word kept.
  if (words.length >= 3) add(words.slice(1))
  // "qinghe no 3": the place and the number, the type of school left out (ambiguous when two share it).
  const numberAt = words.findIndex((w) => /^\d+$/.test(w))
  if (numberAt >= 1 && numberAt < words.length - 1) add(words.slice(0, numberAt + 1))
  return [...forms]
}

function deletions(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1))
  return out
}

interface SearchFields {
  han: string[]
  latin: string[]
  initials: string[]
  pinyin: string[]
}

const HAN_ONLY = /^\p{Script=Han}+$/u
const HAS_HAN = /\p{Script=Han}/u

/** Everything precomputed about a county's schools that triage and the school picker need. */
export class SchoolIndex {
  readonly records: readonly SchoolRecord[]
  readonly byCode = new Map<string, number>()
  readonly hanKeys = new KeyTable()
  readonly hanLengths = new LengthsByPrefix()
  readonly latinKeys = new KeyTable()
  readonly latinWords = new Set<string>()
  maxLatinWindow = 1
  readonly codePattern: RegExp
  readonly codeLengths: readonly number[]
  // Built on first use: only a tip with a sound-alike or a misspelt word, or the school picker, needs
  // them, and building them with the rest would double the time a province's index takes to build.
  private sounds: { keys: Map<string, string>; lengths: LengthsByPrefix } | undefined
  private nearWords: Map<string, string> | undefined
  private heardWords: Map<string, string> | undefined
  private fields: SearchFields[] | undefined

  constructor(schools: readonly SchoolRecord[]) {
    this.records = schools
    // Only for the build: a province repeats names and alias patterns ("县一中", "实验小学") and towns.
    const namesSeen = new Map<string, { forms: HanForm[]; schools: number; last: number }>()
    const townCores = new Map<string, string>()
    schools.forEach((school, i) => {
      this.byCode.set(school.code, i)
      let townCore = townCores.get(school.town)
      if (townCore === undefined) {
        townCore = normalizeForMatch(school.town).replace(TOWN_SUFFIX, '')
        townCores.set(school.town, townCore)
      }
      let first = true
      for (const raw of [school.nameZh, ...school.aliases]) {
        if (!HAS_HAN.test(raw)) continue
        let seen = namesSeen.get(raw)
        if (!seen) {
          seen = { forms: hanForms(normalizeForMatch(raw)), schools: 0, last: -1 }
          namesSeen.set(raw, seen)
        }
        if (seen.last !== i) {
          seen.schools++
          seen.last = i
        }
        // A name already given by two schools has made every key it derives ambiguous: a third adds nothing.
        this.addHanName(seen.forms, i, first ? 'name' : 'alias', townCore, seen.schools > 2)
        first = false
      }
      for (const raw of [school.nameEn, ...school.aliases]) {
        if (HAS_HAN.test(raw) || !raw.trim()) continue
        const words = latinTokens(normalizeForMatch(raw)).map((t) => t.word)
        // Typos are corrected in English names only: run-together pinyin is long and would swamp the table.
        for (const w of words) this.latinWords.add(w)
        this.maxLatinWindow = Math.max(this.maxLatinWindow, words.length)
        for (const key of derivedLatinKeys(words)) this.addLatinKey(key, i, 'English name', true)
      }
    })
    this.codeLengths = [...new Set(schools.map((s) => s.code.length))]
    this.codePattern = codePattern(this.codeLengths)
  }

  /** Fuzzy syllables of every all-Han key of two characters or more -> the key(s) sounding so, joined by "|". */
  get soundKeys(): ReadonlyMap<string, string> {
    return this.soundIndex().keys
  }

  /** Lengths of those keys by the fuzzy syllables of their first two characters. */
  get soundLengths(): LengthsByPrefix {
    return this.soundIndex().lengths
  }

  private soundIndex(): { keys: Map<string, string>; lengths: LengthsByPrefix } {
    if (this.sounds) return this.sounds
    const keys = new Map<string, string>()
    const lengths = new LengthsByPrefix()
    for (const key of this.hanKeys.keys()) {
      if (!HAN_ONLY.test(key)) continue
      const fuzzy = [...key].map(fuzzySyllableOf)
      const sounds = fuzzy.join(' ')
      const known = keys.get(sounds)
      keys.set(sounds, known === undefined ? key : `${known}|${key}`)
      lengths.add(`${fuzzy[0]} ${fuzzy[1]}`, key.length)
    }
    this.sounds = { keys, lengths }
    return this.sounds
  }

  /** A name word with one letter deleted -> the name word it came from ('' when several). */
  get latinNearWords(): ReadonlyMap<string, string> {
    if (this.nearWords) return this.nearWords
    this.nearWords = new Map()
    for (const word of this.latinWords) {
      if (word.length < 5 || /\d/.test(word)) continue
      for (const near of deletions(word)) {
        const seen = this.nearWords.get(near)
        this.nearWords.set(near, seen === undefined || seen === word ? word : '')
      }
    }
    return this.nearWords
  }

  /** How a name word sounds to an English ear (`heardKey`) -> the name word ('' when several sound so). */
  get latinHeardWords(): ReadonlyMap<string, string> {
    if (this.heardWords) return this.heardWords
    this.heardWords = new Map()
    for (const word of this.latinWords) {
      const key = heardKey(word)
      if (key.length < MIN_HEARD_KEY) continue
      const seen = this.heardWords.get(key)
      this.heardWords.set(key, seen === undefined || seen === word ? word : '')
    }
    return this.heardWords
  }

  /** The names of each school as the school picker compares them; built on the first search, not for triage. */
  get searchFields(): readonly SearchFields[] {
    this.fields ??= this.records.map((school) => {
      const fields: SearchFields = { han: [], latin: [], initials: [], pinyin: [] }
      for (const raw of [school.nameZh, ...school.aliases]) {
        if (!HAS_HAN.test(raw)) continue
        const name = normalizeForMatch(raw)
        const spelt = pinyinSpellings(name)
        fields.han.push(name)
        fields.pinyin.push(spelt.full)
        fields.initials.push(spelt.initials)
      }
      for (const raw of [school.nameEn, ...school.aliases])
        if (!HAS_HAN.test(raw) && raw.trim()) fields.latin.push(normalizeForMatch(raw))
      return fields
    })
    return this.fields
  }

  private addHanName(
    forms: readonly HanForm[],
    school: number,
    kind: KeyKind,
    townCore: string,
    alreadyAmbiguous: boolean,
  ) {
    for (const [n, form] of forms.entries()) {
      // Only per school: whether a name's core is its town's name.
      if (form.corePinyin !== null && form.core !== townCore)
        this.addLatinKey(form.corePinyin, school, 'pinyin', false)
      if (form.typedPinyin !== null) this.addLatinKey(form.typedPinyin, school, 'pinyin', false)
      if (alreadyAmbiguous) continue
      // The first form is the name as written in the county's list.
      const explicit = n === 0
      this.addHanKey(form, school, kind, explicit)
      if (form.full !== null) this.addLatinKey(form.full, school, 'pinyin', explicit)
      if (form.initials !== null) this.addLatinKey(form.initials, school, 'pinyin', explicit)
    }
  }

  private addHanKey(form: HanForm, school: number, kind: KeyKind, explicit: boolean) {
    const { key } = form
    if (key.length < 2) return
    this.hanKeys.add(key, school, kind, explicit)
    this.hanLengths.add(key.slice(0, 2), key.length)
  }

  private addLatinKey(key: string, school: number, kind: KeyKind, explicit: boolean) {
    if (key.length < 3) return
    this.latinKeys.add(key, school, kind, explicit)
  }

  /** The name word a misspelt word stands for (one letter added, dropped or changed), if exactly one. */
  correctLatinWord(word: string): string | null {
    if (word.length < 5 || this.latinWords.has(word) || /\d/.test(word)) return null
    // "the baisha schools": several schools, no typo for one ("foreign languages" is a typo).
    if (word === 'schools') return null
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

/** The keys a (normalized) Chinese name gives, the name itself first, with their sounds and pinyin. */
function hanForms(name: string): HanForm[] {
  const spelt = pinyinSpellings(name)
  return derivedHanKeys(name).map((key) => {
    const explicit = key === name
    // Pinyin is typed for short forms ("qhyz", "yucai"); long derived forms only cost memory and build time.
    const short = explicit || key.length <= 4
    const pinyin = short ? (explicit ? spelt : pinyinSpellings(key)) : null
    const typed = short ? TYPE_SUFFIX.exec(key) : null
    const core = typed?.[1] ?? null
    const corePinyin = core === null ? null : pinyinSpellings(core).full
    return {
      key,
      full: pinyin ? pinyin.full : null,
      initials: pinyin && pinyin.initials.length >= 4 ? pinyin.initials : null,
      core,
      corePinyin: corePinyin !== null && corePinyin.length >= 5 ? corePinyin : null,
      typedPinyin:
        corePinyin === null ? null : `${corePinyin} ${HAN_TYPE_WORDS[typed?.[2] ?? ''] ?? ''}`.trim(),
    }
  })
}

export function buildSchoolIndex(schools: readonly SchoolRecord[]): SchoolIndex {
  return new SchoolIndex(schools)
}

// Digits followed by a unit are an amount or a year, not the code on the school gate.
const NOT_A_CODE_AFTER = '(?!\\d|\\.\\d)(?!\\s*(?:元|块|年|岁|米|次|分|yuan|rmb|kuai|bucks|dollars))'

/** Numbers as long as the county's codes (four digits in the demo county), standing alone. */
function codePattern(codeLengths: readonly number[]): RegExp {
  const lengths = [...codeLengths].sort((a, b) => b - a).map((n) => `\\d{${n}}`)
  return new RegExp(`(?<![\\d.])(${lengths.join('|') || '\\d{4}'})${NOT_A_CODE_AFTER}`, 'g')
}

/** A code read out digit by digit, as a caller does and a speech recogniser writes it ("幺零零六"). */
const SPOKEN_DIGITS: Record<string, string> = {
  零: '0',
  〇: '0',
  幺: '1',
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
}
/** What follows the digit of a short school name ("三中", "一小", "二职"). */
const SHORT_NAME_AFTER = /^(?:中(?!午|间|心|区|学生)|小(?!区|时|卖|孩|朋友|学生|姐|伙)|职(?!工|业))/
const SPOKEN_CODE =
  /(?<![零〇幺一二两三四五六七八九十百千万第])[零〇幺一二两三四五六七八九]{3,8}(?![零〇幺一二两三四五六七八九十百千万年级班个次岁块元号楼点分])/g

// A code said in English on the hotline: "ten twenty six", "one oh two six", "ten oh six". Not a time of
// day ("at ten twenty", "ten thirty tonight").
const ENGLISH_DIGITS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
}
const ENGLISH_TENS: Record<string, string> = {
  twenty: '2',
  thirty: '3',
  forty: '4',
  fifty: '5',
  sixty: '6',
  seventy: '7',
  eighty: '8',
  ninety: '9',
}
const ENGLISH_NUMBER_WORD = `(?:${[...Object.keys(ENGLISH_TENS), ...Object.keys(ENGLISH_DIGITS)].join('|')})`
const SPOKEN_CODE_EN = new RegExp(
  `(?<!\\b(?:at|by|around|before|after|until|till|from|about|past|to) )\\b${ENGLISH_NUMBER_WORD}(?:[\\s-]+${ENGLISH_NUMBER_WORD})+\\b(?! ?(?:am|pm|tonight|tomorrow|today|this|oclock|minutes?|hours?|years?|kids|boys|girls|people|times|yuan|dollars)\\b)`,
  'g',
)

/** The digits a run of English number words says: "twenty six" is 26, "ten oh six" is 1006. */
function englishDigits(run: string): string {
  const words = run.split(/[\s-]+/)
  let digits = ''
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    const tens = ENGLISH_TENS[word]
    if (tens === undefined) {
      digits += ENGLISH_DIGITS[word] ?? ''
      continue
    }
    const unit = ENGLISH_DIGITS[words[i + 1] ?? '']
    if (unit !== undefined && unit.length === 1 && unit !== '0') {
      digits += tens + unit
      i++
    } else digits += `${tens}0`
  }
  return digits
}

/**
 * The county's codes in digits said aloud, read code by code: a transcript runs a code said twice into
 * one ("一零零四一零零四", "ten twenty six ten twenty six"). `at` is where each code starts in the digits.
 */
function codesSaid(digits: string, index: SchoolIndex): { code: string; school: number; at: number }[] {
  const codes: { code: string; school: number; at: number }[] = []
  for (const size of index.codeLengths) {
    if (digits.length % size !== 0) continue
    for (let at = 0; at < digits.length; at += size) {
      const code = digits.slice(at, at + size)
      const school = index.byCode.get(code)
      if (school !== undefined) codes.push({ code, school, at })
    }
  }
  return codes
}

function codeMentions(text: string, index: SchoolIndex, unknownCodes: string[]): SchoolMention[] {
  const mentions: SchoolMention[] = []
  for (const m of text.matchAll(SPOKEN_CODE_EN)) {
    for (const { code, school } of codesSaid(englishDigits(m[0]), index))
      mentions.push({
        start: m.index,
        end: m.index + m[0].length,
        schools: [school],
        exact: true,
        reason: `code ${code} (${m[0]})`,
      })
  }
  // Only a run of digit names holding a 零 is a code said aloud: "三四个人", "一二年级" are not.
  for (const m of text.matchAll(SPOKEN_CODE)) {
    if (!/[零〇]/.test(m[0])) continue
    const said = [...m[0]].map((ch) => SPOKEN_DIGITS[ch]).join('')
    // "幺零零三三中门口": the code runs into the digit of a school's short name said after it ("三中").
    const digits =
      codesSaid(said, index).length === 0 && SHORT_NAME_AFTER.test(text.slice(m.index + m[0].length))
        ? said.slice(0, -1)
        : said
    for (const { code, school, at } of codesSaid(digits, index))
      mentions.push({
        start: m.index + at,
        end: m.index + at + code.length,
        schools: [school],
        exact: true,
        reason: `code ${code} (${m[0].slice(at, at + code.length)})`,
      })
  }
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

// "马集镇上初中", "在杨庄上小学", "石桥的中学", "白沙那个九年制": a place and the kind of school, with words between them.
// The place is the two or three characters before; together they must spell a key of one school.
const PLACE_THEN_LEVEL = /(?:镇|乡|村)?(?:上的|里的|那个|上|的)(初中|中学|小学|九年制)/g

function placeAndLevelMentions(text: string, index: SchoolIndex): SchoolMention[] {
  const mentions: SchoolMention[] = []
  PLACE_THEN_LEVEL.lastIndex = 0
  for (let m = PLACE_THEN_LEVEL.exec(text); m; m = PLACE_THEN_LEVEL.exec(text)) {
    const level = m[1] as string
    for (const length of [2, 3]) {
      const start = m.index - length
      if (start < 0) break
      const place = text.slice(start, m.index)
      if (!HAN_RUN.test(place)) break
      const owners = index.hanKeys.get(place + level)
      if (!owners || owners.schools.length !== 1) continue
      mentions.push({
        start,
        end: m.index + m[0].length,
        schools: owners.schools,
        exact: true,
        reason: `${owners.kind} ${place + level} (${text.slice(start, m.index + m[0].length)})`,
      })
      break
    }
  }
  return mentions
}
const HAN_RUN = /^\p{Script=Han}+$/u

// "育材初二", "玉才上初二": a two-character name is heard only before a grade; one with a kind of school in it
// ("二中", "民中") only where a school is named (see `shortNameHeard`), for one character heard right of "职中"
// is too little ("那帮人之中初二的", "一众初三的").
const GRADE_AFTER = /^(?:的\s?)?(?:上|读|念)?(?:[初高][一二三]|[一二三四五六]年级)/
const BEFORE_A_SCHOOL = /[在是读上念县禾河子]/
const CROWD_AFTER =
  /^(?:[初高][一二三]|[一二三四五六]年级)(?:(?:的)?(?:学生|男生|女生|同学|面前|中间)|的人|(?:那些)?人(?:中间|面前))/
/**
 * A two-character name with a kind of school in it, heard at `i`: after the words that go before a school ("在",
 * "是", "读", "儿子", the county's name), or first in the tip or its part with its kind heard as it is ("尔中初二").
 */
function shortNameHeard(key: string, chars: readonly string[], i: number): boolean {
  const before = chars[i - 1] ?? ''
  const kindHeard = [...key].every((c, k) => !SCHOOL_TYPE_CHARS.has(c) || chars[i + k] === c)
  // "我是民忠高一的", "在二钟初一": its kind misheard too, the name is heard only after "是", "读", or "在" with a
  // class after the grade, not a crowd ("在一众初三学生面前" is no school).
  if (!kindHeard)
    return (
      /[是读念]/.test(before) ||
      (/[在上]/.test(before) && !CROWD_AFTER.test(chars.slice(i + 2, i + 12).join('')))
    )
  return BEFORE_A_SCHOOL.test(before) || /^\s?$/.test(before)
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
      if (length === 2 && !GRADE_AFTER.test(chars.slice(i + 2, i + 7).join(''))) continue
      const keys = index.soundKeys.get(sounds.slice(i, i + length).join(' '))
      if (keys === undefined) continue
      const written = chars.slice(i, i + length).join('')
      for (const key of keys.split('|')) {
        const owners = index.hanKeys.get(key)
        if (!owners) continue
        if (length === 2 && [...key].some((c) => SCHOOL_TYPE_CHARS.has(c)) && !shortNameHeard(key, chars, i))
          continue
        let differing = 0
        let typeCharDiffers = false
        for (let k = 0; k < length; k++) {
          const want = key[k] as string
          if (written[k] === want) continue
          differing++
          // "东坡小雪" is 东坡小学 misheard; "马集中学" is another school, not a misspelt 马集小学.
          if (SCHOOL_TYPE_CHARS.has(written[k] as string)) typeCharDiffers = true
        }
        const allowed = length >= 6 ? 2 : 1
        if (differing === 0 || differing > allowed || typeCharDiffers) continue
        mentions.push({
          start: i,
          end: i + length,
          schools: owners.schools,
          exact: false,
          reason: `sounds like ${key} (${written})`,
        })
      }
    }
  }
  return mentions
}

// A name heard in English words ("ma gee middle school"): a short key only before the kind of school or its number.
const MIN_HEARD_KEY = 4
const HEARD_KEY_ALONE = 6
const SCHOOL_KIND_WORDS = new Set(['middle', 'primary', 'school', 'junior', 'central', 'kindergarten'])

/**
 * Runs of one to four words that are no name words but sound like one, as one token spelt as that word
 * ("she chow" -> "shiqiao"); `heard` marks it corrected.
 */
function heardAsNames(tokens: readonly LatinToken[], index: SchoolIndex): (LatinToken & { heard?: true })[] {
  // Name words and numbers are read as they are; only a run of other words may be a name heard.
  const keys = tokens.map((t) =>
    index.latinWords.has(t.word) || /\d/.test(t.word) ? null : heardKey(t.word),
  )
  const out: (LatinToken & { heard?: true })[] = []
  for (let i = 0; i < tokens.length; i++) {
    // The keys of the runs of one to four words from here, each the one before and the next word's.
    const runKeys: string[] = []
    for (let size = 1; size <= 4 && i + size <= tokens.length; size++) {
      const next = keys[i + size - 1]
      if (next === null || next === undefined) break
      const before = runKeys.at(-1) ?? ''
      runKeys.push(before.at(-1) === next[0] ? before + next.slice(1) : before + next)
    }
    let merged: (LatinToken & { heard: true }) | undefined
    for (let size = runKeys.length; size >= 1 && !merged; size--) {
      const key = runKeys[size - 1] as string
      const word = index.latinHeardWords.get(key)
      if (!word) continue
      const after = tokens[i + size]?.word
      if (
        key.length < HEARD_KEY_ALONE &&
        !(after !== undefined && (SCHOOL_KIND_WORDS.has(after) || /^\d+$/.test(after)))
      )
        continue
      merged = { word, start: tokens[i]?.start ?? 0, end: tokens[i + size - 1]?.end ?? 0, heard: true }
      i += size - 1
    }
    out.push(merged ?? (tokens[i] as LatinToken))
  }
  return out
}

function latinMentions(text: string, index: SchoolIndex): SchoolMention[] {
  const tokens = heardAsNames(latinTokens(text), index)
  // A word that is itself a school's key ("shixiao") is no typo for a name word ("shiqiao").
  const words = tokens.map((t) =>
    'heard' in t || index.latinKeys.get(t.word) ? t.word : (index.correctLatinWord(t.word) ?? t.word),
  )
  const mentions: SchoolMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    for (let size = 1; size <= index.maxLatinWindow && i + size <= tokens.length; size++) {
      const window = words.slice(i, i + size)
      const heard = tokens.slice(i, i + size).some((t) => 'heard' in t)
      const corrected = heard || window.some((w, k) => w !== tokens[i + k]?.word)
      // A recogniser splits a name's word in two ("dong po primary" = "dongpo primary").
      const joinedFirst = size >= 2 ? [`${window[0]}${window[1]}`, ...window.slice(2)].join(' ') : ''
      for (const key of [window.join(' '), window.join(''), joinedFirst]) {
        if (!key) continue
        const owners = index.latinKeys.get(key)
        if (!owners) continue
        const first = tokens[i] as LatinToken
        const last = tokens[i + size - 1] as LatinToken
        mentions.push({
          start: first.start,
          end: last.end,
          schools: owners.schools,
          exact: !corrected,
          reason: heard
            ? `sounds like ${key} (${text.slice(first.start, last.end)})`
            : `${owners.kind} ${text.slice(first.start, last.end)}`,
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
    ...placeAndLevelMentions(text, index),
    ...latinMentions(text, index),
  ]
  const kept = longestFirst([...exact, ...soundMentions(text, index)])
  if (!exact.some((m) => m.schools.length === 1 && m.exact)) return { mentions: kept, unknownCodes }
  const overlapsExact = (m: SchoolMention) => exact.some((e) => m.start < e.end && e.start < m.end)
  return { mentions: kept.filter((m) => m.exact || overlapsExact(m)), unknownCodes }
}

// Words around a school's name that say the bullies come from there, or that the victim studies there.
const BULLIES_FROM =
  /^(?:的)?(?:那帮|那几个|那些|那群|几个|有人|的人|男生|女生|学生)|^的.{0,6}干的|^\s*(?:(?:lot|gang|bullies|opps)\b|(?:school )?uniforms?\b(?! off))/
const VICTIM_AT =
  /(?:我是|我在|在|读|上|就读于|孩子在|我们|咱们|at|(?:im|i am|were|we are) from|go to|goes to|attends?)\s*$/
// "她在石桥中学上初三": the school someone studies at, said with their grade; it outweighs the tipster's own
// school ("我是职专的") when the tip is about someone else.
const STUDIES_AFTER =
  /^\s*(?:上|读|念)(?:初|高|小学)?[一二三四五六](?:年级)?|^\s*(?:上学|读书|念书)|^\s*(?:in )?(?:grade|year) ?\d/
// "我初中在民族中学 现在在一中": the school the child used to go to is not where it happens now.
const FORMER_SCHOOL =
  /(?:以前|之前|原来|过去|初中|小学|上学期|去年)(?:是|就)?(?:在|读|上)\s*$|\b(?:used to (?:go to|be at|attend)|previously at|was at)\s*$/
// "我是一中的 不过不是说我们学校": the tipster's own school, said not to be the one the tip is about.
const NOT_THIS_SCHOOL =
  /^[^。！？!?]{0,8}?(?:不是|并非|不关)(?:说)?(?:我们|我的|咱们)?(?:学校|这边)|^[^.!?]{0,12}\b(?:not|isnt|its not) (?:about )?(?:my|our|this) school\b/
// "在育才 啊不是 她去年转学了", "希望小学 不对不对 是阳光学校": a caller correcting the name just said.
const CORRECTED_AFTER =
  /^\s*(?:啊|哦|呃|嗯|哎|噢)?\s*(?:不是|不对|说错了|错了|按错了|打错了|写错了|输错了)(?!\s*(?:的|吗|吧|说))|^\s*了?[\s,，]*(?:其实是|实际上是)(?![被让给叫])(?=[^，。！？\s]{0,6}(?:中|小|学校|幼|职))(?![^，。！？\s]{0,8}的(?:学生|人|男生|女生))|^[\s,]*(?:no wait|sorry i mean|i mean|i meant(?! to\b)|i meant to say\b(?! before)|no no)\b/
// "我上次填错了 不是实验小学 是实验中学": a school named only to be denied.
const DENIED_BEFORE =
  /(?:不是|并非|而不是|写成|说成|打成|写的是)\s*$|\bnot (?:at )?(?:the )?$|\b(?:my last (?:text|message) said|i wrote|i typed)\s*$/
// "boys from Maji Middle": the English way of saying where the bullies come from.
const BULLIES_BEFORE =
  /\b(?:boys?|girls?|kids?|students?|guys|people|ones|seniors|bullies|gang|opps|someone|some) (?:\w+ )?from(?: the| a)?\s*$|\b(?:jumped|beaten|attacked|robbed|hit|bullied) by (?:some|a few|a couple of|two|three|four|a group of|a gang of|the)?\s*$/

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
    (victimAt(m) ? 2 : 0) +
    (STUDIES_AFTER.test(text.slice(m.end, m.end + 8)) ? 1 : 0) -
    (FORMER_SCHOOL.test(text.slice(Math.max(0, m.start - 20), m.start)) ? 3 : 0) -
    (NOT_THIS_SCHOOL.test(text.slice(m.end, m.end + 20)) ||
    CORRECTED_AFTER.test(text.slice(m.end, m.end + 20))
      ? 3
      : 0) -
    (DENIED_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) ? 3 : 0) -
    (BULLIES_FROM.test(text.slice(m.end, m.end + 10)) ||
    BULLIES_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))
      ? 2
      : 0)
  const ranked = [...unique].sort((a, b) => score(b) - score(a) || a.start - b.start)
  const [first, second] = ranked
  if (first && second && first.schools[0] !== second.schools[0]) {
    const [a, b] = first.start < second.start ? [first, second] : [second, first]
    const between = text.slice(a.end, b.start)
    // "她是柳河中学的还是柳河小学的": two schools offered as alternatives name neither, the victim's included.
    if (SCHOOLS_OFFERED.test(between)) return null
    // "育才和三中的打群架": two schools named together as one party, neither the victim's: no one school.
    // A space alone joins them only when nothing tells them apart ("三中 职专那几个人说…" is not one party).
    if (
      !victimAt(first) &&
      SCHOOLS_JOINED.test(between) &&
      (between.trim() !== '' || score(first) === score(second))
    )
      return null
  }
  return first ?? null
}

const SCHOOLS_JOINED = /^\s*(?:和|跟|与|及|同|还有|、|&|\/|,|，|and)?\s*$/
const SCHOOLS_OFFERED = /^\s*的?\s*(?:还是|或者|或是|或|or)\s*(?:是|在)?\s*$/

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
