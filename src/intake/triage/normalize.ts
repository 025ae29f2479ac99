import { ConverterFactory } from 'opencc-js/core'
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs'
import STCharacters from 'opencc-js/dict/STCharacters'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import TWVariants from 'opencc-js/dict/TWVariants'
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev'
import { pinyin } from 'pinyin-pro'

// Text is converted a character at a time through a cache: a tip or a name costs a map lookup per
// character, and since tips and school names go through the same conversion, they still meet in the
// same spelling. So only OpenCC's character tables are loaded, in the order of its Taiwan presets
// (tw -> cn, cn -> tw, after folding compatibility ideographs): its phrase tables (a megabyte of them,
// nearly 100 MB once loaded) never match a single character.
export const traditionalToSimplified = ConverterFactory(
  [[CJKCompatibility]],
  [[TWVariantsRev]],
  [[TSCharacters]],
)
export const simplifiedToTraditional = ConverterFactory(
  [[CJKCompatibility]],
  [[STCharacters]],
  [[TWVariants]],
)
const simplifiedCache = new Map<string, string>()
const traditionalCache = new Map<string, string>()

function cachedConversion(ch: string, cache: Map<string, string>, convert: (text: string) => string): string {
  const cached = cache.get(ch)
  if (cached !== undefined) return cached
  const converted = convert(ch)
  cache.set(ch, converted)
  return converted
}

const traditionalChar = (ch: string) => cachedConversion(ch, traditionalCache, simplifiedToTraditional)
// A character that already is a simplified form stays: the Taiwan converter turns 么 into 幺, which
// would hide every "什么" and "怎么" from the lexicon.
const simplifiedChar = (ch: string) =>
  cachedConversion(ch, simplifiedCache, (c) => (traditionalChar(c) !== c ? c : traditionalToSimplified(c)))

function toSimplified(text: string): string {
  let out = ''
  for (const ch of text) out += ch.charCodeAt(0) < 0x2e80 ? ch : simplifiedChar(ch)
  return out
}

const CJK = /\p{Script=Han}/u
export const isHan = (ch: string): boolean => CJK.test(ch)

// Banking numerals (壹贰叁) turn up in school numbers typed by adults; matching uses the plain ones.
// Only in a school number ("第贰", "叁中"): elsewhere 拾, 伍, 陆 are ordinary words (收拾, 队伍, 大陆).
const FORMAL_NUMERALS: Record<string, string> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
}
// A child who cannot write 学 spells it ("南湖小xue"): read against 小 or 中, it is the school's type.
const SCHOOL_TYPE_IN_PINYIN = /(?<=[小中])xue(?![a-z])/g
const TAIWAN_SCHOOL_TYPE = /(?<!中)国([小中])(?!学)/g
const DIGIT_NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

