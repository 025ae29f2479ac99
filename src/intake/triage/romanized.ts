import { syllableOf } from './normalize'

// Some children type Chinese in pinyin without characters ("wo bu xiang huo le"), on a phone without a
// Chinese keyboard or to hide the text from a parent. Such a tip is Chinese; its cue words are read
// back into characters so the lexicon (written in characters) applies to it.

// One pinyin syllable: an optional initial and a final. A final ending in n/ng does not take the
// vowel that follows ("dani" is "da ni", not "dan i").
const SYLLABLE =
  /(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|i?ong(?![aeiouv])|[aeiu]?ng(?![aeiouv])|uai|iao|ian(?![aeiouv])|uan(?![aeiouv])|ai|ei|ao|ou|[aeiu]n(?![aeiouv])|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)/y

/** The syllables of one Latin word, or null when it is not pinyin. */
function syllables(word: string): string[] | null {
  const out: string[] = []
  SYLLABLE.lastIndex = 0
  while (SYLLABLE.lastIndex < word.length) {
    const at = SYLLABLE.lastIndex
    const m = SYLLABLE.exec(word)
    if (!m || m.index !== at) return null
    out.push(m[0])
  }
  return out
}

// English words that are also spellable as pinyin ("he", "me", "to"): a text holding them is English.
const ENGLISH_FUNCTION_WORDS = new Set(
  'i im my me no the a an to is are was at of it in on for and but he she his her they them this that with so not be do go'.split(
    ' ',
  ),
)

/** True when a text without Chinese characters is written in pinyin rather than English. */
export function isPinyinText(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g)
  if (!words || words.length < 2) return false
  let pinyinWords = 0
  for (const w of words) {
    if (ENGLISH_FUNCTION_WORDS.has(w)) return false
    if (syllables(w)) pinyinWords++
  }
  return pinyinWords / words.length >= 0.8
}

// Words a pinyin tip is read back into: the cue words of the lexicon and the words around them
// (negation, pronouns, time) in their most common reading. Only words of two syllables or more, and a
// few single syllables that carry no other common sense in a tip; a lone "dao" (刀, 到, 道) stays unread.
const VOCABULARY = [
  ...'自杀 想死 去死 不想活 活着没意思 活不下去 跳楼 割腕 自残 割手 遗书 安眠药 吃药',
  ...' 带刀 拿刀 有刀 一把刀 刀子 砍我 捅我 甩棍 棍子 铁棍 弄死 打死 杀了 杀我',
  ...' 打我 打他 打她 打人 被打 打了 揍了 踢了 揍我 揍他 踢我 打架 欺负 推我 堵我 把我锁在 把他锁在 把我们锁在 被锁在 被他们锁在 把我关在 把他关在 把我们关在 被关在 被他们关在 围殴 群殴 流血 受伤 好疼',
  ...' 很多次 好多次 好几次',
  ...' 要钱 要我钱 要我的钱 抢我的钱 拿我的钱 我的钱 给钱 保护费 勒索 敲诈 抢钱 抢我 借钱 零花钱',
  ...' 摸我 摸她 脱衣服 脱裤子 性骚扰 猥亵 裸照',
  ...' 骂我 骂人 外号 嘲笑 孤立 没人理我 不跟我玩 造谣 班群 视频 照片 网上',
  ...' 现在 正在 救命 救救我 快来 害怕 好怕 帮帮我 明天 今天 今晚 放学 放学后 下课 中午 晚上 明早',
  ...' 每天 天天 一直 经常 老是 有人 他们 我们 同学 学校 威胁 等我',
  ...' 没人跟我说话 不跟我说话 不要理我 不理我 乱说 偷东西 抢了 鞋子 块钱 换衣服 扒我裤子 脱我裤子 把我 发到 拍视频 裤子 从开学',
  ...' 两个月 三个月 几个月 个星期',
  ...' 不 没 没有 我 他 她 你 要 想 会 说 在 被 了',
]
  .join('')
  .split(' ')
  .filter(Boolean)

interface Reading {
  han: string
  sounds: readonly string[]
}

let readings: Reading[] | undefined

// A particle is typed as it is said ("da le"), not in the reading a dictionary gives it alone (了 = liao).
const PARTICLE_READINGS: Record<string, string> = { 了: 'le', 着: 'zhe' }
const particleOrSyllable = (ch: string) => PARTICLE_READINGS[ch] ?? syllableOf(ch)

