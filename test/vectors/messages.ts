import { utf8 } from '../../src/crypto/encoding'

/** The shape of sodium.json: base64 keys and messages, hex hashes, base64 ciphertexts. */
export interface SodiumVectors {
  keys: { secretbox: string; hash: string; boxPublic: string; boxSecret: string }
  cases: { message: string; keyedHash: string; secretbox: string; sealedBox: string }[]
}

/** Edge lengths around Salsa20's 64-byte block, a real tip in Chinese, an address, and the empty message. */
export const VECTOR_MESSAGES: Uint8Array[] = [
  new Uint8Array(0),
  utf8('a'),
  utf8('sms:+8613912345678'),
  utf8('1001 有人在厕所打人，他们说明天还要来'),
  Uint8Array.from({ length: 63 }, (_, i) => i),
  Uint8Array.from({ length: 64 }, (_, i) => 255 - i),
  Uint8Array.from({ length: 65 }, (_, i) => (i * 7) & 255),
  Uint8Array.from({ length: 4099 }, (_, i) => (i * 31 + 7) & 255),
]
