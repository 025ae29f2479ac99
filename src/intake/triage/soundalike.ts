import { fuzzyReadingsOf, fuzzySyllableOf } from './normalize'

// Danger words as a speech recogniser or a pinyin keyboard mis-writes them: "自沙" for 自杀, "甩滚" for
// 甩棍, "割碗" for 割腕. Only words of two characters or more, only one character off, and that one
// must sound the same; in a two-character word the first is written right, so that the end of one
// word and the start of the next ("傻子残废") is not read as one ("自残").
const DANGER_WORDS = [
  '自杀',
  '自残',
  '割腕',
  '跳楼',
  '遗书',
  '安眠药',
  '甩棍',
  '铁棍',
  '匕首',
  '砍刀',
  '弹簧刀',
  '管制刀具',
  '保护费',
  '勒索',
  '敲诈',
  '猥亵',
  '性侵',
  '强奸',
  '救命',
]

interface DangerWord {
  word: string
  sounds: string[]
}

let byFirstSound: Map<string, DangerWord[]> | undefined

function dangerWords(): Map<string, DangerWord[]> {
  if (byFirstSound) return byFirstSound
  byFirstSound = new Map()
  for (const word of DANGER_WORDS) {
    const sounds = [...word].map(fuzzySyllableOf)
    const first = sounds[0] as string
    const list = byFirstSound.get(first) ?? []
    list.push({ word, sounds })
    byFirstSound.set(first, list)
  }
  return byFirstSound
}

/**
 * The text with sound-alike spellings of danger words written correctly, same length, and the
 * repairs made ("自沙→自杀") for the officer to see.
 */
export function repairDangerWords(text: string): { text: string; repairs: string[] } {
  const words = dangerWords()
  const chars = [...text]
  const repairs: string[] = []
  for (let i = 0; i < chars.length - 1; i++) {
    const candidates = words.get(fuzzySyllableOf(chars[i] as string))
    if (!candidates) continue
    for (const { word, sounds } of candidates) {
      if (i + sounds.length > chars.length) continue
      let differing = 0
      for (let k = 0; k < sounds.length && differing < 2; k++) {
        const ch = chars[i + k] as string
        if (ch === word[k]) continue
        if (k === 0 && sounds.length === 2) differing = 2
        differing++
        if (!fuzzyReadingsOf(ch).includes(sounds[k] as string)) differing = 2
      }
      if (differing !== 1) continue
      const written = chars.slice(i, i + sounds.length).join('')
      repairs.push(`${written}→${word}`)
      chars.splice(i, sounds.length, ...word)
      i += sounds.length - 1
      break
    }
  }
  return { text: repairs.length > 0 ? chars.join('') : text, repairs }
}

// Function words a pinyin keyboard offers under the same syllable: 以经 for 已经 (already), and 再 (again)
// for 在 (at, -ing) where only 在 can stand: before a place ("他们再厕所打我") or after 又, 还, 正, 现
// ("又再叫我" = 又在叫我). Same length, so positions hold.
const FUNCTION_WORD_SLIPS =
  /以经|(?<=[又还正现])再(?=[\p{Script=Han}])|再(?=(?:厕所|教室|操场|门口|校门|宿舍|楼下|楼上|楼道|楼梯|车棚|食堂|小卖部|走廊|后门|巷子|路上|家门|天台|外面|里面)|(?:我|他|她)(?:们)?家)/gu
const SLIP_FIXED: Record<string, string> = { 以经: '已经', 再: '在' }

/** The text with function words mistyped for their sound-alikes written right, and the repairs made. */
export function repairFunctionWords(text: string): { text: string; repairs: string[] } {
  const repairs: string[] = []
  const repaired = text.replace(FUNCTION_WORD_SLIPS, (slip) => {
    const fixed = SLIP_FIXED[slip] ?? slip
    repairs.push(`${slip}→${fixed}`)
    return fixed
  })
  return { text: repairs.length > 0 ? repaired : text, repairs }
}
