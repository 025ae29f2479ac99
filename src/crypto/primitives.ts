/**
 * The libsodium constructions Whistle uses, behind one interface so that Node (libsodium-wrappers)
 * and Workers (a byte-compatible pure-JS implementation) produce and open the same bytes.
 */
export interface SodiumPrimitives {
  /** crypto_generichash (BLAKE2b) with a key, 32-byte output. */
  keyedHash(key: Uint8Array, message: Uint8Array): Uint8Array
  /** crypto_secretbox_easy with a fresh random nonce; returns nonce || box. */
  secretboxSeal(key: Uint8Array, message: Uint8Array): Uint8Array
  /** Opens nonce || box; null when it does not authenticate. */
  secretboxOpen(key: Uint8Array, sealed: Uint8Array): Uint8Array | null
  /** crypto_box_seal to an X25519 public key. */
  sealedBoxSeal(publicKey: Uint8Array, message: Uint8Array): Uint8Array
  /** crypto_box_seal_open; null when it does not open. */
  sealedBoxOpen(publicKey: Uint8Array, secretKey: Uint8Array, sealed: Uint8Array): Uint8Array | null
  /** crypto_box_keypair. */
  boxKeyPair(): { publicKey: Uint8Array; secretKey: Uint8Array }
  randomBytes(length: number): Uint8Array
}

export const SECRETBOX_NONCE_BYTES = 24
export const KEY_BYTES = 32
