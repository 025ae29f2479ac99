import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../src')
const botFiles = [
  ...readdirSync(join(root, 'channels/telegram')).map((f) => `channels/telegram/${f}`),
  'relay/telegram.ts',
  'officer/linking.ts',
]

describe('the Telegram bot’s code', () => {
  it.each(botFiles)('%s imports nothing that only Node has (it runs on Workers too)', (file) => {
    const source = readFileSync(join(root, file), 'utf8')
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1])
    expect(
      imports.filter((i) => i?.startsWith('node:') || /^(fs|path|http|https|crypto|os)$/.test(i ?? '')),
    ).toEqual([])
    expect(imports.filter((i) => i?.includes('runtime/'))).toEqual([])
    expect(source).not.toMatch(/\bprocess\.|\bBuffer\./)
  })
})
