import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { simplifiedToTraditional, traditionalToSimplified } from '../../src/intake/triage/normalize'

/** Every character of the CJK blocks a tip can hold (Unified Ideographs, Extension A, Compatibility). */
function* hanCharacters() {
  for (const [from, to] of [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ] as const) {
    for (let code = from; code <= to; code++) yield String.fromCodePoint(code)
  }
}

describe('the character tables triage converts with', () => {
  it('convert every single character as OpenCC’s full Taiwan presets do', () => {
    const fullToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })
    const fullToTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
    const differing: string[] = []
    for (const ch of hanCharacters()) {
      if (traditionalToSimplified(ch) !== fullToSimplified(ch)) differing.push(`${ch}→cn`)
      if (simplifiedToTraditional(ch) !== fullToTraditional(ch)) differing.push(`${ch}→tw`)
    }
    expect(differing).toEqual([])
    expect(traditionalToSimplified('學校裡')).toBe('学校里')
    expect(simplifiedToTraditional('学校里')).toBe('學校裡')
  })
})
