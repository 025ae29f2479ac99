import { phrasebook } from '../../intake/replies'
import type { Language } from '../../intake/triage/index'

/** A reference or PIN read out one digit at a time, so that it can be written down. */
export const spellDigits = (digits: string) => digits.split('').join(' ')

/**
 * What the hotline says, in the caller's language. Short sentences: a frightened child hears each once.
 * The first menu is spoken in Mandarin and English both, before a language is chosen.
 */
const catalog = {
  welcome: {
    'zh-Hans': () => '这里是学校安全举报热线，可以匿名举报。如果有人现在有危险，请按9。普通话请按1。',
    'zh-Hant': () => '這裡是學校安全舉報熱線，可以匿名舉報。如果有人現在有危險，請按9。普通話請按1。',
    en: () =>
      'This is the school safety line. You can stay anonymous. If someone is in danger right now, press 9. For English, press 2.',
  },
  menu: {
    'zh-Hans': () => '举报请按1。查询举报进展请按2。如果有人现在有危险，请按9。',
    'zh-Hant': () => '舉報請按1。查詢舉報進展請按2。如果有人現在有危險，請按9。',
    en: () =>
      'To report, press 1. To hear back about a report, press 2. If someone is in danger right now, press 9.',
  },
  connecting: {
    'zh-Hans': () => '正在为你接通值班民警，请不要挂机。',
    'zh-Hant': () => '正在為你接通值班民警，請不要掛機。',
    en: () => 'Connecting you to the duty officer. Please stay on the line.',
  },
  deskUnreachable: {
    'zh-Hans': () => '值班民警暂时没有接通，但已经收到你的求助。如果有人现在有危险，请立即拨打110。',
    'zh-Hant': () => '值班民警暫時沒有接通，但已經收到你的求助。如果有人現在有危險，請立即撥打110。',
    en: () =>
      'The duty officer could not be reached, but they have your call for help. If someone is in danger now, call 110.',
  },
  askSchool: {
    'zh-Hans': () => '请输入校门海报上的四位学校编号。',
    'zh-Hant': () => '請輸入校門海報上的四位學校編號。',
    en: () => 'Key in the four-digit school code from the poster at the school gate.',
  },
  schoolNotFound: {
    'zh-Hans': () => '没有找到这个编号，请再试一次。',
    'zh-Hant': () => '沒有找到這個編號，請再試一次。',
    en: () => 'That code was not found. Please try again.',
  },
  schoolToDesk: {
    'zh-Hans': () => '没关系，你的举报会交给值班民警。',
    'zh-Hant': () => '沒關係，你的舉報會交給值班民警。',
    en: () => 'That is all right: your report will go to the duty officer.',
  },
  confirmSchool: {
    'zh-Hans': (school: string) => `你选择的是${school}。正确请按1，重新输入请按2。`,
    'zh-Hant': (school: string) => `你選擇的是${school}。正確請按1，重新輸入請按2。`,
    en: (school: string) => `You chose ${school}. If that is right, press 1. To key the code again, press 2.`,
  },
  recordPrompt: {
    'zh-Hans': () => '请在提示音后说出发生了什么：在哪里，是谁，什么时候。最多三分钟，说完请按井号键。',
    'zh-Hant': () => '請在提示音後說出發生了什麼：在哪裡，是誰，什麼時候。最多三分鐘，說完請按井號鍵。',
    en: () =>
      'After the tone, tell us what happened: where, who, and when. You have up to three minutes. Press the hash key when you are done.',
  },
  nothingHeard: {
    'zh-Hans': () => '我们没有听到声音，请再说一次。',
    'zh-Hant': () => '我們沒有聽到聲音，請再說一次。',
    en: () => 'We did not hear anything. Please try again.',
  },
  nothingRecorded: {
    'zh-Hans': () => '我们没有录到你的声音。你可以随时再打来。',
    'zh-Hant': () => '我們沒有錄到你的聲音。你可以隨時再打來。',
    en: () => 'We could not record anything. You can call again at any time.',
  },
  received: {
    'zh-Hans': (ref: string, pin: string) =>
      `已收到你的举报。你的举报编号是：${ref}。你的密码是：${pin}。请记下来：再打这个电话按2，输入编号和密码，就能听到民警的回复。`,
    'zh-Hant': (ref: string, pin: string) =>
      `已收到你的舉報。你的舉報編號是：${ref}。你的密碼是：${pin}。請記下來：再打這個電話按2，輸入編號和密碼，就能聽到民警的回覆。`,
    en: (ref: string, pin: string) =>
      `We have your report. Your reference is: ${ref}. Your PIN is: ${pin}. Write them down: call this number again, press 2, and key them in to hear the officer's answer.`,
  },
  repeat: {
    'zh-Hans': (ref: string, pin: string) => `再说一遍。编号：${ref}。密码：${pin}。`,
    'zh-Hant': (ref: string, pin: string) => `再說一遍。編號：${ref}。密碼：${pin}。`,
    en: (ref: string, pin: string) => `Once more. Reference: ${ref}. PIN: ${pin}.`,
  },
  goodbye: {
    'zh-Hans': () => '谢谢你打来。如果有人现在有危险，请拨打110。再见。',
    'zh-Hant': () => '謝謝你打來。如果有人現在有危險，請撥打110。再見。',
    en: () => 'Thank you for calling. If someone is in danger now, call 110. Goodbye.',
  },
  askRef: {
    'zh-Hans': () => '请输入八位举报编号。',
    'zh-Hant': () => '請輸入八位舉報編號。',
    en: () => 'Key in your eight-digit report reference.',
  },
  askPin: {
    'zh-Hans': () => '请输入六位密码。',
    'zh-Hant': () => '請輸入六位密碼。',
    en: () => 'Now key in your six-digit PIN.',
  },
  wrongRefOrPin: {
    'zh-Hans': () => '编号或密码不对，请再试一次。',
    'zh-Hant': () => '編號或密碼不對，請再試一次。',
    en: () => 'That reference or PIN is not right. Please try again.',
  },
  tooManyTries: {
    'zh-Hans': () => '输错的次数太多了，请稍后再打来。',
    'zh-Hant': () => '輸錯的次數太多了，請稍後再打來。',
    en: () => 'That was too many tries. Please call again later.',
  },
  locked: {
    'zh-Hans': () => '这个举报输错密码的次数太多，已经不能用电话查询，但民警仍在处理。',
    'zh-Hant': () => '這個舉報輸錯密碼的次數太多，已經不能用電話查詢，但民警仍在處理。',
    en: () =>
      'Too many wrong PINs were keyed for this report, so it can no longer be heard by phone. The officer is still handling it.',
  },
  /** The case's status in the words tipsters read on every channel (`statusInWords`). */
  status: {
    'zh-Hans': (words: string) => `你的举报${words}。`,
    'zh-Hant': (words: string) => `你的舉報${words}。`,
    en: (words: string) => `Your report: ${words}.`,
  },
  officerSays: {
    'zh-Hans': () => '民警给你的留言：',
    'zh-Hant': () => '民警給你的留言：',
    en: () => 'A message from the officer:',
  },
  noMessage: {
    'zh-Hans': () => '目前还没有给你的留言。',
    'zh-Hant': () => '目前還沒有給你的留言。',
    en: () => 'There is no message for you yet.',
  },
} satisfies Record<string, Record<Language, (...args: string[]) => string>>

export const prompt = phrasebook(catalog)

/** The prompts that take no argument. */
export type PlainPrompt = {
  [K in keyof typeof catalog]: Parameters<(typeof catalog)[K]['en']> extends [] ? K : never
}[keyof typeof catalog]
