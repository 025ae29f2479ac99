import { describe, expect, it } from 'vitest'
import { heardKey } from '../../src/intake/triage/heard'

describe('how Latin letters sound to an English ear', () => {
  it('gives pinyin and its English hearing the same key', () => {
    for (const [pinyin, heard] of [
      ['maji', 'ma gee'],
      ['shiqiao', 'she chow'],
      ['qingquan', 'ching chuan'],
      ['wangjiazhuang', 'wong jar zhuang'],
      ['yucai', 'you tsai'],
      ['nanhu', 'nan who'],
      ['minzu', 'min zoo'],
      ['chengguan', 'cheng gwan'],
    ] as const)
      expect(heardKey(heard)).toBe(heardKey(pinyin))
  })

  it('keeps apart names that sound apart', () => {
    expect(heardKey('maji')).not.toBe(heardKey('magic'))
    expect(heardKey('baisha')).not.toBe(heardKey('yucai'))
    expect(heardKey('qinghe')).not.toBe(heardKey('qingquan'))
  })
})