function chineseNumber(n: number): string {
  if (n < 10) return DIGIT_NAMES[n] ?? ''
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGIT_NAMES[tens]}十${ones === 0 ? '' : DIGIT_NAMES[ones]}`
}

/**
 * One spelling for matching: full-width forms folded (NFKC), traditional characters simplified,
 * lower case, and small numbers written next to Chinese characters spelled out ("青禾1中" = "青禾一中"),
 * so every lexicon and school key is compared in the same form as the tip.
 */
const SOS_EMOJI = /🆘/gu
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

/** Latin letters with marks on them: pinyin's tones ("wǒ zhēn de"), accents typed by a phone. */
const MARKED_LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/g
/** Pinyin written with its tones, as pinyin typed without them ("wǒ" = "wo"); other text as it is. */
export const withoutTones = (text: string): string =>
  text.replace(MARKED_LATIN, (ch) => ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))

export function normalizeForMatch(raw: string): string {
  const text = withoutTones(raw)
  // Plain ASCII (most English tips and names) has nothing to fold or simplify. Control characters are
  // no words: as spaces they can neither join words nor pass for the reader's own markers.
  const folded = /^[\x20-\x7e]*$/.test(text)
    ? text.toLowerCase()
    : dialectAsMandarin(
        cantoneseAsMandarin(toSimplified(text.replace(CONTROL_CHARACTERS, ' ').normalize('NFKC'))),
      ).toLowerCase()
  // Taiwan names a primary school 国小 and a junior high 国中 ("实验国小" = 实验小学); not in 中国小孩.
  const taiwanese = folded
    .replace(TAIWAN_SCHOOL_TYPE, (_, type: string) => `${type}学`)
    .replace(SCHOOL_TYPE_IN_PINYIN, '学')
  const numerals = taiwanese.replace(
    /(?<=第)[壹贰叁肆伍陆柒捌玖拾]|[壹贰叁肆伍陆柒捌玖拾](?=[中小幼])/g,
    (ch) => FORMAL_NUMERALS[ch] ?? ch,
  )
  // An SOS emoji is the cry for help it shows.
  return numerals
    .replace(SOS_EMOJI, ' sos ')
    .replace(/(?<!\d)\d{1,2}(?!\d)/g, (digits, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? ''
      const after = whole[offset + digits.length] ?? ''
      return isHan(before) || isHan(after) ? chineseNumber(Number(digits)) : digits
    })
}

// Written Cantonese (Hong Kong, Guangdong tipsters) uses its own function words; the lexicon is
// written in Mandarin. Each is replaced by a Mandarin word of the same length, so positions hold.
const CANTONESE_CHARS: Record<string, string> = {
  唔: '不',
  冇: '没',
  佢: '他',
  喺: '在',
  嘅: '的',
  咗: '了',
  哋: '们',
  啲: '些',
  睇: '看',
  畀: '给',
  俾: '给',
  係: '是',
  系: '是',
  攞: '拿',
  揾: '找',
  搵: '找',
  嚟: '来',
  咁: '这',
  乜: '啥',
  嘢: '事',
  仲: '还',
  驚: '怕',
  惊: '怕',
  撳: '按',
  揿: '按',
  咩: '吗',
  掴: '扇',
  嗰: '那',
}
const CANTONESE_WORDS: Record<string, string> = {
  听日: '明天',
  琴日: '昨天',
  寻日: '昨天',
  今日: '今天',
  落去: '下去',
  打交: '打架',
  成日: '天天',
  边个: '谁人',
  唔该: '谢谢',
  而家: '现在',
  依家: '现在',
  好惊: '好怕',
  唔好: '不要',
  讲嘢: '说话',
  屋企: '家里',
  男仔: '男孩',
  女仔: '女孩',
  个仔: '儿子',
  个女: '女儿',
  啱啱: '刚刚',
  入面: '里面',
  喊紧: '在哭',
  快啲: '快点',
  俾人: '被人',
  畀人: '被人',
  咗喺: '在了',
  咸湿: '色情',
  扯甩: '扯掉',
  除甩: '脱掉',
  唔识嘅: '陌生的',
  冇着衫: '没穿衣',
  唔到嚟: '不来啊',
  铰剪: '剪刀',
  偷影: '偷拍',
  影相: '拍照',
  嘅片: '视频',
  同佢: '跟他',
  同我: '跟我',
  同你: '跟你',
  日日: '天天',
  成个月: '一个月',
  系咪: '是否',
  头先: '刚才',
  食晒: '吃光',
  食咗: '吃了',
  // OpenCC simplifies 嗰 to a character outside the BMP; as 那 the text keeps its length.
  '\u{20BB6}': '那',
  成个学期: '一个学期',
  由开学: '从开学',
}
const CANTONESE_MARK =
  /[唔冇佢喺嘅咗哋啲睇畀俾攞揾搵嚟咁乜嘢咩撳揿嗰]|\uD842\uDFB6|听日|琴日|寻日|而家|依家|打交|成日|啱啱/
const CANTONESE_WORD = new RegExp(Object.keys(CANTONESE_WORDS).join('|'), 'g')
const CANTONESE_CHAR = new RegExp(`[${Object.keys(CANTONESE_CHARS).join('')}]`, 'g')
// A harm verb with 紧 after it is the progressive ("佢哋打紧我" = "他们在打我"): the same length in Mandarin.
const CANTONESE_PROGRESSIVE = /([打踢揍追围锁关按扯拖掐推抢跟搞蝦虾郁等找困])紧/g
/** Dollars counted in 蚊 ("二十蚊" = "二十块"). */
const CANTONESE_DOLLARS = /([一二两三四五六七八九十百千廿\d])蚊/g

// Northern and southwestern words the hotline hears from grandparents ("俺孙子", "莫得刀", "晓得"), as
// Mandarin words of the same length.
const DIALECT_WORDS: Record<string, string> = { 俺: '我', 莫得: '没有', 晓得: '知道', 啥子: '什么' }
const DIALECT_WORD = new RegExp(Object.keys(DIALECT_WORDS).join('|'), 'g')
const dialectAsMandarin = (text: string): string => text.replace(DIALECT_WORD, (w) => DIALECT_WORDS[w] ?? w)

/** Whether the text is written Cantonese: it shows words only Cantonese writes (系 is Mandarin too). */
export const writesCantonese = (text: string): boolean => CANTONESE_MARK.test(text)

/** Cantonese function words as Mandarin, only in a text that shows Cantonese marks. */
function cantoneseAsMandarin(text: string): string {
  if (!writesCantonese(text)) return text
  return text
    .replace(CANTONESE_WORD, (w) => CANTONESE_WORDS[w] ?? w)
    .replace(CANTONESE_CHAR, (c) => CANTONESE_CHARS[c] ?? c)
    .replace(CANTONESE_PROGRESSIVE, '在$1')
    .replace(CANTONESE_DOLLARS, '$1块')
}

/** Counts characters that only a traditional (resp. simplified) text would use; shared forms count for neither. */
export function scriptCounts(text: string): { traditional: number; simplified: number } {
  let traditional = 0
  let simplified = 0
  for (const ch of text) {
    if (!isHan(ch)) continue
    const asSimplified = simplifiedChar(ch)
    const asTraditional = traditionalChar(ch)
    if (asSimplified !== ch && asTraditional === ch) traditional++
    else if (asTraditional !== ch && asSimplified === ch) simplified++
  }
  return { traditional, simplified }
}

const syllableCache = new Map<string, string>()

/** Toneless pinyin of one character (its most common reading); non-Han characters stand for themselves. */
export function syllableOf(ch: string): string {
  const cached = syllableCache.get(ch)
  if (cached !== undefined) return cached
  const syllable = isHan(ch) ? pinyin(ch, { toneType: 'none' }) : ch
  syllableCache.set(ch, syllable)
  return syllable
}

// The confusions of "fuzzy pinyin" input methods and of speech recognisers: aspiration (b/p, d/t, g/k),
// retroflex (zh/z, ch/c, sh/s), n/l, f/h, r/l, and front/back nasals (in/ing, en/eng, an/ang).
const FUZZY_INITIALS: readonly [RegExp, string][] = [
  [/^zh/, 'z'],
  [/^ch/, 'z'],
  [/^sh/, 's'],
  [/^c/, 'z'],
  [/^[pb]/, 'b'],
  [/^[td]/, 'd'],
  [/^[kg]/, 'g'],
  [/^[qj]/, 'j'],
  [/^[nlr]/, 'l'],
  [/^[fh]/, 'h'],
]
const FUZZY_FINALS: readonly [RegExp, string][] = [
  [/ing$/, 'in'],
  [/eng$/, 'en'],
  [/ang$/, 'an'],
  [/ong$/, 'on'],
]

const fuzzyCache = new Map<string, string>()
const fuzzyReadingsCache = new Map<string, readonly string[]>()

/** A pinyin syllable folded into its sound class. */
function fuzzySound(pinyinSyllable: string): string {
  let syllable = pinyinSyllable
  for (const [from, to] of FUZZY_INITIALS) {
    if (from.test(syllable)) {
      syllable = syllable.replace(from, to)
      break
    }
  }
  for (const [from, to] of FUZZY_FINALS) syllable = syllable.replace(from, to)
  return syllable
}

/** The sound class of one character: characters a phone keyboard or a recogniser confuses share it. */
export function fuzzySyllableOf(ch: string): string {
  const cached = fuzzyCache.get(ch)
  if (cached !== undefined) return cached
  const syllable = isHan(ch) ? fuzzySound(syllableOf(ch)) : ch
  fuzzyCache.set(ch, syllable)
  return syllable
}

/**
 * The sound classes of every reading of one character: a keyboard offers a character under each of its
 * readings, so "自刹" (刹 is cha or sha) is typed for 自杀.
 */
export function fuzzyReadingsOf(ch: string): readonly string[] {
  const cached = fuzzyReadingsCache.get(ch)
  if (cached !== undefined) return cached
  const readings = isHan(ch)
    ? [...new Set(pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }).map(fuzzySound))]
    : [ch]
  fuzzyReadingsCache.set(ch, readings)
  return readings
}

/** Whole pinyin and initials of a Chinese name, as tipsters type it on a Latin keyboard ("qingheyizhong", "qhyz"). */
export function pinyinSpellings(name: string): { full: string; initials: string } {
  const syllables = [...name].map(syllableOf)
  return { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') }
}
