import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64, toHex } from '../src/crypto/encoding'
import { nobleSodium } from '../src/crypto/noble'
import { loadSodium } from '../src/crypto/sodium'
import { type SodiumVectors, VECTOR_MESSAGES } from './vectors/messages'

const vectors: SodiumVectors = JSON.parse(
  readFileSync(new URL('./vectors/sodium.json', import.meta.url), 'utf8'),
)
const keys = {
  secretbox: fromBase64(vectors.keys.secretbox),
  hash: fromBase64(vectors.keys.hash),
  boxPublic: fromBase64(vectors.keys.boxPublic),
  boxSecret: fromBase64(vectors.keys.boxSecret),
}
const libsodium = await loadSodium()
const noble = nobleSodium()
const implementations = { libsodium, noble }

describe('the checked-in vectors (opened by noble inside workerd in test/worker/crypto.test.ts)', () => {
  it('cover every vector message and are libsodium’s own output', () => {
    expect(vectors.cases.map((c) => c.message)).toEqual(
      VECTOR_MESSAGES.map((m) => Buffer.from(m).toString('base64')),
    )
    for (const c of vectors.cases) {
      const message = fromBase64(c.message)
      expect(toHex(libsodium.keyedHash(keys.hash, message))).toBe(c.keyedHash)
      expect(libsodium.secretboxOpen(keys.secretbox, fromBase64(c.secretbox))).toEqual(message)
      expect(libsodium.sealedBoxOpen(keys.boxPublic, keys.boxSecret, fromBase64(c.sealedBox))).toEqual(
        message,
      )
    }
  })

  it('open with noble on Node too, and refuse when a byte is changed', () => {
    for (const c of vectors.cases) {
      const message = fromBase64(c.message)
      expect(toHex(noble.keyedHash(keys.hash, message))).toBe(c.keyedHash)
      expect(noble.secretboxOpen(keys.secretbox, fromBase64(c.secretbox))).toEqual(message)
      expect(noble.sealedBoxOpen(keys.boxPublic, keys.boxSecret, fromBase64(c.sealedBox))).toEqual(message)
      for (const field of ['secretbox', 'sealedBox'] as const) {
        const tampered = fromBase64(c[field])
        tampered[tampered.length - 1] = (tampered[tampered.length - 1] as number) ^ 1
        expect(noble.secretboxOpen(keys.secretbox, tampered)).toBeNull()
        expect(noble.sealedBoxOpen(keys.boxPublic, keys.boxSecret, tampered)).toBeNull()
      }
    }
  })
})

describe('noble and libsodium on Node', () => {
  it('open each other’s secretboxes and sealed boxes, and hash alike, for any message', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (m, k) => {
          expect(noble.keyedHash(k, m)).toEqual(libsodium.keyedHash(k, m))
          for (const [sealer, opener] of [
            [noble, libsodium],
            [libsodium, noble],
          ] as const) {
            expect(opener.secretboxOpen(k, sealer.secretboxSeal(k, m))).toEqual(m)
            const pair = sealer.boxKeyPair()
            expect(
              opener.sealedBoxOpen(pair.publicKey, pair.secretKey, sealer.sealedBoxSeal(pair.publicKey, m)),
            ).toEqual(m)
          }
        },
      ),
      { numRuns: 50 },
    )
  })

  it.each(Object.entries(implementations))('%s refuses short, foreign and wrongly keyed boxes', (_, impl) => {
    const other = impl.boxKeyPair()
    const sealed = impl.sealedBoxSeal(keys.boxPublic, new Uint8Array([1, 2, 3]))
    expect(impl.sealedBoxOpen(other.publicKey, other.secretKey, sealed)).toBeNull()
    expect(impl.sealedBoxOpen(keys.boxPublic, keys.boxSecret, sealed.subarray(0, 47))).toBeNull()
    expect(impl.secretboxOpen(keys.secretbox, new Uint8Array(39))).toBeNull()
    expect(impl.secretboxOpen(keys.hash, impl.secretboxSeal(keys.secretbox, new Uint8Array([9])))).toBeNull()
  })

  it('noble refuses a sealed box from an all-zero ephemeral key, as libsodium does', () => {
    const sealed = new Uint8Array(32 + 16 + 3)
    expect(libsodium.sealedBoxOpen(keys.boxPublic, keys.boxSecret, sealed)).toBeNull()
    expect(noble.sealedBoxOpen(keys.boxPublic, keys.boxSecret, sealed)).toBeNull()
  })
})