/** The vocabulary with its syllables, longest first; built on the first pinyin tip. */
function vocabularyReadings(): Reading[] {
  readings ??= VOCABULARY.map((han) => ({ han, sounds: [...han].map(particleOrSyllable) })).sort(
    (a, b) => b.sounds.length - a.sounds.length,
  )
  return readings
}

/** Single syllables that are read only right after a number: money. */
const AFTER_A_NUMBER: Record<string, string> = { kuai: '块', yuan: '元' }

/**
 * A pinyin tip read back into Chinese characters where its syllables spell a known word ("wo bu xiang
 * huo le" -> "我不想活了"); syllables of unknown words become spaces, Latin that is not pinyin stays.
 */
export function pinyinToHan(text: string): string {
  const out: string[] = []
  for (const token of text.split(/([a-z]+)/)) {
    const sounds = /^[a-z]+$/.test(token) ? syllables(token) : null
    if (!sounds) {
      out.push(token)
      continue
    }
    out.push(...sounds.map((s) => `\u0000${s}`))
  }
  // Syllables run on across spaces ("mei tian" = "meitian"): match over the syllable stream.
  const stream = out.filter((t) => !/^\s+$/.test(t))
  const result: string[] = []
  let afterNumber = false
  for (let i = 0; i < stream.length;) {
    const t = stream[i] as string
    if (!t.startsWith('\u0000')) {
      result.push(t)
      afterNumber = /\d\s*$/.test(t)
      i++
      continue
    }
    const word = vocabularyReadings().find((r) => r.sounds.every((s, k) => stream[i + k] === `\u0000${s}`))
    // "20 kuai": money counted right after a number.
    const unit = afterNumber && !word ? AFTER_A_NUMBER[t.slice(1)] : undefined
    afterNumber = false
    if (unit) {
      result.push(unit)
      i++
    } else if (word) {
      result.push(word.han)
      i += word.sounds.length
    } else {
      result.push(' ')
      i++
    }
  }
  return result.join('')
}

// Inside a Chinese tip a child may spell the one word they dare not write ("他说要sha了我", "zs算了"):
// danger words only, and only as a Latin word written against Chinese characters.
const EMBEDDED_DANGER_WORDS: Record<string, string> = {
  sha: '杀',
  zisha: '自杀',
  zs: '自杀',
  si: '死',
  qusi: '去死',
  tiaolou: '跳楼',
  gewan: '割腕',
  zican: '自残',
  huo: '活',
}
const LATIN_RUN = /[a-z]+/g
const HAN_CHAR = /\p{Script=Han}/u

// Syllables that stand for a danger word only where the characters beside them say so: a knife after
// its measure word (把dao), a cut before the body (ge腕, ge谁的脸) or on it (手腕上hua).
const DANGER_SYLLABLES_IN_CONTEXT: readonly [RegExp, string][] = [
  [/(?<=把)dao(?![a-z])/g, '刀'],
  [/(?<=(?:扒|脱)[^，。！？\s]{0,3})ku(?=子)/g, '裤'],
  [/(?<![a-z])ti(?=(?:我|他|她)(?:的)?(?:肚子|头|脸|腿|屁股))/g, '踢'],
  [/(?<![a-z])ge(?=腕|脸|手|自己|(?:你|我|他|她|谁)的?(?:脸|手|脖子))/g, '割'],
  [/(?<=(?:手腕|手臂|胳膊|手|腿)上)hua(?![a-z])|(?<![a-z])hua(?=自己|手腕|手臂)/g, '划'],
]

/** A Chinese tip with the pinyin danger words written against its characters read as characters. */
export function embeddedPinyinAsHan(text: string): { text: string; readings: string[] } {
  const readings: string[] = []
  let inContext = text
  for (const [pattern, han] of DANGER_SYLLABLES_IN_CONTEXT)
    inContext = inContext.replace(pattern, (word: string) => {
      readings.push(`${word}→${han}`)
      return han
    })
  const read = inContext.replace(LATIN_RUN, (word, offset: number) => {
    const han = EMBEDDED_DANGER_WORDS[word]
    if (han === undefined) return word
    const before = inContext.slice(0, offset).trimEnd().at(-1) ?? ''
    const after = inContext.slice(offset + word.length).trimStart()[0] ?? ''
    if (!HAN_CHAR.test(before) && !HAN_CHAR.test(after)) return word
    readings.push(`${word}→${han}`)
    return han
  })
  return { text: read, readings }
}
