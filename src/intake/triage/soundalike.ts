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
