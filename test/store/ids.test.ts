import { describe, expect, it } from 'vitest'
import { newId } from '../../src/core'

describe('row ids', () => {
  it('are UUIDs of version 7 that hold the time they were made', () => {
    const before = Date.now()
    const id = newId()
    const after = Date.now()
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const ms = Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)
    expect(ms).toBeGreaterThanOrEqual(before)
    expect(ms).toBeLessThanOrEqual(after)
  })

  it('made in different milliseconds sort in the order they were made, and never repeat', async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      ids.push(newId())
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    expect([...ids].sort()).toEqual(ids)
    const many = Array.from({ length: 10_000 }, newId)
    expect(new Set(many).size).toBe(many.length)
  })
})
