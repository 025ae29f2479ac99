import {
  ALARM_RESOLVED,
  BLADE,
  ARRANGED_FIGHT,
  ALL_CLEAR,
  ALL_CLEAR_TAKEN_BACK,
  ACCUSED_BEFORE,
  ACCIDENT,
  ACCIDENT_DOUBTED,
  AGAIN_AFTER,
  AGGRESSORS_GONE,
  AMBUSH_THREAT,
  ASSAULT_CUES,
  CALLED_OFF,
  CALM_NOW,
  CATEGORY_CUES,
  CHILD_OF_TIPSTER,
  CHILD_PLACE,
  CONDITIONAL_THREAT,
  CONFIRMED_AFTER,
  CONTRAST,
  CRY_ONLY,
  CLAUSE_TIME,
  FUTURE_SAID_AFTER,
  EARLIER_ONE,
  EARLIER_REPORT,
  PRECEDENT,
  TELL_CONDITION_AFTER,
  TELL_CONDITION_BEFORE,
  TELL_OR_PAY_CONDITION,
  TURNED_OUT_AFTER,
  CONSEQUENCE_BEFORE,
  CORNERING,
  CUT_BY_OTHERS,
  DEEDS_TOLD_AFTER,
  DATED_PAST,
  DANGER_CUES,
  DAY_TIME,
  DISTRESS_CUES,
  DOUBT_AFTER,
  EXPOSURE_THREAT,
  ELSEWHERE,
  EN_NEGATION,
  ESCORT_CUES,
  EN_NOT_NEGATION,
  EN_NOT_SAID_BEFORE,
  FAR_TIME_CUES,
  FICTION_EXPLAINED,
  FEARED_HARM_BEFORE,
  FIREARM,
  FOLLOWING_CUES,
  FUTURE_INTENT_CUES,
  GENERAL_QUESTION,
  HARMLESS_TARGET_AFTER,
  HELP_CUES,
  HYPERBOLE,
  HYPOTHETICAL_BEFORE,
  HYPOTHETICAL_QUESTION_AFTER,
  HYPOTHETICAL_REAL,
  PUPIL_ACTOR_BEFORE,
  GUARD_POST_BEFORE,
  HABIT_BEFORE_NOW,
  HABIT_CONSEQUENCE,
  HABITUAL_BEFORE_TIME,
  HELD_NOT_NOW_AFTER,
  RELEASED_AFTER,
  RELEASED_BEFORE,
  HELD_NOW_CUES,
  IMAGES_OR_WORDS_POSTED,
  IMAGES_SPREAD_CUES,
  INJURY_CUES,
  INJURY_DANGER_SIGNS,
  INJURY_MARK,
  INSULT_QUOTE,
  LAUGHTER,
  MISTAKEN_BEFORE,
  MOOD_SLANG,
  LESSON_TOOL_AFTER,
  LESSON_TOOL_BEFORE,
  LENT_AFTER,
  LESSON_TOOL_LATER,
  LIKENESS_BEFORE,
  KEPT_AT_HOME_BEFORE,
  BROUGHT_NOW_AFTER,
  MEDIA_SEEN_BEFORE,
  NEAR_MISS,
  NEAR_TIME_CUES,
  NEGATED_INSIDE,
  NO_IMAGES,
  SHUT_IN,
  SPREADING_BEFORE,
  STAFF_CALLED_BEFORE,
  STICKERS,
  NEVER_BROUGHT,
  NO_TIME_SAID,
  ON_CONDITION_BEFORE,
  NO_ONE_FORCED,
  NOT_A_JOKE,
  NOT_HURTING,
  OTHER_CHILD_BEFORE,
  OWN_CHILD,
  NOW_CUES,
  ONGOING_CUES,
  PAIN_OR_BLEEDING,
  PAST_EVENT_SAID,
  PARENT_BEFORE,
  ADULT_BEFORE_EN,
  UNDONE_WORK_AFTER,
  PAST_CUES,
  PAST_DATES,
  PLAN_BEFORE_TIME,
  PLEA_FOR_OTHERS_CUES,
  PLAN_TIME,
  PUT_OFF_AFTER,
  PUT_OFF_DAY,
  PLANNED_AFTER,
  PLEA_CUES,
  PROGRESSIVE_EN,
  NOW_STATE_AFTER,
  PRESENT_CUES,
  QUOTED_BEFORE,
  WHEN_THEN,
  WOUND_MARK,
  WHENEVER_BEFORE,
  RECORDING_AFTER,
  RECORDING_BEFORE,
  REPORTING_FEARED,
  REPEATED_CUES,
  SCENE_CUES,
  SCENE_DONE_AFTER,
  ROAD_BEFORE,
  RIGHT_NOW,
  NOW_ITSELF,
  ROBBING_NOW,
  FICTION_SUBJECT_BEFORE,
  MARK_EXPLAINED_AFTER,
  ALSO_WANTED_AFTER,
  ASKED_WHETHER_BEFORE,
  ANSWERED_NO_AFTER,
  AFRAID_TO_GO_ON,
  SELF_HARM_SIGNALS,
  SAFE_NOW,
  SEVERE_INJURY_CUES,
  SEVERE_STILL,
  STOPPED_AFTER,
  SLEEP_OR_STAYING_AWAY_AFTER_TIME,
  STATE_SINCE_AFTER_TIME,
  STILL_ON_AFTER,
  STRANGER_NOW_CUES,
  STRANGER_STILL_THERE,
  STAFF_ACTOR_CUES,
  THREAT_CUES,
  THREAT_SPEECH,
  THEY_OUTSIDE_CUES,
  TOLD_TO_HARM_SELF,
  TAKEN_BACK_AFTER,
  TO_THE_POLICE_AFTER,
  TOGETHER_AFTER,
  TOLD_AFTER_TIME,
  TOLD_AFTER_TIME_EN,
  TOY_MEANS_AFTER,
  WIELDED_AFTER,
  CHANGED_AFTER_ACCIDENT,
  CARER_UNDRESSING,
  OWN_CHILD_EXPLAINED,
  HANDS_ON_BEFORE,
  FORCE_SAID,
  IN_PLAY_BEFORE,
  FOUND_AGAIN,
  FOUND_BEFORE,
  GAME_SLANG,
  GROUP_WITHOUT,
  TIME_PAST_OR_NOW_AFTER,
  NOW_BEFORE_TIME,
  TOLD_LIST_BEFORE,
  TOLD_BEFORE_TIME,
  UNREACHABLE_CUES,
  WAITING_THREAT,
  WEAPON_FICTION_BEFORE,
  WEAPON_LATER_DENIED,
  WEAPON_ANOTHER,
  WEAPON_BROUGHT,
  WEAPON_SHOWN_BEFORE,
  WEAPON_NEXT_TIME,
  WEAPON_TAKEN_AFTER,
  ZH_INSULTED_AS,
  ZH_DENIED_DEED_DONE,
  ZH_NEGATION,
  ZH_NOT_NEGATION,
  ZH_SAID_OF_ME,
  WHENEVER_THEN_BEFORE,
  WONDERED_BEFORE,
  WAKING_BEFORE,
  EXCLAIMED,
} from './lexicon'
import { CATEGORY_PRECEDENCE, type Category, type Urgency } from './types'

interface CueHit {
  cue: string
  index: number
  negated?: boolean
}

export interface Classification {
  category: Category
  urgency: Urgency
  reasons: string[]
}

const CLAUSE_BREAK = /[\s，。！？；、,.!?;:：]/
// A part of a sentence: punctuation ends it, and so does a space between Chinese words ("天天打我 现在又在打").
const SENTENCE_PART = /[，。！？；、,.!?;:：]|(?<=\p{Script=Han})\s+(?=\p{Script=Han}|$)/u
// A negation does not reach past these: "我没给就被他扇了" negates the giving, not the slap.
const ZH_NEGATION_STOP = /[就但又却才还可]/
const ZH_CONDITION_AFTER = /就|才|否则|的话|不然/
const MAX_CUE_SHOWN = 16
const HABITUAL = new RegExp(HABITUAL_BEFORE_TIME.source)
/** A thing done a number of times ("要了三次钱了"): told as a history, not as now. */
const TIMES_OVER = /[两三四五六七八九十几\d]{1,3}次/
const A_NOT_A = /(\p{Script=Han})[没不]\1/gu
const ZH_NEGATIONS = new RegExp(ZH_NEGATION.source, 'g')
const NOT_WORDS = /[^\p{L}\s]+/gu

const shown = (cue: string) => (cue.length > MAX_CUE_SHOWN ? `${cue.slice(0, MAX_CUE_SHOWN)}…` : cue)

