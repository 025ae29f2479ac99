import type { CaseStatus } from '../store/schema'
import { crisisAdvice } from './triage/crisis'
import type { Category, Channel, Language, Urgency } from './triage/index'

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
  whatHappened: {
    'zh-Hans': () => '请告诉我们发生了什么，以及是哪所学校（校门海报上的四位数编号或学校名称）。',
    'zh-Hant': () => '請告訴我們發生了什麼，以及是哪所學校（校門海報上的四位數編號或學校名稱）。',
    en: () =>
      'Tell us what happened, and which school (the 4-digit code on the poster at the gate, or its name).',
  },
  tooLarge: {
    'zh-Hans': () => '有文件超过 20 MB，无法接收；可以发送更短的视频，或用文字描述。',
    'zh-Hant': () => '有檔案超過 20 MB，無法接收；可以傳送更短的影片，或用文字描述。',
    en: () => 'A file was over 20 MB and could not be received; send a shorter clip or describe it.',
  },
  statusHint: {
    'zh-Hans': () => '随时发送 /status 查看进展。',
    'zh-Hant': () => '隨時傳送 /status 查看進展。',
    en: () => 'Send /status any time to see where it stands.',
  },
  // The Telegram bot's conversation.
  welcome: {
    'zh-Hans': () =>
      '你好，这里是学校安全匿名举报。我们不会知道你是谁。是哪所学校？请输入学校名称的一部分或海报上的四位数编号。',
    'zh-Hant': () =>
      '你好，這裡是學校安全匿名舉報。我們不會知道你是誰。是哪所學校？請輸入學校名稱的一部分或海報上的四位數編號。',
    en: () =>
      'Hello, this is the anonymous school safety line. We will not know who you are. Which school is it? Type part of its name or the 4-digit code on the poster.',
  },
  describe: {
    'zh-Hans': (school: string) =>
      `学校：${school}。请告诉我们发生了什么：谁、在哪里、什么时候。也可以发送照片、视频、语音或文件。`,
    'zh-Hant': (school: string) =>
      `學校：${school}。請告訴我們發生了什麼：誰、在哪裡、什麼時候。也可以傳送照片、影片、語音或檔案。`,
    en: (school: string) =>
      `School: ${school}. Tell us what happened: who, where, when. You can send photos, videos, voice notes or files too.`,
  },
  pickSchool: {
    'zh-Hans': () => '请选择学校：',
    'zh-Hant': () => '請選擇學校：',
    en: () => 'Choose the school:',
  },
  noSchoolFound: {
    'zh-Hans': () => '没有找到这所学校。请换个说法或输入四位数编号，也可以直接告诉我们发生了什么。',
    'zh-Hant': () => '沒有找到這所學校。請換個說法或輸入四位數編號，也可以直接告訴我們發生了什麼。',
    en: () =>
      'No school matches that. Try another part of its name or the 4-digit code, or just tell us what happened.',
  },
  noCases: {
    'zh-Hans': () => '你还没有举报。发送 /new 开始。',
    'zh-Hant': () => '你還沒有舉報。傳送 /new 開始。',
    en: () => 'You have no reports yet. Send /new to start one.',
  },
  caseLine: {
    'zh-Hans': (ref: string, state: string) => `编号 ${ref}：${state}`,
    'zh-Hant': (ref: string, state: string) => `編號 ${ref}：${state}`,
    en: (ref: string, state: string) => `Report ${ref}: ${state}`,
  },
  forgotten: {
    'zh-Hans': () =>
      '我们已删除用来回复你的联系方式副本，今后无法再在这里回复你。你的举报仍由民警处理。如果你再次给我们发消息，我们就又能回复你了。',
    'zh-Hant': () =>
      '我們已刪除用來回覆你的聯絡方式副本，今後無法再在這裡回覆你。你的舉報仍由民警處理。如果你再次給我們傳送訊息，我們就又能回覆你了。',
    en: () =>
      'We have deleted the copy of your chat address we used to answer you: we can no longer answer you here. Your reports stay with the police. If you write to us again, we will be able to answer you again.',
  },
  botHelp: {
    'zh-Hans': () =>
      '匿名举报校园欺凌：告诉我们发生了什么，可附照片、视频、语音或文件。\n/new 新的举报\n/status 查看进展\n/forget 删除回复你用的联系方式\n想找人聊聊可拨 12355。紧急情况拨 110。',
    'zh-Hant': () =>
      '匿名舉報校園欺凌：告訴我們發生了什麼，可附照片、影片、語音或檔案。\n/new 新的舉報\n/status 查看進展\n/forget 刪除回覆你用的聯絡方式\n想找人聊聊可撥 12355。緊急情況撥 110。',
    en: () =>
      'Report school bullying anonymously: tell us what happened, with photos, videos, voice notes or files if you have them.\n/new a new report\n/status where your reports stand\n/forget delete the address we answer you on\nTo talk to someone, call 12355. In an emergency call 110.',
  },
  unsupported: {
    'zh-Hans': () => '我们可以接收文字、照片、视频、语音和文件。',
    'zh-Hant': () => '我們可以接收文字、照片、影片、語音和檔案。',
    en: () => 'We can take text, photos, videos, voice notes and files.',
  },
  linkFailed: {
    'zh-Hans': () => '这个绑定码无效或已过期。',
    'zh-Hant': () => '這個綁定碼無效或已過期。',
    en: () => 'That link code is not valid or has expired.',
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

/** A catalog of texts, each in every language Whistle speaks. */
export type Phrases = Record<string, Record<Language, (...args: string[]) => string>>

/** Looks texts up in a catalog by key and language, with the arguments its templates take. */
export function phrasebook<C extends Phrases>(phrases: C) {
  return <K extends keyof C & string>(key: K, language: Language, ...args: Parameters<C[K]['en']>): string =>
    (phrases[key] as Record<Language, (...a: string[]) => string>)[language](...args)
}

/**
 * How a case's status reads to the tipster on every channel (a bot's /status, the hotline's status line):
 * what is happening, not the workflow's words. Each reads after "your report" (你的举报…).
 */
const statusWords: Record<Language, Record<CaseStatus, string>> = {
  'zh-Hans': {
    new: '已收到，等待确认学校',
    assigned: '已经转给负责的民警',
    acknowledged: '民警已签收',
    in_progress: '正在处理',
    resolved: '已处理',
    closed: '已结案',
    referred: '已移交办案部门',
    merged: '已与同一事件的举报合并',
    invalid: '已结束',
  },
  'zh-Hant': {
    new: '已收到，等待確認學校',
    assigned: '已經轉給負責的民警',
    acknowledged: '民警已簽收',
    in_progress: '正在處理',
    resolved: '已處理',
    closed: '已結案',
    referred: '已移交辦案部門',
    merged: '已與同一事件的舉報合併',
    invalid: '已結束',
  },
  en: {
    new: 'received, waiting for the school',
    assigned: 'with the officer for the school',
    acknowledged: 'the officer has taken it',
    in_progress: 'being handled',
    resolved: 'handled',
    closed: 'closed',
    referred: 'handed to investigators',
    merged: 'joined with a report of the same incident',
    invalid: 'ended',
  },
}

export const statusInWords = (status: CaseStatus, language: Language) => statusWords[language][status]

export type ReplyKey = keyof typeof catalog

export const say = phrasebook(catalog)

/** The receipt for a new report: the reference, then what the tipster needs to know now. */
export function receiptFor(options: {
  ref: string
  language: Language
  category: Category
  urgency: Urgency
  needsSchool: boolean
  crisisLine: string
  channel?: Channel
}): string {
  const { ref, language } = options
  const parts = [say('received', language, ref)]
  if (options.category === 'self_harm') parts.push(crisisAdvice(language, options.crisisLine))
  else if (options.urgency === 'P1') parts.push(say('danger', language))
  if (options.needsSchool) parts.push(say('askSchool', language))
  // A bot can be asked later; an SMS has no such command.
  if (options.channel === 'telegram') parts.push(say('statusHint', language))
  return parts.join(language === 'en' ? ' ' : '')
}
