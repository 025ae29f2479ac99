import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/intake/triage/index'

describe('detectLanguage', () => {
  it('tells simplified, traditional and English apart', () => {
    expect(detectLanguage('有人在厕所里打我')).toBe('zh-Hans')
    expect(detectLanguage('有人在廁所裡打我')).toBe('zh-Hant')
    expect(detectLanguage('someone hit me in the toilet')).toBe('en')
  })

  it('keeps Chinese with English words mixed in as Chinese', () => {
    expect(detectLanguage('他在ins上diss我 好emo')).toBe('zh-Hans')
    expect(detectLanguage('他們在IG上留言罵我 說我很ugly')).toBe('zh-Hant')
  })

  it('keeps English that names a school in Chinese as English', () => {
    expect(detectLanguage('my son at 青禾一中 gets pushed around every day')).toBe('en')
  })

  it('uses the default language for a tip without words', () => {
    expect(detectLanguage('1003')).toBe('zh-Hans')
    expect(detectLanguage('🙏🙏', 'en')).toBe('en')
    expect(detectLanguage('1003 ？')).toBe('zh-Hans')
  })

  it('falls back when only characters both scripts share are used', () => {
    expect(detectLanguage('好怕', 'zh-Hant')).toBe('zh-Hant')
  })
})