/** True when the words just before `start` deny what follows ("没带刀", "didnt bring a knife"). */
function isNegated(text: string, start: number): boolean {
  let zh = text.slice(Math.max(0, start - 5), start)
  for (let i = zh.length - 1; i >= 0; i--) {
    const ch = zh[i] as string
    if (CLAUSE_BREAK.test(ch) || ZH_NEGATION_STOP.test(ch)) {
      zh = zh.slice(i + 1)
      break
    }
  }
  // "穿没穿", "有没有", "去不去": a verb asked as yes or no denies nothing.
  zh = zh.replace(A_NOT_A, '___')
  // The denial nearest the cue: "没打她没有打" denies the second blow too.
  const denial = [...zh.replace(ZH_NOT_NEGATION, (w) => '_'.repeat(w.length)).matchAll(ZH_NEGATIONS)].at(-1)
  // A denial covers its own verb and object only: "没打我骂我" denies the hitting, not the insult; but one
  // denied seeing a thing carried denies the thing ("没看到他有刀"; "没看见他摸她" denies only the seeing).
  const denied = denial ? zh.slice(denial.index + denial[0].length) : ''
  if (denial && (DENIED_SIGHT.test(denied) || !ZH_DENIED_DEED_DONE.test(denied))) return true
  // "他们不打我了" denies; "不陪他睡就…" is a condition, and a condition denies nothing.
  const clauseAfter = text.slice(start, start + 10).split(CLAUSE_BREAK)[0] ?? ''
  if (zh.endsWith('不') && !ZH_CONDITION_AFTER.test(clauseAfter)) return true
  const before = text.slice(Math.max(0, start - 40), start)
  const clause = before.split(/[,.;!?]|\bbut\b/).at(-1) ?? ''
  // Only English words right before the cue: Chinese in between ends their reach ("not。他说要拿刀捅我").
  const english = /[a-z0-9\s]*$/.exec(clause)?.[0] ?? ''
  const lastWords = english.trim().split(/\s+/).slice(-3).join(' ')
  return EN_NEGATION.test(lastWords.replace(EN_NOT_NEGATION, '')) || EN_NOT_SAID_BEFORE.test(english)
}

const HAN = /\p{Script=Han}/u
const DENIED_SIGHT = /^(?:看到|看见|见到|发现)(?:他|她|他们|她们)?(?:有|带(?:了|着)?|拿着|身上有)/
const DENIAL_RIGHT_BEFORE = /(?:没|不|未|别)(?:有|是)?\s?$/
/** "现在妈妈不让我出门": kept in by those who care for the child, not held. */
const CARER_JUST_BEFORE = /(?<![的家爸妈奶爷])(?:妈妈|爸爸|妈|爸|家里|家长|奶奶|爷爷|老师)$/
const LATIN = /[a-z]/

function allHits(text: string, patterns: readonly RegExp[], negatable: boolean): CueHit[] {
  const hits: CueHit[] = []
  for (const pattern of patterns) {
    // exec on the pattern itself, from the start: matchAll would copy the pattern on every call, and
    // that copying was most of the time triage spent on its cues.
    if (!pattern.global) throw new TypeError(`a cue pattern must be global: /${pattern.source}/`)
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // An empty match steps on by a character (both halves of an emoji under the u flag).
      if (m[0] === '')
        pattern.lastIndex += pattern.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1
      const negated = isNegated(text, m.index)
      if (negatable && negated) continue
      hits.push({ cue: m[0], index: m.index, negated })
    }
  }
  return hits.sort((a, b) => a.index - b.index)
}

const firstHit = (text: string, patterns: readonly RegExp[], negatable = true): CueHit | undefined =>
  allHits(text, patterns, negatable)[0]

/**
 * Photos or videos of the child passed round; "全是文字没图" says none went, stickers are no photo, and
 * screenshots the tipster offers the police ("我截图了 要不要发给你们") are evidence.
 */
const imagesSpread = (text: string): CueHit | undefined =>
  NO_IMAGES.test(text)
    ? undefined
    : allHits(text, IMAGES_SPREAD_CUES, true).find(
        (h) => !STICKERS.test(h.cue) && !TO_THE_POLICE_AFTER.test(text.slice(h.index + h.cue.length)),
      )

/**
 * The hits of a sign of now that are not the caption of a photo or video ("我被关在厕所里的视频"),
 * nor denied inside their own words ("现在不打了"), nor said of a habit ("老是有学生在里面打架"), nor
 * followed by words that end them (`endedAfter`); `liveHit` is the first of them.
 */
const liveHits = (
  text: string,
  patterns: readonly RegExp[],
  endedAfter?: RegExp | ((after: string, hit: CueHit) => boolean),
): CueHit[] =>
  allHits(text, patterns, true).filter((h) => {
    const after = text.slice(h.index + h.cue.length)
    return (
      !NEGATED_INSIDE.test(h.cue) &&
      !HABIT_BEFORE_NOW.test(partBefore(text, h.index, 8)) &&
      !RECORDING_AFTER.test(after) &&
      !CONSEQUENCE_BEFORE.test(text.slice(Math.max(0, h.index - 24), h.index)) &&
      !RECORDING_BEFORE.test(text.slice(Math.max(0, h.index - 30), h.index)) &&
      !(typeof endedAfter === 'function' ? endedAfter(after, h) : endedAfter?.test(after))
    )
  })
const liveHit = (...args: Parameters<typeof liveHits>): CueHit | undefined => liveHits(...args)[0]

/** Held no longer: finished deeds told after it, and for a child shut in somewhere, a way out told too. */
const heldNoLonger = (after: string, hit: CueHit): boolean =>
  HELD_NOT_NOW_AFTER.test(after) ||
  (DEEDS_TOLD_AFTER.test(after) && (!SHUT_IN.test(hit.cue) || RELEASED_AFTER.test(after)))

/** Injuries the child suffered, not the ones they narrowly escaped ("我差点喘不过气", "almost passed out"). */
const sufferedHits = (text: string, patterns: readonly RegExp[]): CueHit[] =>
  allHits(text, patterns, true).filter((h) => !NEAR_MISS.test(text.slice(Math.max(0, h.index - 10), h.index)))

/** A past day just before a time of day, or before the part of the school day it falls in ("昨天晚自习下课"). */
const PAST_JUST_BEFORE = new RegExp(
  `(?:${DATED_PAST.source})(?:的)?(?:晚自习|早自习|午休|课间|体育课|第[一二三四五六七八]节课?)?\\s*$`,
)
/** "上礼拜他们说放学要打我": a time of day in what was said on a day gone by is that day's. */
const SAID_ON_PAST_DAY = new RegExp(`(?:${DATED_PAST.source})[^，。！？]{0,8}(?:说|讲|放话)\\s*$`)

/**
 * Where the tip's all-clear ends, or -1 when it says none: all well now, taking none of it back after; or
 * those who did it gone, or all calm, with nothing after it that still alarms ("他们都散了 但是我同学还躺在
 * 地上", "they left and my friend passed out", "那几个人跑了 说晚上再来找我").
 */
const STILL_ALARMING_CUES = [...SEVERE_INJURY_CUES, ...THREAT_CUES, ...NEAR_TIME_CUES, ...THEY_OUTSIDE_CUES]

function allClearEnd(
  text: string,
  clears: readonly RegExp[] = [ALL_CLEAR, RELEASED_BEFORE, AGGRESSORS_GONE, CALM_NOW],
): number {
  for (const pattern of clears) {
    const clear = pattern.exec(text)
    if (!clear) continue
    const rest = text.slice(clear.index + clear[0].length)
    const alarming =
      pattern !== ALL_CLEAR &&
      (CONTRAST.test(rest) || firstHit(rest, STILL_ALARMING_CUES, false) !== undefined)
    if (!ALL_CLEAR_TAKEN_BACK.test(rest) && !alarming) return clear.index + clear[0].length
  }
  return -1
}
const saysAllClear = (text: string) => allClearEnd(text) >= 0

/**
 * Whether an all-clear after harm going on ends it ("又在车棚把我堵了 … 现在没事了"): not when the tipster
 * is the one safe and the harm is done to someone else ("他们现在在打他 我已经回到家了"), nor when a "but"
 * takes it back.
 */
function endsHarm(after: string, hit: CueHit): boolean {
  const clear = ALL_CLEAR.exec(after) ?? AGGRESSORS_GONE.exec(after)
  if (!clear || ALL_CLEAR_TAKEN_BACK.test(after.slice(clear.index + clear[0].length))) return false
  const toSomeoneElse = /他|她|\b(?:him|her|my (?:son|daughter|brother|sister|friend))\b/.test(
    hit.cue + after.slice(0, 4),
  )
  const tipsterSafe = /我|\b(?:im|i am|i)\b/.test(after.slice(Math.max(0, clear.index - 6), clear.index + 2))
  return !(toSomeoneElse && tipsterSafe)
}

/** The tip says an injury came from an accident, and nothing after it doubts that ("可她脖子上一圈发紫"). */
function anAccident(text: string): boolean {
  const accident = ACCIDENT.exec(text)
  return accident !== null && !ACCIDENT_DOUBTED.test(text.slice(accident.index + accident[0].length))
}

/** The child said to be safe before `at`, and no "but" between ("已经接到了 人没事 … 这样真的很危险"). */
function safeBefore(text: string, at: number): boolean {
  const safe = SAFE_NOW.exec(text.slice(0, at))
  return (
    safe !== null &&
    !CONTRAST.test(text.slice(safe.index + safe[0].length, at)) &&
    !/可/.test(text.slice(safe.index + safe[0].length, at))
  )
}

/** A plan called off in `words`, with nothing after saying it is on after all. */
function calledOff(words: string): boolean {
  const off = CALLED_OFF.exec(words)
  return off !== null && !STILL_ON_AFTER.test(words.slice(off.index + off[0].length))
}

/** Hits of `a` and `b` no more than `distance` characters apart. */
function near(a: readonly CueHit[], b: readonly CueHit[], distance: number): boolean {
  return a.some((x) => b.some((y) => Math.abs(x.index - y.index) <= distance))
}

