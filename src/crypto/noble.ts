import { hsalsa, xsalsa20poly1305 } from '@noble/ciphers/salsa.js'
import { x25519 } from '@noble/curves/ed25519.js'
import { blake2b } from '@noble/hashes/blake2.js'
import { KEY_BYTES, SECRETBOX_NONCE_BYTES, type SodiumPrimitives } from './primitives'

const MAC_BYTES = 16

/** Native-order 32-bit words of a byte string, as noble's Salsa core reads them (copied: alignment). */
const words = (bytes: Uint8Array) => new Uint32Array(Uint8Array.from(bytes).buffer)

/** "expand 32-byte k", Salsa20's constant. */
const SIGMA = words(new TextEncoder().encode('expand 32-byte k'))

/**
 * The second half of crypto_box_beforenm: an X25519 shared secret run through HSalsa20 with a zero
 * nonce, which makes it a uniformly random XSalsa20-Poly1305 key (libsodium refuses an all-zero shared
 * secret; so do we).
 */
export function boxKeyFromShared(shared: Uint8Array): Uint8Array {
  if (shared.every((b) => b === 0)) throw new Error('weak public key')
  const out = new Uint32Array(8)
  hsalsa(SIGMA, words(shared), new Uint32Array(4), out)
  return new Uint8Array(out.buffer)
}

/** crypto_box_beforenm. */
const boxKey = (publicKey: Uint8Array, secretKey: Uint8Array) =>
  boxKeyFromShared(x25519.getSharedSecret(secretKey, publicKey))

/** crypto_box_seal's nonce: BLAKE2b-192 of the ephemeral public key then the recipient's. */
export function sealNonce(ephemeralPublicKey: Uint8Array, recipientPublicKey: Uint8Array): Uint8Array {
  const input = new Uint8Array(KEY_BYTES * 2)
  input.set(ephemeralPublicKey)
  input.set(recipientPublicKey, KEY_BYTES)
  return blake2b(input, { dkLen: SECRETBOX_NONCE_BYTES })
}

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length))

/**
 * The same constructions as libsodium in pure JavaScript (noble), for Workers, where libsodium's
 * WebAssembly cannot be compiled at run time. Byte-compatible both ways: test/vectors proves it.
 */
export function nobleSodium(): SodiumPrimitives {
  return {
    keyedHash: (key, message) => blake2b(message, { key, dkLen: 32 }),
    secretboxSeal(key, message) {
      const nonce = randomBytes(SECRETBOX_NONCE_BYTES)
      const box = xsalsa20poly1305(key, nonce).encrypt(message)
      const sealed = new Uint8Array(nonce.length + box.length)
      sealed.set(nonce)
      sealed.set(box, nonce.length)
      return sealed
    },
    secretboxOpen(key, sealed) {
      if (sealed.length < SECRETBOX_NONCE_BYTES + MAC_BYTES) return null
      try {
        return xsalsa20poly1305(key, sealed.slice(0, SECRETBOX_NONCE_BYTES)).decrypt(
          sealed.slice(SECRETBOX_NONCE_BYTES),
        )
      } catch {
        return null
      }
    },
    sealedBoxSeal(publicKey, message) {
      const ephemeral = x25519.keygen()
      const box = xsalsa20poly1305(
        boxKey(publicKey, ephemeral.secretKey),
        sealNonce(ephemeral.publicKey, publicKey),
      ).encrypt(message)
      ephemeral.secretKey.fill(0)
      const sealed = new Uint8Array(KEY_BYTES + box.length)
      sealed.set(ephemeral.publicKey)
      sealed.set(box, KEY_BYTES)
      return sealed
    },
    sealedBoxOpen(publicKey, secretKey, sealed) {
      if (sealed.length < KEY_BYTES + MAC_BYTES) return null
      const ephemeralPublicKey = sealed.slice(0, KEY_BYTES)
      try {
        return xsalsa20poly1305(
          boxKey(ephemeralPublicKey, secretKey),
          sealNonce(ephemeralPublicKey, publicKey),
        ).decrypt(sealed.slice(KEY_BYTES))
      } catch {
        return null
      }
    },
    boxKeyPair() {
      const { secretKey, publicKey } = x25519.keygen()
      return { publicKey, secretKey }
    },
    randomBytes,
  }
}
