import { describe, expect, it } from 'vitest'
import { detectLanguage, triageTip } from '../../src/intake/triage/index'
import { isPinyinText, pinyinToHan } from '../../src/intake/triage/romanized'
import { repairDangerWords } from '../../src/intake/triage/soundalike'
import { demoCounty } from './county'

const county = demoCounty()
const triage = (text: string, channel: 'sms' | 'voice' | 'telegram' = 'sms') =>
  triageTip({ text, channel }, county)

describe('a tip typed in pinyin', () => {
  it('is told apart from English', () => {
    expect(isPinyinText('ta men zuotian you da wo')).toBe(true)
    expect(isPinyinText('wo hen haipa')).toBe(true)
    expect(isPinyinText('he hit me at lunch')).toBe(false)
    expect(isPinyinText('she said no')).toBe(false)
    expect(isPinyinText('help')).toBe(false)
  })

  it('is Chinese, answered in simplified characters', () => {
    expect(detectLanguage('laoshi bu guan wo')).toBe('zh-Hans')
    expect(detectLanguage('nobody helps me')).toBe('en')
  })

  it('has its cue words read back into characters, across spaces', () => {
    expect(pinyinToHan('ta yao wo qian')).toBe('他要我钱')
    expect(pinyinToHan('wo zhidao')).toBe('我  ')
    expect(pinyinToHan('mingtian fangxue hou')).toBe('明天放学后')
    expect(pinyinToHan('wo xiang zisha')).toBe('我想自杀')
  })

  it('is triaged by the same lexicon as characters', () => {
    const got = triage('tongxue shuo ta xiang zi sha')
    expect(got.category).toBe('self_harm')
    expect(got.urgency).toBe('P1')
    expect(got.language).toBe('zh-Hans')
    expect(triage('yucai you ren mingtian fangxue yao da wo').urgency).toBe('P1')
  })
})

describe('written Cantonese', () => {
  it('is read with Mandarin function words', () => {
    expect(triage('佢哋成日喺廁所打我').category).toBe('physical')
    const plan = triage('佢話聽日放學要揾人打我')
    expect(plan.urgency).toBe('P1')
    expect(plan.language).toBe('zh-Hant')
    expect(triage('我唔想活落去').category).toBe('self_harm')
  })
})

describe('danger words written with sound-alike characters', () => {
  it('are repaired when one character sounds the same', () => {
    expect(repairDangerWords('他说他想自沙').text).toBe('他说他想自杀')
    expect(repairDangerWords('书包里有根甩滚').repairs).toEqual(['甩滚→甩棍'])
    expect(repairDangerWords('他们收保户费').text).toBe('他们收保护费')
  })

  it('are left alone when the word only begins across two words or sounds different', () => {
    expect(repairDangerWords('骂他傻子残废').repairs).toEqual([])
    expect(repairDangerWords('自己去').repairs).toEqual([])
    expect(repairDangerWords('他摔倒了').repairs).toEqual([])
  })

  it('decide the category and urgency of a voice tip', () => {
    const got = triage('我同桌昨天跟我说她想自沙', 'voice')
    expect(got.category).toBe('self_harm')
    expect(got.reasons).toContain('sounds like: 自沙→自杀')
    expect(triage('他拿着倒在走廊里追人', 'voice').category).toBe('weapon')
  })
})

describe('simplified text', () => {
  it('keeps its simplified characters, 么 included', () => {
    expect(triage('活着有什么意思 不如死了').category).toBe('self_harm')
    expect(triage('我在想怎么死才不疼').category).toBe('self_harm')
  })
})
