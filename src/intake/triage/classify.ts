import {
  ASSAULT_CUES,
  CATEGORY_CUES,
  EN_NEGATION,
  EN_NOT_NEGATION,
  FUTURE_INTENT_CUES,
  HABITUAL_BEFORE_TIME,
  IMAGES_SPREAD_CUES,
  INJURY_CUES,
  NEAR_TIME_CUES,
  NOW_CUES,
  ONGOING_CUES,
  PAST_CUES,
  REPEATED_CUES,
  RIGHT_NOW,
  SEVERE_INJURY_CUES,
  STAFF_ACTOR_CUES,
  THREAT_CUES,
  UNREACHABLE_CUES,
  ZH_NEGATION,
  ZH_NOT_NEGATION,
} from './lexicon'
import { CATEGORY_PRECEDENCE, type Category, type Urgency } from './types'

interface CueHit {
  cue: string
  index: number
}

export interface Classification {
  category: Category
  urgency: Urgency
  reasons: string[]
}

const CLAUSE_BREAK = /[\s，。！？；、,.!?;:：]/
// A negation does not reach past these: "我没给就被他扇了" negates the giving, not the slap.
const ZH_NEGATION_STOP = /[就但又却才还可]/
const MAX_CUE_SHOWN = 16

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
  if (ZH_NEGATION.test(zh.replace(ZH_NOT_NEGATION, ''))) return true
  const before = text.slice(Math.max(0, start - 40), start)
  const clause = before.split(/[,.;!?]|\bbut\b/).at(-1) ?? ''
  // Only English words right before the cue: Chinese in between ends their reach ("not。他说要拿刀捅我").
  const english = /[a-z0-9\s]*$/.exec(clause)?.[0] ?? ''
  const lastWords = english.trim().split(/\s+/).slice(-3).join(' ')
  return EN_NEGATION.test(lastWords.replace(EN_NOT_NEGATION, ''))
}

function allHits(text: string, patterns: readonly RegExp[], negatable: boolean): CueHit[] {
  const hits: CueHit[] = []
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      if (negatable && isNegated(text, m.index)) continue
      hits.push({ cue: m[0], index: m.index })
    }
  }
  return hits.sort((a, b) => a.index - b.index)
}

const firstHit = (text: string, patterns: readonly RegExp[], negatable = true): CueHit | undefined =>
  allHits(text, patterns, negatable)[0]

/** Hits of `a` and `b` no more than `distance` characters apart. */
function near(a: readonly CueHit[], b: readonly CueHit[], distance: number): boolean {
  return a.some((x) => b.some((y) => Math.abs(x.index - y.index) <= distance))
}

/** English contractions lose their apostrophe ("didn't" = "didnt") and "'ll" becomes " will". */
export function contractionsSpelt(text: string): string {
  return text.replace(/[’']ll\b/g, ' will').replace(/[’']/g, '')
}

