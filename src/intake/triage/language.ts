import { isHan, scriptCounts, writesCantonese } from './normalize'
import { isPinyinText } from './romanized'
import type { Language } from './types'

const LATIN_WORD = /[a-z]+(?:'[a-z]+)?/gi
const NOT_LATIN = /[^a-z\s']+/gi

/**
 * The tip's language: Chinese when Chinese characters carry the text (English words mixed into Chinese
 * stay Chinese, and so does pinyin), traditional when traditional-only characters outnumber simplified-only ones,
 * or when no character tells the scripts apart and the tip is written Cantonese, as Hong Kong writes it ("唔想活喇");
 * `fallback` when the tip has no words at all (a bare school code).
 */
export function detectLanguage(text: string, fallback: Language = 'zh-Hans'): Language {
  let hanCount = 0
  for (const ch of text) if (isHan(ch)) hanCount++
  const latinWords = text.match(LATIN_WORD)?.length ?? 0
  if (hanCount === 0 && latinWords === 0) return fallback
  // Pinyin is Chinese typed without characters: the reply goes back in characters.
  if (hanCount === 0 && isPinyinText(text)) return fallback === 'en' ? 'zh-Hans' : fallback
  // A Chinese word is one to two characters: an English sentence naming a school in Chinese has
  // more English words than that name has characters.
  // Pinyin among characters ("wo bei ta men da le 好痛") is Chinese too, however many its words.
  if (latinWords > 0 && hanCount < latinWords * 1.5 && !isPinyinText(text.replace(NOT_LATIN, ' ')))
    return 'en'
  const { traditional, simplified } = scriptCounts(text)
  if (traditional > simplified) return 'zh-Hant'
  if (simplified > traditional) return 'zh-Hans'
  if (writesCantonese(text)) return 'zh-Hant'
  // Only characters both scripts share: nothing to go on but the deployment's default.
  return fallback === 'en' ? 'zh-Hans' : fallback
}
