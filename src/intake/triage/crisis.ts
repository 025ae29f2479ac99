import type { Language } from './types'

/** The sentence every self_harm reply carries: the crisis line, and 110/120 when someone is in danger now. */
export function crisisAdvice(language: Language, crisisLine: string): string {
  switch (language) {
    case 'zh-Hans':
      return `如果你或你的朋友想伤害自己，请马上拨打心理援助热线 ${crisisLine}。如果有人现在就有危险，请立即拨打 110 或 120。`
    case 'zh-Hant':
      return `如果你或你的朋友想傷害自己，請馬上撥打心理援助熱線 ${crisisLine}。如果有人現在就有危險，請立即撥打 110 或 120。`
    case 'en':
      return `If you or a friend might hurt yourselves, call the crisis line ${crisisLine} now. If someone is in danger right now, call 110 or 120.`
  }
}
