import type { Language } from './index'

export function crisisAdvice(language: Language, crisisLine: string): string {
  switch (language) {
    case 'en':
      return `If you are thinking of hurting yourself, call ${crisisLine}. If someone is in danger now, call 110 (police) or 120 (ambulance).`
    case 'zh-Hant':
      return `如果你有傷害自己的想法，請撥打 ${crisisLine}。如果有人正處於危險中，請立即撥打 110 或 120。`
    default:
      return `如果你有伤害自己的想法，请拨打 ${crisisLine}。如果有人正处于危险中，请立即拨打 110 或 120。`
  }
}