/** Category and urgency of a tip in its matching form (normalizeForMatch + contractionsSpelt), with the cues that decided. */
export function classifyTip(text: string): Classification {
  const reasons: string[] = []
  const negatedCues = new Set<string>()
  const hits = new Map<Category, CueHit[]>()
  for (const { category, cues } of CATEGORY_CUES) {
    const found = allHits(text, cues, true)
    if (found.length > 0) hits.set(category, found)
    for (const h of allHits(text, cues, false))
      if (!found.some((f) => f.index === h.index)) negatedCues.add(h.cue)
  }
  for (const cue of negatedCues) reasons.push(`negated: ${shown(cue)}`)

  const threats = allHits(text, THREAT_CUES, true)
  const threat = threats[0]
  // "will beat him up" threatens a beating; it does not report one.
  const physical = (hits.get('physical') ?? []).filter(
    (h) => !threats.some((t) => h.index >= t.index && h.index < t.index + t.cue.length),
  )
  if (physical.length > 0) hits.set('physical', physical)
  else hits.delete('physical')
  const nearTime = allHits(text, NEAR_TIME_CUES, false).find(
    (t) => !HABITUAL_BEFORE_TIME.test(text.slice(Math.max(0, t.index - 12), t.index)),
  )
  const futures = allHits(text, FUTURE_INTENT_CUES, false)
  const harms = [
    ...(hits.get('physical') ?? []),
    ...(hits.get('sexual') ?? []),
    ...(hits.get('weapon') ?? []),
  ]
  // "今晚要去……扒她裤子": a plan of harm is what the intent word introduces, a few words on.
  const plannedHarm = futures.some((f) => harms.some((h) => h.index > f.index && h.index - f.index <= 14))
  const timedHarm = nearTime !== undefined && (threat !== undefined || plannedHarm)

  // A threat of violence set for a time is physical; a threat alone is verbal (TRIAGE.md).
  if (timedHarm && threat && !hits.has('physical')) hits.set('physical', [threat])
  if (threat && !hits.has('verbal')) hits.set('verbal', [threat])

  // Photos or videos passed around are cyber bullying even when no platform is named.
  const images = firstHit(text, IMAGES_SPREAD_CUES)
  if (images && !hits.has('cyber')) hits.set('cyber', [images])

  let category: Category = CATEGORY_PRECEDENCE.find((c) => hits.has(c)) ?? 'other'
  const staff = firstHit(text, STAFF_ACTOR_CUES)
  const staffRest: readonly Category[] = ['physical', 'extortion', 'cyber', 'relational']
  if (staff && staffRest.includes(category)) {
    reasons.push(`category: other (staff conduct "${shown(staff.cue)}")`)
    category = 'other'
  } else {
    const cue = hits.get(category)?.[0]
    reasons.push(cue ? `category: ${category} (${shown(cue.cue)})` : 'category: other (no specific cue)')
  }

  const urgency = decideUrgency(text, category, hits, { threat, nearTime, timedHarm }, reasons)
  return { category, urgency, reasons }
}

function decideUrgency(
  text: string,
  category: Category,
  hits: ReadonlyMap<Category, CueHit[]>,
  timing: { threat: CueHit | undefined; nearTime: CueHit | undefined; timedHarm: boolean },
  reasons: string[],
): Urgency {
  const p1 = (why: string): Urgency => {
    reasons.push(`urgency: P1 — ${why}`)
    return 'P1'
  }
  if (hits.has('self_harm')) return p1(`self-harm "${shown(hits.get('self_harm')?.[0]?.cue ?? '')}"`)
  if (hits.has('weapon')) return p1(`weapon "${shown(hits.get('weapon')?.[0]?.cue ?? '')}"`)
  const assault = firstHit(text, ASSAULT_CUES)
  if (assault) return p1(`sexual assault "${shown(assault.cue)}"`)
  if (timing.timedHarm && timing.nearTime) return p1(`time "${shown(timing.nearTime.cue)}"`)
  const ongoing = firstHit(text, ONGOING_CUES)
  if (ongoing) return p1(`happening now "${shown(ongoing.cue)}"`)
  const injuries = allHits(text, INJURY_CUES, true)
  if (near(injuries, allHits(text, NOW_CUES, false), 24))
    return p1(`injured now "${shown(injuries[0]?.cue ?? '')}"`)
  // Violence reported with a "now" and nothing placing it in the past may still be going on.
  const now = firstHit(text, [RIGHT_NOW], false)
  if (hits.has('physical') && now && !PAST_CUES.test(text)) return p1(`violence, now "${shown(now.cue)}"`)
  const severe = firstHit(text, SEVERE_INJURY_CUES)
  if (severe && !PAST_CUES.test(text)) return p1(`badly hurt "${shown(severe.cue)}"`)
  const unreachable = firstHit(text, UNREACHABLE_CUES)
  if (unreachable) return p1(`child unreachable "${shown(unreachable.cue)}"`)

  const p2 = (why: string): Urgency => {
    reasons.push(`urgency: P2 — ${why}`)
    return 'P2'
  }
  if (hits.has('physical') && category !== 'other') return p2('past physical harm')
  if (category === 'other' && hits.has('physical')) return p2('staff used force')
  if (category === 'extortion') return p2('extortion')
  if (category === 'sexual') return p2('sexual harassment')
  const images = firstHit(text, IMAGES_SPREAD_CUES)
  if (category === 'cyber' && images) return p2(`images spread "${shown(images.cue)}"`)
  if (timing.threat) return p2(`threat "${shown(timing.threat.cue)}"`)
  const repeated = firstHit(text, REPEATED_CUES, false)
  if (repeated && category !== 'other') return p2(`repeated "${shown(repeated.cue)}"`)
  reasons.push('urgency: P3 — routine')
  return 'P3'
}
