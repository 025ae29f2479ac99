import { createPublicKey, diffieHellman, generateKeyPairSync, type KeyObject } from 'node:crypto'
import sodium from 'libsodium-wrappers'
import { boxKeyFromShared, sealNonce } from './noble'
import { KEY_BYTES, SECRETBOX_NONCE_BYTES, type SodiumPrimitives } from './primitives'

/** An X25519 public key as Node's crypto takes it, made once per key (the escrow key is one). */
const x25519Keys = new Map<string, KeyObject>()

function x25519PublicKey(raw: Uint8Array): KeyObject {
  const x = Buffer.from(raw).toString('base64url')
  let key = x25519Keys.get(x)
  if (!key) {
    if (x25519Keys.size >= 16) x25519Keys.clear()
    key = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x }, format: 'jwk' })
    x25519Keys.set(x, key)
  }
  return key
}

/**
 * crypto_box_seal with the X25519 work done by Node: libsodium-wrappers draws the ephemeral key four
 * bytes at a time and multiplies in WebAssembly (~300 µs a box, once for every new tipster); Node's
 * native X25519 takes a third of that. The box is libsodium's own construction, byte for byte.
 */
function sealedBoxSeal(publicKey: Uint8Array, message: Uint8Array): Uint8Array {
  const ephemeral = generateKeyPairSync('x25519')
  const ephemeralPublicKey = Buffer.from(ephemeral.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: x25519PublicKey(publicKey) })
  const key = boxKeyFromShared(shared)
  const box = sodium.crypto_secretbox_easy(message, sealNonce(ephemeralPublicKey, publicKey), key)
  shared.fill(0)
  key.fill(0)
  const sealed = new Uint8Array(KEY_BYTES + box.length)
  sealed.set(ephemeralPublicKey)
  sealed.set(box, KEY_BYTES)
  return sealed
}

/** The libsodium-wrappers implementation, used on Node. */
export async function loadSodium(): Promise<SodiumPrimitives> {
  await sodium.ready
  return {
    keyedHash: (key, message) => sodium.crypto_generichash(32, message, key),
    secretboxSeal(key, message) {
      // One getRandomValues call: libsodium's own randombytes asks the platform four bytes at a time.
      const nonce = crypto.getRandomValues(new Uint8Array(SECRETBOX_NONCE_BYTES))
      const box = sodium.crypto_secretbox_easy(message, nonce, key)
      const sealed = new Uint8Array(nonce.length + box.length)
      sealed.set(nonce)
      sealed.set(box, nonce.length)
      return sealed
    },
    secretboxOpen(key, sealed) {
      if (sealed.length < SECRETBOX_NONCE_BYTES + sodium.crypto_secretbox_MACBYTES) return null
      try {
        return sodium.crypto_secretbox_open_easy(
          sealed.subarray(SECRETBOX_NONCE_BYTES),
          sealed.subarray(0, SECRETBOX_NONCE_BYTES),
          key,
        )
      } catch {
        return null
      }
    },
    sealedBoxSeal,
    sealedBoxOpen(publicKey, secretKey, sealed) {
      try {
        return sodium.crypto_box_seal_open(sealed, publicKey, secretKey)
      } catch {
        return null
      }
    },
    boxKeyPair() {
      const { publicKey, privateKey } = sodium.crypto_box_keypair()
      return { publicKey, secretKey: privateKey }
    },
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
  }
}
