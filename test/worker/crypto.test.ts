import { describe, expect, it } from 'vitest'
import { fromBase64, toBase64, toHex } from '../../src/crypto/encoding'
import { nobleSodium } from '../../src/crypto/noble'
import { VECTOR_MESSAGES } from '../vectors/messages'
import vectors from '../vectors/sodium.json'
import { nodeReference } from './support'

const noble = nobleSodium()
const keys = {
  secretbox: fromBase64(vectors.keys.secretbox),
  hash: fromBase64(vectors.keys.hash),
  boxPublic: fromBase64(vectors.keys.boxPublic),
  boxSecret: fromBase64(vectors.keys.boxSecret),
}

describe('noble inside workerd, byte-compatible with libsodium', () => {
  it('opens what libsodium sealed (the checked-in vectors) and hashes the same', () => {
    expect(vectors.cases).toHaveLength(VECTOR_MESSAGES.length)
    for (const c of vectors.cases) {
      const message = fromBase64(c.message)
      expect(toHex(noble.keyedHash(keys.hash, message))).toBe(c.keyedHash)
      expect(noble.secretboxOpen(keys.secretbox, fromBase64(c.secretbox))).toEqual(message)
      expect(noble.sealedBoxOpen(keys.boxPublic, keys.boxSecret, fromBase64(c.sealedBox))).toEqual(message)
    }
  })

  it('seals what libsodium on Node opens', async () => {
    for (const message of VECTOR_MESSAGES) {
      const secretbox = await nodeReference<{ plain: string | null }>('/sodium/secretbox-open', {
        key: vectors.keys.secretbox,
        sealed: toBase64(noble.secretboxSeal(keys.secretbox, message)),
      })
      expect(secretbox.plain).toBe(toBase64(message))
      const sealedBox = await nodeReference<{ plain: string | null }>('/sodium/sealed-box-open', {
        publicKey: vectors.keys.boxPublic,
        secretKey: vectors.keys.boxSecret,
        sealed: toBase64(noble.sealedBoxSeal(keys.boxPublic, message)),
      })
      expect(sealedBox.plain).toBe(toBase64(message))
    }
    // And libsodium tells a wrong key apart, so the answers above are not a rubber stamp.
    const wrong = await nodeReference<{ plain: string | null }>('/sodium/secretbox-open', {
      key: vectors.keys.hash,
      sealed: toBase64(noble.secretboxSeal(keys.secretbox, VECTOR_MESSAGES[1] as Uint8Array)),
    })
    expect(wrong.plain).toBeNull()
  })

  it('opens what libsodium on Node seals now, to a key pair made in workerd', async () => {
    const pair = noble.boxKeyPair()
    const key = noble.randomBytes(32)
    for (const message of VECTOR_MESSAGES) {
      const sealed = await nodeReference<{ secretbox: string; sealedBox: string }>('/sodium/seal', {
        key: toBase64(key),
        publicKey: toBase64(pair.publicKey),
        message: toBase64(message),
      })
      expect(noble.secretboxOpen(key, fromBase64(sealed.secretbox))).toEqual(message)
      expect(noble.sealedBoxOpen(pair.publicKey, pair.secretKey, fromBase64(sealed.sealedBox))).toEqual(
        message,
      )
    }
  })
})
