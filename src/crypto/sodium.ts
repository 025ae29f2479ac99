import sodium from 'libsodium-wrappers'
import { SECRETBOX_NONCE_BYTES, type SodiumPrimitives } from './primitives'

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
    sealedBoxSeal: (publicKey, message) => sodium.crypto_box_seal(message, publicKey),
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