/** Characters between `at` and the nearest of `hits` (Infinity when there is none). */
const closest = (hits: readonly CueHit[], at: CueHit): number =>
  Math.min(Infinity, ...hits.map((h) => Math.abs(h.index - at.index)))

/** English contractions lose their apostrophe ("didn't" = "didnt") and "'ll" becomes " will". */
export function contractionsSpelt(text: string): string {
  return (
    text
      .replace(/[’']ll\b/g, ' will')
      // "they'd throw me in": would, as children mostly mean it; "theyd" and "youd" typed without the apostrophe.
      .replace(/\b(they|you|he|she|we)[’']d\b/g, '$1 would')
      .replace(/\b(they|you)d\b/g, '$1 would')
      // A kindness in single quotes ("going to 'welcome' him") is said with a sneer: its quotes stay, as
      // double ones, for the threat it makes.
      .replace(
        /(?<![a-z])[’'‘]((?:welcome|greet|visit|look after|take care of|talk to|chat with|say hi to)\b[^’']{0,6})[’'](?![a-z])/g,
        '“$1”',
      )
      // Only an apostrophe inside or beside a word: quotes around Chinese words ('道歉') stay quotes.
      .replace(/(?<=[a-z])[’']|[’'](?=[a-z])/g, '')
      // Typed without the apostrophe: "theyll", "youll" ("hell", "shell", "ill", "well" are words).
      .replace(/\b(they|you|it|that|who)ll\b/g, '$1 will')
      // ... and "hell", "shell" when a verb of harm follows ("hell get Kevin after school").
      .replace(
        /\b(he|she)ll (?=(?:get|hit|beat|kill|hurt|find|jump|stab|come|bring|fight|smash|punch|kick|shoot)\b)/g,
        '$1 will ',
      )
      // Slang for "going to": "imma", "finna", "boutta" (about to).
      .replace(/\b(?:imma|ima|finna|boutta|gunna)\b/g, 'gonna')
      // Text speak: "u" (you), "they r" (are), "waiting 4 me" (for).
      .replace(/\bu\b/g, 'you')
      .replace(/\b(they|we|you) r\b/g, '$1 are')
      .replace(/\b4 (?=(?:me|him|her|us|them|you)\b)/g, 'for ')
      // ... and "r" (are) after any word, digits for sounds ("2nite", "b4", "evry1"), "w/" (with).
      .replace(/\br\b(?! ?\d)/g, 'are')
      .replace(TEXT_SPEAK, (w) => TEXT_SPEAK_WORDS[w] ?? w)
      .replace(/\bw\/? (?=(?:my|his|her|their|a|an|the|me|him|them|us)\b)/g, 'with ')
      // A caller's stammer as the recogniser writes it ("it was a a toy", "im im shaking"): said once.
      .replace(/\b([a-z]+)(?: \1\b)+/g, '$1')
  )
}

const TEXT_SPEAK_WORDS: Record<string, string> = {
  '2nite': 'tonight',
  '2night': 'tonight',
  '2day': 'today',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  '2mrw': 'tomorrow',
  '2mro': 'tomorrow',
  b4: 'before',
  l8r: 'later',
  l8er: 'later',
  evry1: 'everyone',
  every1: 'everyone',
  some1: 'someone',
  any1: 'anyone',
  ne1: 'anyone',
}
const TEXT_SPEAK = new RegExp(`\\b(?:${Object.keys(TEXT_SPEAK_WORDS).join('|')})\\b`, 'g')

/**
 * Letters or characters typed over and over in a hurry ("pleaseeee", "helppp", "快快快") as typed once:
 * three or more of one kind are one. "nooo" stays: as "no" it would deny the words after it. A caller's
 * stammered denial ("不是不是真的") is said once: "是不是" in it asks nothing.
 */
export function repeatsSqueezed(text: string): string {
  return text
    .replace(REPEATS, (run, ch: string, offset: number, whole: string) =>
      ch === 'o' && /\bn$/.test(whole.slice(0, offset)) ? run : ch,
    )
    .replace(STAMMERED_DENIAL, '$1')
}
const REPEATS = /([a-z\p{Script=Han}])\1{2,}/gu
const STAMMERED_DENIAL = /(不是|没有|不会)\1+/gu

/** The words before `index` in the same part of a sentence, at most `span` characters. */
const partBefore = (text: string, index: number, span: number): string =>
  text
    .slice(Math.max(0, index - span), index)
    .split(SENTENCE_PART)
    .at(-1) ?? ''

/** The words of the clause before `index`. */
const clauseBefore = (text: string, index: number): string =>
  text
    .slice(Math.max(0, index - 16), index)
    .split(CLAUSE_BREAK)
    .at(-1) ?? ''

/** Categories a question may only ask about: a danger to life is taken as told even when asked ("what if she cuts herself"). */
const ASKABLE: readonly Category[] = ['physical', 'extortion', 'cyber', 'relational', 'verbal']
/** Categories a tip may say have stopped: a danger to life or body is taken as told even when said to be over. */
const STOPPABLE: readonly Category[] = ['extortion', 'cyber', 'relational', 'verbal']
/** Categories of harm by words and posts alone: a cry of 救命 beside them is a cry of exasperation. */
const WORDS_ONLY: readonly Category[] = ['cyber', 'relational', 'verbal']

/** The harm at `index` sits in the condition of a question and nothing in that question says it happened. */
function isHypothetical(text: string, index: number): boolean {
  if (GENERAL_QUESTION.test(text) && !CHILD_OF_TIPSTER.test(text)) return true
  const opener = HYPOTHETICAL_BEFORE.exec(text.slice(Math.max(0, index - 60), index))
  if (!opener) return false
  const after = text.slice(index)
  const question = HYPOTHETICAL_QUESTION_AFTER.exec(after)
  const english = !HAN.test(opener[0])
  if (!english && !question) return false
  const sentence = english ? (/^[^.!?]*/.exec(after)?.[0] ?? '') : (question?.[0] ?? '')
  return !HYPOTHETICAL_REAL.test(opener[0] + sentence)
}

/** A life called worthless by someone else ("骂我…说我拖累全班", "calls me a burden") is an insult, not intent. */
function saidOfTheChild(text: string, hit: CueHit): boolean {
  const before = text.slice(Math.max(0, hit.index - 80), hit.index)
  return (
    TOLD_TO_HARM_SELF.test(before) ||
    TOLD_LIST_BEFORE.test(before) ||
    ZH_INSULTED_AS.test(before) ||
    (/^[我她他]/.test(hit.cue) && ZH_SAID_OF_ME.test(before))
  )
}

/** Two or more families of weak self-harm signs, one of them an ending or a farewell (or wounds hidden with the means at hand); else undefined. */
function selfHarmSignals(text: string): { families: string[]; first: CueHit } | undefined {
  const families: string[] = []
  let first: CueHit | undefined
  for (const { family, cue } of SELF_HARM_SIGNALS) {
    const hit = firstHit(text, [cue])
    if (!hit) continue
    families.push(family)
    if (!first || hit.index < first.index) first = hit
  }
  // Arms kept covered with the means at hand tell of wounds hidden, as an ending or farewell tells of intent.
  const leads =
    families.includes('ending') ||
    families.includes('farewell') ||
    (families.includes('hidden') && families.includes('means'))
  return leads && families.length >= 2 && first ? { families, first } : undefined
}

/** Explained as a song's, a game's or someone else's words, and the explanation not itself doubted. */
function fictionExplained(words: string): boolean {
  const explained = FICTION_EXPLAINED.exec(words)
  return explained !== null && !EXPLANATION_DOUBTED.test(words.slice(explained.index + explained[0].length))
}
/** "然后就真的把我裤子脱了": what was held over the child, then done. */
const DONE_BEFORE = /(?:真的|然后|结果|已经|还是)[^，。！？\s]{0,8}$/
const EXPLANATION_DOUBTED =
  /^[^。！？.!?]{0,20}(?:但|可是|不过|\bbut\b)[^。！？.!?]{0,16}(?:认真|真的|\bserious|\bmeant it)|^[^。！？.!?]{0,12}(?:她是认真的|他是认真的)/

/** An assault told, not one held over the child on a condition ("要是不帮他们写作业 就让我…把裤子脱了"). */
const assaultTold = (text: string): CueHit | undefined =>
  allHits(text, ASSAULT_CUES, true).find(
    (h) =>
      !changedAfterAccident(text, h) &&
      (!ON_CONDITION_BEFORE.test(text.slice(Math.max(0, h.index - 30), h.index)) ||
        DONE_BEFORE.test(text.slice(Math.max(0, h.index - 12), h.index))),
  )

/** "老师脱她裤子 … 后来问了老师 是她午睡尿床了": a small child undressed to be changed is cared for. */
const changedAfterAccident = (text: string, h: CueHit): boolean => {
  const before = partBefore(text, h.index, 12)
  const after = text.slice(h.index + h.cue.length)
  return (
    h.cue.includes('脱') &&
    (CARER_UNDRESSING.test(before) || (HANDS_ON_BEFORE.test(before) && OWN_CHILD_EXPLAINED.test(after))) &&
    !FORCE_SAID.test(before + h.cue) &&
    CHANGED_AFTER_ACCIDENT.test(after)
  )
}

/** "没带什么刀啊棍子啊": a cue listed right after a denied one is denied with it. */
function deniedAlong(text: string, hits: CueHit[]): CueHit[] {
  return hits.map((h, i) => {
    const before = hits[i - 1]
    if (h.negated || !before?.negated) return h
    const between = text.slice(before.index + before.cue.length, h.index)
    return LISTED_WITH.test(between) ? { ...h, negated: true } : h
  })
}
const LISTED_WITH = /^(?:子|具)?\s?(?:啊|呀|啦|、|和|及|或者?|跟|还是|\bor\b|\band\b)\s?$/

/**
 * A next time said of the weapon denied: in the denial's own sentence, or in a later one that says it
 * will be brought ("没带刀。但他说明天带"). "我迟早弄死你" in a later sentence is a threat of its own.
 */
function weaponPromised(words: string): boolean {
  const [own = '', ...later] = words.split(SENTENCE_END)
  return WEAPON_NEXT_TIME.test(own) || later.some((s) => WEAPON_NEXT_TIME.test(s) && WEAPON_BROUGHT.test(s))
}
const SENTENCE_END = /[。！？!?]/
/** "我们现在放学都绕路走": a time of day and the routine kept at it. */
const ROUTINE_AFTER_TIME = /^都(?:绕|会|是|走|坐|换|从)/
/** A part of a Chinese sentence that tells a thing done, or not done ("老师搜过他书包了", "他今天没带刀"). */
const DONE_PART =
  /^(?![^，。！？]*(?:别|不要|要|会|就|再|准备|打算|想))(?:[^，。！？]*\p{Script=Han}(?:过[^，。！？\s]{0,6}了|了)|[^，。！？]{0,4}没(?:有)?(?:带|拿|掏)[^，。！？]{0,6})$/u

/** A past day told just before `at`, and no "now" since ("上学期就老被要钱 刚才他说被关在厕所里" is now). */
function datedJustBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at)
  const dated = DATED_PAST.exec(before)
  return (
    dated !== null && firstHit(before.slice(dated.index + dated[0].length), [RIGHT_NOW], false) === undefined
  )
}

/** The time is the moment of writing: "its after school now", "现在放学了", "已经放学了". */
const timeIsNow = (text: string, t: CueHit) =>
  NOW_BEFORE_TIME.test(text.slice(Math.max(0, t.index - 8), t.index)) ||
  /^\s*now\b|^了/.test(text.slice(t.index + t.cue.length))

/** The words say a time within hours, or now. */
const NEAR_OR_NOW_CUES = [...NEAR_TIME_CUES, ...NOW_CUES]
const saysNearOrNow = (words: string) => firstHit(words, NEAR_OR_NOW_CUES, false) !== undefined

/**
 * A weapon told of with no one it is meant for: a film's story, news from another place, a lesson's tool,
 * birds or cans, or taken away long ago. Only the weapon's own part of a sentence is read: "电影里有人拿刀
 * 他今天也带刀来学校了" tells of two knives, and the second is at school today.
 */
/** A weapon that is the tool a lesson asks for ("烹饪课要带菜刀", "scissors for art class"); never a gun. */
function lessonTool(text: string, hit: CueHit): boolean {
  // The lesson may be said a pause before ("劳动课学做饭 让每个孩子带菜刀"), within the sentence.
  const before =
    text
      .slice(Math.max(0, hit.index - 40), hit.index)
      .split(/[。！？!?]/)
      .at(-1) ?? ''
  const after = text.slice(hit.index + hit.cue.length, hit.index + hit.cue.length + 40)
  const later = text.slice(hit.index + hit.cue.length, hit.index + hit.cue.length + 240)
  return (
    !FIREARM.test(hit.cue) &&
    (LESSON_TOOL_BEFORE.test(before) || LESSON_TOOL_AFTER.test(after) || LESSON_TOOL_LATER.test(later))
  )
}

function idleWeapon(text: string, hit: CueHit): boolean {
  const before = partBefore(text, hit.index, 60)
  const rest = text.slice(hit.index + hit.cue.length)
  const after = rest.slice(0, 40)
  const ownPart = before + (rest.split(SENTENCE_PART)[0] ?? '')
  // A story may run over a few parts ("看了一部电影 里面有个学生…"), until a today or a now leaves it.
  const story = WEAPON_FICTION_BEFORE.exec(text.slice(Math.max(0, hit.index - 60), hit.index))
  const lesson = lessonTool(text, hit)
  // Taken away on a day gone by, and nothing said of today or now ("but today he brought another one")
  // unless it is that all is calm now.
  const takenLongAgo =
    WEAPON_TAKEN_AFTER.test(after) && DATED_PAST.test(ownPart) && (!saysNearOrNow(text) || saysAllClear(text))
  // "他家墙上挂着一把开山刀 … 从来没带过刀来学校", "门卫室放着钢叉和棍子": kept where it belongs.
  const keptAway =
    (KEPT_AT_HOME_BEFORE.test(before) &&
      NEVER_BROUGHT.test(rest.split(SENTENCE_END)[0] ?? '') &&
      !BROUGHT_NOW_AFTER.test(rest)) ||
    GUARD_POST_BEFORE.test(before)
  return (
    (story !== null && !saysNearOrNow(story[0])) ||
    (MEDIA_SEEN_BEFORE.test(before) && ELSEWHERE.test(ownPart)) ||
    keptAway ||
    lesson ||
    HARMLESS_TARGET_AFTER.test(after) ||
    takenLongAgo
  )
}

/** Category and urgency of a tip in its matching form (normalizeForMatch + contractionsSpelt), with the cues that decided. */
export function classifyTip(text: string): Classification {
  // "约架 没打成": called off right after it, or later in its sentence, and not an earlier one ("上次那场取消了").
  const calledOffAfter = (h: CueHit): boolean => {
    const sentence = text.slice(h.index, h.index + 160).split(SENTENCE_END)[0] ?? ''
    const after = sentence.length > 80 ? sentence : text.slice(h.index, h.index + 80)
    return calledOff(after) && !EARLIER_ONE.test(after)
  }
  const reasons: string[] = []
  const negatedCues = new Set<string>()
  const hits = new Map<Category, CueHit[]>()
  let deniedWeapon: CueHit | undefined
  let weaponsDenied: CueHit[] = []
  for (const { category, cues } of CATEGORY_CUES) {
    const all = deniedAlong(text, allHits(text, cues, false))
    const found = all.filter(
      (h) =>
        !h.negated &&
        !(category === 'relational' && INSULT_QUOTE.test(text.slice(Math.max(0, h.index - 24), h.index))) &&
        !(category === 'self_harm' && saidOfTheChild(text, h)) &&
        // "要钱倒是没有要过": said and taken back at once.
        !(
          category !== 'weapon' &&
          TAKEN_BACK_AFTER.test(text.slice(h.index + h.cue.length, h.index + h.cue.length + 6))
        ) &&
        !(
          category === 'extortion' &&
          LENT_AFTER.test(text.slice(h.index + h.cue.length, h.index + h.cue.length + 30))
        ) &&
        // "I just wanna disappear … its a line from a song", "原来是说他游戏里那个小人"; a story's hero.
        !(
          category === 'self_harm' &&
          (fictionExplained(text.slice(h.index, h.index + 90)) ||
            (FICTION_SUBJECT_BEFORE.test(partBefore(text, h.index, 14)) &&
              !ALSO_WANTED_AFTER.test(text.slice(h.index + h.cue.length))))
        ) &&
        // "我还以为是划的伤口 … 结果是她拿红笔画的": a wound thought to be one, then seen not to be.
        !(
          category === 'self_harm' &&
          (h.cue.includes('以为') || MISTAKEN_BEFORE.test(partBefore(text, h.index, 30))) &&
          MARK_EXPLAINED_AFTER.test(text.slice(h.index + h.cue.length))
        ) &&
        // "问她有没有想过伤害自己 她说没有": the question asked, and answered no.
        !(
          category === 'self_harm' &&
          ASKED_WHETHER_BEFORE.test(partBefore(text, h.index, 12)) &&
          ANSWERED_NO_AFTER.test(text.slice(h.index + h.cue.length))
        ) &&
        // "同学拿美工刀划他的手背 … 手上一道口子": a wound another child made is no self-harm.
        !(category === 'self_harm' && WOUND_MARK.test(h.cue) && CUT_BY_OTHERS.test(text)) &&
        !(category === 'sexual' && changedAfterAccident(text, h)) &&
        !(
          category === 'extortion' &&
          (ACCUSED_BEFORE.test(partBefore(text, h.index, 40)) || NO_ONE_FORCED.test(text))
        ) &&
        !(
          (category === 'physical' || category === 'extortion') &&
          MISTAKEN_BEFORE.test(partBefore(text, h.index, 30)) &&
          !CONFIRMED_AFTER.test(text.slice(h.index, h.index + 30))
        ) &&
        // "把我体育课摔倒的视频发抖音": a fall a video shows is no blow.
        !(
          category === 'physical' &&
          /摔/.test(h.cue) &&
          RECORDING_AFTER.test(text.slice(h.index + h.cue.length))
        ) &&
        !(category === 'physical' && INJURY_MARK.test(h.cue) && anAccident(text)) &&
        !(
          category === 'physical' &&
          // Only the fear of what reporting brings: a child afraid of being hit, or afraid of it for a
          // time within hours, may be about to be (TRIAGE.md: lean to P1).
          REPORTING_FEARED.test(text) &&
          FEARED_HARM_BEFORE.test(partBefore(text, h.index, 24)) &&
          !AGAIN_AFTER.test(text.slice(h.index + h.cue.length)) &&
          !saysNearOrNow(text)
        ) &&
        !(ASKABLE.includes(category) && isHypothetical(text, h.index)) &&
        // "约他打 是打王者", "说的打是打球": a blow explained as a game is none.
        !(
          category === 'physical' &&
          h.cue.startsWith('打') &&
          GAME_SLANG.test(text.slice(h.index, h.index + 20))
        ) &&
        // "不知道会不会真的动手": a harm wondered about is not one done.
        !(category === 'physical' && WONDERED_BEFORE.test(partBefore(text, h.index, 12))) &&
        // "约架 没打成": a fight arranged and called off was never fought.
        !(
          category === 'physical' &&
          ARRANGED_FIGHT.test(text.slice(h.index, h.index + Math.max(h.cue.length, 4))) &&
          calledOffAfter(h)
        ),
    )
    if (found.length > 0) hits.set(category, found)
    for (const h of all) if (h.negated) negatedCues.add(h.cue)
    if (category === 'weapon') {
      deniedWeapon = all.find((h) => h.negated)
      // "没找到刀 可他一直摸着口袋": a denial with a "but" after it leaves the weapon in doubt. A weapon
      // word inside the denial ("结果是那种手枪形状的打火机") is what the denial is about.
      let deniedUpTo = -1
      const later = found.filter((h) => {
        if (h.index < deniedUpTo || LIKENESS_BEFORE.test(text.slice(Math.max(0, h.index - 24), h.index)))
          return true
        const words = text.slice(h.index, h.index + 100)
        const denied = WEAPON_LATER_DENIED.exec(words)
        if (denied === null) return false
        const end = h.index + denied.index + denied[0].length
        if (DOUBT_AFTER.test(text.slice(end))) return false
        deniedUpTo = end + 4
        return true
      })
      if (later.length > 0 && later.length === found.length) {
        weaponsDenied = later
        hits.delete('weapon')
        for (const h of later) negatedCues.add(h.cue)
        deniedWeapon ??= later[0]
      }
    }
  }
  // A group made to leave the child out is exclusion: relational, not cyber (TRIAGE.md).
  if (hits.has('cyber') && GROUP_WITHOUT.test(text) && !IMAGES_OR_WORDS_POSTED.test(text)) {
    hits.delete('cyber')
    hits.set('relational', [
      ...(hits.get('relational') ?? []),
      { cue: 'group without', index: GROUP_WITHOUT.exec(text)?.index ?? 0, negated: false },
    ])
  }
  // A harm the tip says has stopped, told before another that goes on ("the boys who took his money
  // stopped … but now someone made a fake account"): the one going on is what the tip is about.
  for (const [category, found] of hits) {
    const last = found.at(-1) as CueHit
    const stopped = STOPPED_AFTER.test(text.slice(last.index + last.cue.length))
    const later = [...hits].some(([other, h]) => other !== category && h.some((x) => x.index > last.index))
    if (stopped && later && STOPPABLE.includes(category)) hits.delete(category)
  }
  if (!hits.has('self_harm') && !fictionExplained(text)) {
    const signals = selfHarmSignals(text)
    if (signals) {
      hits.set('self_harm', [signals.first])
      reasons.push(`self-harm signals: ${signals.families.join(' + ')}`)
    }
  }
  // "He didn't bring the knife today but said next time he will": the denial covers today only.
  const promised =
    deniedWeapon !== undefined &&
    (weaponPromised(text.slice(deniedWeapon.index, deniedWeapon.index + 50)) ||
      WEAPON_SHOWN_BEFORE.test(text.slice(deniedWeapon.index, deniedWeapon.index + 40)) ||
      WEAPON_ANOTHER.test(text.slice(deniedWeapon.index, deniedWeapon.index + 120)))
  if (deniedWeapon && promised) {
    hits.set('weapon', [deniedWeapon])
    negatedCues.delete(deniedWeapon.cue)
    reasons.push(`weapon promised: ${shown(deniedWeapon.cue)}`)
  }
  for (const cue of negatedCues) reasons.push(`negated: ${shown(cue)}`)

  // "喝醉了会打我": what happens once a condition is met is a habit told, not a threat made.
  const habitual = (t: CueHit) =>
    (WHEN_THEN.test(text.slice(Math.max(0, t.index - 1), t.index + 1)) &&
      !QUOTED_BEFORE.test(clauseBefore(text, t.index))) ||
    (t.cue.startsWith('会') &&
      WHENEVER_BEFORE.test(partBefore(text, t.index, 12)) &&
      !THREAT_SPEECH.test(clauseBefore(text, t.index)))
  const allThreats = allHits(text, THREAT_CUES, true)
  // A threat made with a toy, or in a game's words, is play: neither threat nor weapon.
  // A game's words explain what they follow closely ("同学说今晚刀你 … 其实是狼人杀里的说法", "its a term
  // from a video game"), with no "but" between; said before, only their own part and not with a today.
  const gameTalk = (h: CueHit) => {
    const after = text.slice(h.index, h.index + 48)
    const explained = GAME_SLANG.exec(after)
    if (explained && !CONTRAST.test(after.slice(0, explained.index))) return true
    const part = partBefore(text, h.index, 40) + (text.slice(h.index).split(SENTENCE_PART)[0] ?? '')
    return GAME_SLANG.test(part) && !CONTRAST.test(part) && !saysNearOrNow(part)
  }
  // "考砸了我妈要杀了我哈哈", "my mom will kill me lol": a parent's anger laughed off is a figure of speech;
  // so is a parent's or teacher's over schoolwork left undone ("my teacher is gonna kill me if i dont finish").
  const angerInJest = (h: CueHit) =>
    (PARENT_BEFORE.test(partBefore(text, h.index, 24)) && LAUGHTER.test(text.slice(h.index, h.index + 60))) ||
    (ADULT_BEFORE_EN.test(partBefore(text, h.index, 30)) &&
      UNDONE_WORK_AFTER.test(text.slice(h.index + h.cue.length, h.index + h.cue.length + 80)))
  const played = (h: CueHit) =>
    gameTalk(h) ||
    angerInJest(h) ||
    TOY_MEANS_AFTER.test(text.slice(h.index + h.cue.length, h.index + h.cue.length + 40))
  // "他们在外面等我一起去吃饭": friends waiting to go together, when nothing else in the tip threatens.
  const together = (t: CueHit) =>
    (WAITING_THREAT.test(t.cue) || t.cue === '等着') &&
    TOGETHER_AFTER.test(text.slice(t.index + t.cue.length))
  const harmElsewhere = hits.has('physical') || hits.has('weapon') || allThreats.some((t) => !together(t))
  // "以为他们要打我 结果就骂了几句": a threat the child feared and then saw did not come.
  const mistaken = (t: CueHit) =>
    MISTAKEN_BEFORE.test(partBefore(text, t.index, 30)) &&
    TURNED_OUT_AFTER.test(text.slice(t.index + t.cue.length))
  // "请问霸凌可以匿名检举吗 我怕被报复": the revenge a reporter fears is no threat anyone made.
  const onlyFeared = (t: CueHit) =>
    REPORTING_FEARED.test(text) &&
    FEARED_HARM_BEFORE.test(partBefore(text, t.index, 8)) &&
    !saysNearOrNow(text)
  // "上次说的约架 没打成": a fight called off after it is no threat.
  const threats = allThreats.filter(
    (t) =>
      !habitual(t) &&
      !onlyFeared(t) &&
      !played(t) &&
      !mistaken(t) &&
      !calledOffAfter(t) &&
      !(together(t) && !harmElsewhere),
  )
  const told = allThreats.filter(habitual)
  if (told.length > 0) hits.set('physical', [...told, ...(hits.get('physical') ?? [])])
  const threat = threats[0]
  // "will beat him up" threatens a beating; it does not report one. But a consequence told, not quoted,
  // of weeks of bullying ("逼我写作业 不写就打我 一个多月了") is what has been done each time.
  const habit = firstHit(text, REPEATED_CUES, false) !== undefined
  // "说明天要揍他 … 是误会 不打了": the blow of a threat called off, or only feared, was never struck.
  const voided = allThreats.filter((t) => calledOffAfter(t) || mistaken(t))
  const physical = (hits.get('physical') ?? []).filter(
    (h) =>
      !voided.some((t) => h.index >= t.index && h.index < t.index + t.cue.length) &&
      !threats.some(
        (t) =>
          h.index >= t.index &&
          h.index < t.index + t.cue.length &&
          !(habit && HABIT_CONSEQUENCE.test(t.cue) && !QUOTED_BEFORE.test(clauseBefore(text, t.index))),
      ),
  )
  const cornered = physical.every((h) => CORNERING.test(h.cue))
  if (physical.length > 0 && !(cornered && hits.has('extortion'))) hits.set('physical', physical)
  else hits.delete('physical')
  // A weapon with no one it is meant for is no danger; any threat or blow in the tip keeps it a weapon.
  const weapons = hits.get('weapon') ?? []
  // "劳动课 让每个孩子带菜刀 … 十岁的孩子拿着菜刀坐公交": the tool a lesson asks for, named again.
  // A blade named again after the lesson is told ("knives on the school bus") is the lesson's blade.
  const lessonTools = new Set(weapons.filter((h) => lessonTool(text, h)).map((h) => h.cue))
  if (lessonTools.size > 0) for (const h of weapons) if (BLADE.test(h.cue)) lessonTools.add(h.cue)
  if (
    weapons[0] &&
    !promised &&
    threats.length === 0 &&
    !hits.has('physical') &&
    weapons.every(
      (h) =>
        idleWeapon(text, h) ||
        (played(h) &&
          (!WIELDED_AFTER.test(text.slice(h.index + h.cue.length)) ||
            IN_PLAY_BEFORE.test(partBefore(text, h.index, 12)))) ||
        // The lesson's blade turned on a child ("美术课要用刀 他用刀划我") is a weapon.
        (lessonTools.has(h.cue) && !WIELDED_AFTER.test(text.slice(h.index + h.cue.length))),
    )
  ) {
    hits.delete('weapon')
    reasons.push(`weapon aimed at no one: ${shown(weapons[0].cue)}`)
  }
  // The tip places what it tells in the past, or says all is well now.
  const clearEnd = allClearEnd(text)
  const allClear = clearEnd >= 0
  // "上次说的那个事" dates the earlier report, not what happens now.
  const over = allClear || PAST_CUES.test(text.replace(EARLIER_REPORT, '').replace(PRECEDENT, ''))
  // "每天放学" is a habit; "told me tonight", "今天才跟我说" is when the tip was told, not when harm comes;
  // after "现在没事了" the day's earlier times are past and only times still to come count.
  const nearTimes = allHits(text, NEAR_TIME_CUES, false).filter(
    (t) =>
      // Only times told before an all-clear are over: what it says comes after is still to come.
      !(allClear && t.index < clearEnd && !PLAN_TIME.test(t.cue)) &&
      !HABITUAL_BEFORE_TIME.test(partBefore(text, t.index, 12)) &&
      // "我们现在放学都绕路走": a time of day with 都 after it is a habit.
      !ROUTINE_AFTER_TIME.test(text.slice(t.index + t.cue.length)) &&
      // "本来说好今天放学约架的 后来取消了": the plan for that time is off.
      !calledOff(text.slice(t.index, t.index + 40)) &&
      !(threats.length === 0 && STATE_SINCE_AFTER_TIME.test(text.slice(t.index + t.cue.length))) &&
      !SLEEP_OR_STAYING_AWAY_AFTER_TIME.test(text.slice(t.index + t.cue.length)) &&
      !(
        TOLD_BEFORE_TIME.test(text.slice(Math.max(0, t.index - 24), t.index)) &&
        !CLAUSE_TIME.test(t.cue) &&
        !FUTURE_SAID_AFTER.test(text.slice(t.index + t.cue.length, t.index + t.cue.length + 24)) &&
        // "told him 9pm same place or else": the time the threat right after it is set for ("said it
        // today that he will kill him" tells when it was said).
        !threats.some(
          (h) =>
            h.index > t.index &&
            h.index - t.index <= 24 &&
            !/\bthat\b/.test(text.slice(t.index + t.cue.length, h.index)),
        )
      ) &&
      !TOLD_AFTER_TIME.test(text.slice(t.index + t.cue.length, t.index + t.cue.length + 12)) &&
      !TOLD_AFTER_TIME_EN.test(text.slice(t.index + t.cue.length, t.index + t.cue.length + 40)) &&
      !(
        PUT_OFF_AFTER.test(text.slice(t.index + t.cue.length)) &&
        PUT_OFF_DAY.test(t.cue) &&
        !threats.some((h) => h.index > t.index && h.index - t.index <= 16)
      ) &&
      // "last friday after school", "昨天 放学": the day said just before dates the time of day.
      !(
        !DAY_TIME.test(t.cue) &&
        (PAST_JUST_BEFORE.test(text.slice(Math.max(0, t.index - 20), t.index)) ||
          SAID_ON_PAST_DAY.test(text.slice(Math.max(0, t.index - 24), t.index)))
      ) &&
      !(
        TIME_PAST_OR_NOW_AFTER.test(text.slice(t.index + t.cue.length, t.index + t.cue.length + 16)) &&
        (!/^了/.test(text.slice(t.index + t.cue.length)) ||
          NOW_BEFORE_TIME.test(text.slice(Math.max(0, t.index - 8), t.index))) &&
        // "its after school now", "现在放学了": with a threat or people lying in wait, the time is now.
        // A threat on a condition ("告诉老师就打我", "if i tell") waits for the condition, not the hour.
        !(threats.length > 0 && !CONDITIONAL_THREAT.test(text) && timeIsNow(text, t))
      ),
  )
  const nearTime = nearTimes[0]
  // "放学以后" is near even though "以后" alone is far: a far word inside a near time is part of it.
  const farTimes = allHits(text, FAR_TIME_CUES, false).filter(
    (f) => !nearTimes.some((t) => f.index >= t.index && f.index < t.index + t.cue.length),
  )
  // "didnt get hit today but next week theyll get me": a threat is set for the time said closest to it.
  // A threat to expose the child ("不去就把我的事告诉全班") is no violence, whenever it is set for.
  // "说要带刀来 … 结果是把塑料的玩具刀": a threat of the weapon the tip then denies stays a threat in words.
  // "说敢讲就等着": the "等着" inside a threat on a condition is that threat, condition and all.
  const within = (t: CueHit, u: CueHit) =>
    u !== t && u.index <= t.index && t.index + t.cue.length <= u.index + u.cue.length
  const violent = threats.filter(
    (t) =>
      !EXPOSURE_THREAT.test(t.cue) &&
      !weaponsDenied.some((w) => w.index >= t.index && w.index <= t.index + t.cue.length + 4) &&
      !(t.cue === '等着' && threats.some((u) => within(t, u))),
  )
  // "the kid who threatened me last week is back today": a threat dated in the past is not set for today.
  const pastTimes = allHits(text, PAST_DATES, false)
  // "不交就揍他", "敢讲就再找他": a threat that waits on the child telling or not paying is set for an hour
  // said with it or just before it ("熄灯后要来拿我的东西 不给就打"), not for one told elsewhere in the tip;
  // "hell smash it if he tells" only for one said after it.
  const setFor = (t: CueHit): boolean => {
    // "不给就每天都打他": a consequence promised every day is set for no one hour.
    if (HABITUAL.test(t.cue)) return false
    if (TELL_OR_PAY_CONDITION.test(t.cue))
      return nearTimes.some((n) => n.index - t.index < t.cue.length && t.index - n.index <= 20)
    if (
      TELL_CONDITION_AFTER.test(text.slice(t.index + t.cue.length, t.index + t.cue.length + 24)) ||
      TELL_CONDITION_BEFORE.test(partBefore(text, t.index, 40))
    )
      return nearTimes.some((n) => n.index > t.index && n.index - t.index <= 40)
    return true
  }
  const noTimeSaid = NO_TIME_SAID.test(text)
  // "今天老师搜过他书包了 … 不过他还是放话说要弄死小杰": a day whose own words tell a thing done dates
  // that thing, not a threat told after them.
  const timesFor = (t: CueHit) =>
    nearTimes.filter((n) => {
      const end = n.index + n.cue.length
      const own = text.slice(end).split(SENTENCE_PART)[0] ?? ''
      return !(t.index >= end + own.length && DONE_PART.test(own))
    })
  const threatSetNear = violent.some(
    (t) =>
      !noTimeSaid &&
      setFor(t) &&
      // "怕被报复": the child's fear of what telling brings is set for a time only said beside it.
      !(FEARED_HARM_BEFORE.test(partBefore(text, t.index, 8)) && closest(timesFor(t), t) > 24) &&
      closest(timesFor(t), t) <
        Math.min(
          closest(farTimes, t),
          closest(
            // A past date after the threat dates it only in its own English sentence ("threatened me last
            // week"); after "再收拾他" a date begins what was done before.
            pastTimes.filter(
              (p) =>
                p.index < t.index || (LATIN.test(t.cue) && !SENTENCE_PART.test(text.slice(t.index, p.index))),
            ),
            t,
          ),
        ),
  )
  const futures = allHits(text, FUTURE_INTENT_CUES, false)
  // Only assault among sexual acts: a plan to peep set for tonight is harassment, not harm within hours.
  const harms = [
    ...(hits.get('physical') ?? []),
    ...allHits(text, ASSAULT_CUES, true),
    ...(hits.get('weapon') ?? []),
  ]
  // "今晚要去……扒她裤子": a plan of harm is what the intent word introduces, a few words on.
  // "a fight planned for friday", "打群架约在今晚": the plan may also be said after the harm.
  const plannedHarm =
    futures.some((f) => harms.some((h) => h.index > f.index && h.index - f.index <= 14)) ||
    harms.some((h) => PLANNED_AFTER.test(text.slice(h.index + h.cue.length, h.index + h.cue.length + 16)))
  // "说今晚去我家砸窗户": a near time said of a plan, then a harm not yet done (no 了/过 after it). A time
  // arranged ("约好今晚下晚自习后在后门篮球场打群架") may name its place before the fight.
  const beforeNear =
    nearTime === undefined ? '' : text.slice(Math.max(0, nearTime.index - 3), nearTime.index).trim()
  const planReach = /约(?:好|了|定)$/.test(beforeNear) ? 20 : 12
  const timedPlan =
    nearTime !== undefined &&
    (PLAN_TIME.test(nearTime.cue) || PLAN_BEFORE_TIME.test(beforeNear)) &&
    harms.some(
      (h) =>
        h.index > nearTime.index &&
        h.index - nearTime.index <= planReach &&
        !/[了过]/.test(text.slice(nearTime.index, h.index + h.cue.length + 2)),
    )
  // "scared of getting beaten after school": a harm the child fears, set for a time within hours.
  const fearedSoon = (hits.get('physical') ?? []).some(
    (h) =>
      FEARED_HARM_BEFORE.test(partBefore(text, h.index, 24)) &&
      nearTimes.some((t) => t.index > h.index && t.index - h.index <= 24),
  )
  const timedHarm = nearTime !== undefined && (threatSetNear || plannedHarm || timedPlan || fearedSoon)

  // Harm going on while the tipster writes, or a cry for help: a danger of now, unless the tip
  // places it in the past ("上学期打过我，现在没事了").
  // A parent's "please help us" after weeks of it told pleads about the matter, not for now.
  const habitSaid = HABITUAL.test(text)
  const habitTold = habitSaid || firstHit(text, REPEATED_CUES, false) !== undefined
  const presentHits = liveHits(text, [...PRESENT_CUES, ...HELP_CUES, ...ONGOING_CUES])
  const heldHits = habitSaid
    ? []
    : liveHits(
        text,
        HELD_NOW_CUES,
        (after, h) => heldNoLonger(after, h) || RELEASED_BEFORE.test(text.slice(0, h.index)),
      )
  const present =
    presentHits[0] ??
    (habitTold ? undefined : liveHit(text, PLEA_FOR_OTHERS_CUES)) ??
    heldHits[0] ??
    (habitSaid ? undefined : liveHit(text, SCENE_CUES, SCENE_DONE_AFTER))
  // A child shut in and not said to be out is held now, whatever past the tip also tells ("he locked me in
  // at lunch … the bell rang ages ago and nobody hears me knocking"), unless a day just before dates it.
  const shutInNow =
    present !== undefined &&
    (hits.get('physical') ?? []).some((h) => SHUT_IN.test(h.cue)) &&
    [present, ...heldHits].some(
      (p) => !datedJustBefore(text, p.index) && !RELEASED_AFTER.test(text.slice(p.index)),
    )
  const nows = allHits(text, [RIGHT_NOW, AFRAID_TO_GO_ON], false).filter(
    (n) => !NEGATED_INSIDE.test(text.slice(n.index, n.index + 6)),
  )
  // "上个月被人打到 … 说他们现在在校门口等他": a child held or waited for "now" is so now, whatever past came before.
  const saidNow = heldHits.find(
    (p) =>
      !CARER_JUST_BEFORE.test(partBefore(text, p.index, 4)) &&
      nows.some((n) => NOW_ITSELF.test(n.cue) && n.index <= p.index + 1 && p.index - n.index <= 8),
  )
  const dangerNow = present !== undefined && (!over || shutInNow) ? present : saidNow

  // Followed or waited for on the way or at home: now when a "now" is said with it ("他们现在在我家楼下",
  // "following me right now"; an earlier "之前打过我" dates the hitting, not this), or set for a near
  // time ("说明天放学要跟着我回家"); a habit ("每天", "keep") is neither.
  const followingHits = allHits(text, FOLLOWING_CUES, true)
  const escorts = followingHits.length > 0 ? allHits(text, ESCORT_CUES, true) : []
  const following = [...followingHits, ...escorts].filter(
    (f) => !HABIT_BEFORE_NOW.test(partBefore(text, f.index, 8)),
  )
  const followedNow =
    !allClear && (dangerNow !== undefined || near(following, nows, 16)) && following.length > 0
  const followedSoon =
    nearTime !== undefined &&
    following.some(
      (f) =>
        f.index > nearTime.index &&
        f.index - nearTime.index <= 14 &&
        (PLAN_TIME.test(nearTime.cue) ||
          futures.some((u) => u.index <= f.index && f.index - u.index <= 6) ||
          PLAN_BEFORE_TIME.test(text.slice(Math.max(0, nearTime.index - 3), nearTime.index).trim())),
    )
  const followed = followingHits[0]

  // A threat of violence set for a time, or made while the child is hunted now, is physical; a
  // threat alone is verbal (TRIAGE.md).
  if ((timedHarm || dangerNow) && violent[0] && !hits.has('physical')) hits.set('physical', [violent[0]])
  // A threat dated to a past day and told as what was done, not said ("上周五放学有人找人堵他"), is an
  // ambush that was laid: violence, even if the child got away.
  const ambush = violent.find(
    (t) =>
      AMBUSH_THREAT.test(t.cue) &&
      pastTimes.some(
        (p) =>
          p.index < t.index &&
          t.index - p.index <= 48 &&
          !QUOTED_BEFORE.test(text.slice(p.index, t.index + t.cue.length)),
      ),
  )
  if (ambush && !hits.has('physical')) hits.set('physical', [ambush])
  // Followed now or at a set time, or followed by those who threaten violence: violence is what the
  // following leads to (TRIAGE.md: a threat set for a time is physical). Followed alone is `other`:
  // no harm is named, but the child's safety is the concern.
  // Lying in wait ("在车棚等我") is a threat but no insult: it makes nothing verbal.
  const spoken = threats.find((t) => !WAITING_THREAT.test(t.cue))
  const followedHarm =
    following[0] !== undefined && (followedNow || followedSoon) ? following[0] : spoken && followed
  if (followedHarm && !hits.has('physical')) hits.set('physical', [followedHarm])
  if (spoken && !hits.has('verbal')) hits.set('verbal', [spoken])
  // The child says where they are and that those they fear are just outside: hunted, as a hiding child is.
  const hemmedIn = CHILD_PLACE.test(text) ? liveHit(text, THEY_OUTSIDE_CUES) : undefined
  if (hemmedIn && !hits.has('physical')) hits.set('physical', [hemmedIn])

  // An assault told in words only the assault list knows ("用手蹭女生的胸") is sexual, as its urgency says.
  const assaulted = hits.has('sexual') ? undefined : assaultTold(text)
  if (assaulted) hits.set('sexual', [assaulted])
  // Photos or videos passed around are cyber bullying even when no platform is named.
  const images = imagesSpread(text)
  if (images && !hits.has('cyber')) hits.set('cyber', [images])

  let category: Category = CATEGORY_PRECEDENCE.find((c) => hits.has(c)) ?? 'other'
  const staff = firstHit(text, STAFF_ACTOR_CUES)
  const staffRest: readonly Category[] = ['physical', 'extortion', 'cyber', 'relational']
  // "有人说他身上有味 不跟他坐…老师就把他调到最后一排": pupils did it first; the teacher's act follows it.
  const deed = hits.get(category)?.[0]
  const pupilsFirst =
    deed !== undefined &&
    staff !== undefined &&
    deed.index < staff.index &&
    PUPIL_ACTOR_BEFORE.test(partBefore(text, deed.index, 12))
  if (staff && staffRest.includes(category) && !pupilsFirst) {
    reasons.push(`category: other (staff conduct "${shown(staff.cue)}")`)
    category = 'other'
  } else {
    const cue = hits.get(category)?.[0]
    reasons.push(cue ? `category: ${category} (${shown(cue.cue)})` : 'category: other (no specific cue)')
  }

  const urgency = decideUrgency(
    text,
    category,
    hits,
    {
      threat,
      nearTime,
      timedHarm,
      dangerNow,
      over,
      followed,
      followedAtOnce: following[0] !== undefined && (followedNow || followedSoon) ? following[0] : undefined,
      hemmedIn,
      cry: CRY_ONLY.test(text.replace(NOT_WORDS, ' ').replace(/\s+/g, ' ').trim()),
    },
    reasons,
  )
  return { category, urgency, reasons }
}

function decideUrgency(
  text: string,
  category: Category,
  hits: ReadonlyMap<Category, CueHit[]>,
  timing: {
    threat: CueHit | undefined
    nearTime: CueHit | undefined
    timedHarm: boolean
    dangerNow: CueHit | undefined
    over: boolean
    followed: CueHit | undefined
    followedAtOnce: CueHit | undefined
    hemmedIn: CueHit | undefined
    cry: boolean
  },
  reasons: string[],
): Urgency {
  const p1 = (why: string): Urgency => {
    reasons.push(`urgency: P1 — ${why}`)
    return 'P1'
  }
  if (hits.has('self_harm')) return p1(`self-harm "${shown(hits.get('self_harm')?.[0]?.cue ?? '')}"`)
  if (hits.has('weapon')) return p1(`weapon "${shown(hits.get('weapon')?.[0]?.cue ?? '')}"`)
  const assault = assaultTold(text)
  if (assault) return p1(`sexual assault "${shown(assault.cue)}"`)
  if (timing.timedHarm && timing.nearTime) return p1(`time "${shown(timing.nearTime.cue)}"`)
  if (timing.cry) return p1('a cry for help and nothing else')
  if (timing.hemmedIn && !timing.over) return p1(`cornered now "${shown(timing.hemmedIn.cue)}"`)
  if (timing.followedAtOnce) return p1(`followed or waited for now "${shown(timing.followedAtOnce.cue)}"`)
  // "又在车棚把我堵了 … 现在没事了": what the tipster says after it ends what was going on.
  // "救命 数学作业太多了哈哈", "救命啊 社死了 班群里有人改我昵称": a cry in jest or exasperation, laughing
  // or in a mood's slang, beside no harm but words or a post, nothing said to go on now or hold the child,
  // and not said to be serious.
  // A parent crying out about words said to their child, or about weeks of money taken, or about
  // something long past ("救命！我儿子被同学取绰号", "快报警 … 前天晚上的事"), cries out in anger.
  const outraged =
    (WORDS_ONLY.includes(category) && OWN_CHILD.test(text)) ||
    (['extortion', 'cyber', 'relational', 'verbal', 'other'].includes(category) &&
      (firstHit(text, REPEATED_CUES, false) !== undefined || PAST_EVENT_SAID.test(text)))
  const exasperated =
    !timing.threat &&
    !NOT_A_JOKE.test(text) &&
    liveHit(text, [...PRESENT_CUES, ...HELD_NOW_CUES]) === undefined &&
    firstHit(text, [RIGHT_NOW], false) === undefined &&
    (LAUGHTER.test(text) ||
      HYPERBOLE.test(text) ||
      (WORDS_ONLY.includes(category) && MOOD_SLANG.test(text)) ||
      outraged) &&
    (WORDS_ONLY.includes(category) || category === 'other' || (outraged && category === 'extortion'))
  const ongoing = liveHit(
    text,
    ONGOING_CUES,
    // "its going round every gc rn": what goes on now is the spreading, not harm to the child's body.
    (after, hit) =>
      endsHarm(after, hit) ||
      (exasperated && EXCLAIMED.test(hit.cue)) ||
      SPREADING_BEFORE.test(text.slice(Math.max(0, hit.index - 40), hit.index)),
  )
  if (ongoing) return p1(`happening now "${shown(ongoing.cue)}"`)
  const harmNamed = hits.has('physical') || timing.threat !== undefined
  if (harmNamed && timing.dangerNow) return p1(`harm going on now "${shown(timing.dangerNow.cue)}"`)
  // "theyve got him behind the canteen and are going through his pockets": a robbery while it happens.
  // "被同一伙人要了三次钱 … 几个人围着他要 他每次都给了": a robbery told as what keeps happening is not now.
  // "校门口有高年级的在抢低年级小孩的钱 就现在": a robbery said to go on now.
  const robbedNow =
    category === 'extortion' && !timing.over && !HABITUAL.test(text) && !TIMES_OVER.test(text)
      ? liveHit(text, [...PRESENT_CUES, ROBBING_NOW])
      : undefined
  if (robbedNow) return p1(`robbed now "${shown(robbedNow.cue)}"`)
  // "膝盖流血了 … 现在不疼了": pain or bleeding the child says has stopped is not an injury needing help
  // now; vomiting or a limb bent wrong is, whatever they say of the pain.
  // "一看到校车就发抖": what happens to the child whenever something comes is how they have been.
  const injuries = sufferedHits(text, INJURY_CUES).filter(
    (h) =>
      !(PAIN_OR_BLEEDING.test(h.cue) && NOT_HURTING.test(text.slice(h.index))) &&
      !saysAllClear(text.slice(h.index)) &&
      !WHENEVER_THEN_BEFORE.test(partBefore(text, h.index, 14)),
  )
  if (near(injuries, allHits(text, NOW_CUES, false), 24))
    return p1(`injured now "${shown(injuries[0]?.cue ?? '')}"`)
  // Violence reported with a "now" and nothing placing it in the past may still be going on.
  const now = firstHit(text, [RIGHT_NOW], false)
  // "她现在瘦得不成样子": a "now" that tells how the child is, not what is done to them.
  if (
    hits.has('physical') &&
    now &&
    !timing.over &&
    !NOW_STATE_AFTER.test(text.slice(now.index + now.cue.length, now.index + now.cue.length + 6))
  )
    return p1(`violence, now "${shown(now.cue)}"`)
  // A date anywhere places the injury in the past ("肋骨断了 上周的事"); other words of the past count
  // only before it: "晕倒了 之前被人打过头" explains the injury, it does not date it. An injury told as
  // how the child is now ("got jumped last night and he wont wake up") only an all-clear ends; those who
  // did it gone ("他们都跑了") leave the wound as it was.
  const severe = sufferedHits(text, SEVERE_INJURY_CUES)[0]
  const severeDated =
    severe !== undefined &&
    (allClearEnd(text.slice(severe.index), [ALL_CLEAR]) >= 0 ||
      (!SEVERE_STILL.test(severe.cue) &&
        (DATED_PAST.test(text) || PAST_CUES.test(text.slice(0, severe.index + severe.cue.length + 1)))))
  if (severe && !severeDated) return p1(`badly hurt "${shown(severe.cue)}"`)
  // A blow named, and signs that the injury needs help now (sleepy, slurred words, vomiting, blood in
  // the urine): whatever the child says of the pain, and whatever all-clear follows.
  const danger = hits.has('physical') ? firstHit(text, INJURY_DANGER_SIGNS) : undefined
  if (danger) return p1(`injury needing help "${shown(danger.cue)}"`)
  // A child heard screaming while hurt: nobody knows yet whether they are safe (TRIAGE.md: lean to P1).
  // "wakes up screaming at night" tells how the child has been, not a cry now.

  const distress = allHits(text, DISTRESS_CUES, true).find(
    (h) => !WAKING_BEFORE.test(text.slice(Math.max(0, h.index - 12), h.index)),
  )
  if (distress && hits.has('physical') && !timing.over)
    return p1(`child in distress "${shown(distress.cue)}"`)
  // Fear or a plea said now with violence named (a threat alone with fear stays a threat), or a child who says they are in danger or hiding, and
  // nothing placing it in the past nor telling a habit: unclear whether the child is safe (TRIAGE.md: lean to P1).
  if (!timing.over && !HABITUAL.test(text) && firstHit(text, REPEATED_CUES, false) === undefined) {
    const plea = hits.has('physical') ? liveHit(text, PLEA_CUES) : undefined
    if (plea) return p1(`harm with a plea or fear "${shown(plea.cue)}"`)
    // A harm or threat told in the progressive is going on while the tipster writes.
    const progressive = harmNamed && LATIN.test(text) ? liveHit(text, [PROGRESSIVE_EN]) : undefined
    if (progressive) return p1(`harm told as going on "${shown(progressive.cue)}"`)
    // "已经接到了 人没事 … 这样真的很危险": after the alarm is over, "dangerous" is a complaint.
    // "放学过马路很危险": the danger of traffic is a complaint about the road, not a child in danger now.
    const danger = liveHit(text, DANGER_CUES)
    if (danger && !safeBefore(text, danger.index) && !ROAD_BEFORE.test(partBefore(text, danger.index, 16)))
      return p1(`child in danger or hiding "${shown(danger.cue)}"`)
  }

  const stranger = liveHit(
    text,
    STRANGER_NOW_CUES,
    (after, h) => timing.over && !STRANGER_STILL_THERE.test(h.cue + after.slice(0, 24)),
  )
  if (stranger) return p1(`stranger there now "${shown(stranger.cue)}"`)
  // "说那个小孩没回家的 找到了 … 是我搞错了": found since, or a mistake owned, after it.
  // "有个同学被带走了 … 我这边已经接到孩子了": the tipster's own alarm resolved is not the other child
  // taken; and a second child missing after the first is found is missing still.
  // A denial denies being out of reach only right before it ("没失联"): in a transcript run together, "还没找着
  // 电话手表关机" tells a child not found and a watch switched off.
  const unreachable = allHits(text, UNREACHABLE_CUES, false).find((u) => {
    if (u.negated && (LATIN.test(u.cue[0] ?? '') || DENIAL_RIGHT_BEFORE.test(text.slice(0, u.index))))
      return false
    const after = text.slice(u.index)
    const someoneElse = OTHER_CHILD_BEFORE.test(partBefore(text, u.index, 30))
    if (STAFF_CALLED_BEFORE.test(partBefore(text, u.index, 8))) return false
    const resolved =
      FOUND_AGAIN.test(after) ||
      FOUND_BEFORE.test(text.slice(0, u.index)) ||
      (ALARM_RESOLVED.test(after) && !someoneElse)
    return !resolved && !saysAllClear(after)
  })
  if (unreachable) return p1(`child unreachable "${shown(unreachable.cue)}"`)

  const p2 = (why: string): Urgency => {
    reasons.push(`urgency: P2 — ${why}`)
    return 'P2'
  }
  if (hits.has('physical') && category !== 'other') return p2('past physical harm')
  if (category === 'other' && hits.has('physical')) return p2('staff used force')
  if (category === 'extortion') return p2('extortion')
  if (category === 'sexual') return p2('sexual harassment')
  const images = imagesSpread(text)
  if (category === 'cyber' && images) return p2(`images spread "${shown(images.cue)}"`)
  if (timing.threat) return p2(`threat "${shown(timing.threat.cue)}"`)
  if (timing.followed && !saysAllClear(text.slice(timing.followed.index)))
    return p2(`followed or waited for "${shown(timing.followed.cue)}"`)
  const repeated = firstHit(text, REPEATED_CUES, false)
  if (repeated && category !== 'other') return p2(`repeated "${shown(repeated.cue)}"`)
  reasons.push('urgency: P3 — routine')
  return 'P3'
}
