import { crisisAdvice } from './triage/crisis'
import type { Category, Language, Urgency } from './triage/index'

/** What Whistle says to tipsters, in their language. Short: an SMS segment holds 70 Chinese characters. */
const catalog = {
  received: {
    'zh-Hans': (ref: string) =>
      `已收到你的举报，编号 ${ref}。负责你学校的民警会尽快处理，你可以继续回复这个号码补充情况。`,
    'zh-Hant': (ref: string) =>
      `已收到你的舉報，編號 ${ref}。負責你學校的民警會盡快處理，你可以繼續回覆這個號碼補充情況。`,
    en: (ref: string) =>
      `We got your report, reference ${ref}. The officer for your school will handle it soon. Reply here to add more.`,
  },
  askSchool: {
    'zh-Hans': () => '是哪所学校？请回复校门海报上的四位数编号或学校名称。',
    'zh-Hant': () => '是哪所學校？請回覆校門海報上的四位數編號或學校名稱。',
    en: () =>
      'Which school is it? Reply with the 4-digit code on the poster at the school gate, or its name.',
  },
  schoolSet: {
    'zh-Hans': (ref: string, school: string) => `谢谢，编号 ${ref} 已转给${school}的负责民警。`,
    'zh-Hant': (ref: string, school: string) => `謝謝，編號 ${ref} 已轉給${school}的負責民警。`,
    en: (ref: string, school: string) => `Thank you. Report ${ref} is now with the officer for ${school}.`,
  },
  added: {
    'zh-Hans': (ref: string) => `已补充到你的举报 ${ref}。`,
    'zh-Hant': (ref: string) => `已補充到你的舉報 ${ref}。`,
    en: (ref: string) => `Added to your report ${ref}.`,
  },
  danger: {
    'zh-Hans': () => '如果有人现在有危险，请立即拨打 110。',
    'zh-Hant': () => '如果有人現在有危險，請立即撥打 110。',
    en: () => 'If someone is in danger now, call 110.',
  },
  help: {
    'zh-Hans': () =>
      '这是学校安全举报热线，匿名受理欺凌举报。发送学校编号和发生的事即可。想找人聊聊可拨 12355。紧急情况拨 110。回复 STOP 停止接收消息。',
    'zh-Hant': () =>
      '這是學校安全舉報熱線，匿名受理欺凌舉報。發送學校編號和發生的事即可。想找人聊聊可撥 12355。緊急情況撥 110。回覆 STOP 停止接收訊息。',
    en: () =>
      'This is the anonymous school safety line. Send the school code and what happened. To talk to someone, call 12355. In an emergency call 110. Reply STOP to stop messages.',
  },
  stopped: {
    'zh-Hans': () => '你将不再收到我们的消息。回复 START 可恢复。紧急情况请拨 110。',
    'zh-Hant': () => '你將不再收到我們的訊息。回覆 START 可恢復。緊急情況請撥 110。',
    en: () => 'You will get no more messages from us. Reply START to resume. In an emergency call 110.',
  },
  started: {
    'zh-Hans': () => '已恢复接收消息。发送学校编号和发生的事即可举报。',
    'zh-Hant': () => '已恢復接收訊息。發送學校編號和發生的事即可舉報。',
    en: () => 'Messages are back on. Send the school code and what happened to report.',
  },
  describe: {
    'zh-Hans': () => '请告诉我们发生了什么，以及是哪所学校（校门海报上的四位数编号或学校名称）。',
    'zh-Hant': () => '請告訴我們發生了什麼，以及是哪所學校（校門海報上的四位數編號或學校名稱）。',
    en: () =>
      'Tell us what happened, and which school (the 4-digit code on the poster at the gate, or its name).',
  },
  acknowledged: {
    'zh-Hans': (ref: string) => `你的举报 ${ref} 已由负责民警受理，正在处理。`,
    'zh-Hant': (ref: string) => `你的舉報 ${ref} 已由負責民警受理，正在處理。`,
    en: (ref: string) => `The officer has taken up your report ${ref} and is working on it.`,
  },
  resolved: {
    'zh-Hans': (ref: string) => `你的举报 ${ref} 反映的问题已经处理。`,
    'zh-Hant': (ref: string) => `你的舉報 ${ref} 反映的問題已經處理。`,
    en: (ref: string) => `What you reported in ${ref} has been dealt with.`,
  },
  referred: {
    'zh-Hans': (ref: string) => `你的举报 ${ref} 已移交专门部门依法处理。`,
    'zh-Hant': (ref: string) => `你的舉報 ${ref} 已移交專門部門依法處理。`,
    en: (ref: string) => `Your report ${ref} has been passed to the investigators who handle such cases.`,
  },
  feedback: {
    'zh-Hans': (ref: string, text: string) => `关于你的举报 ${ref}：${text}`,
    'zh-Hant': (ref: string, text: string) => `關於你的舉報 ${ref}：${text}`,
    en: (ref: string, text: string) => `About your report ${ref}: ${text}`,
  },
} satisfies Record<string, Record<Language, (...args: string[]) => string>>

export type ReplyKey = keyof typeof catalog

export function say<K extends ReplyKey>(
  key: K,
  language: Language,
  ...args: Parameters<(typeof catalog)[K]['en']>
) {
  const template = catalog[key][language] as (...a: typeof args) => string
  return template(...args)
}

/** The receipt for a new report: the reference, then what the tipster needs to know now. */
export function receiptFor(options: {
  ref: string
  language: Language
  category: Category
  urgency: Urgency
  needsSchool: boolean
  crisisLine: string
}): string {
  const { ref, language } = options
  const parts = [say('received', language, ref)]
  if (options.category === 'self_harm') parts.push(crisisAdvice(language, options.crisisLine))
  else if (options.urgency === 'P1') parts.push(say('danger', language))
  if (options.needsSchool) parts.push(say('askSchool', language))
  return parts.join(language === 'en' ? ' ' : '')
}
