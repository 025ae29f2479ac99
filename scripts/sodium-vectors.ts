/**
 * Writes test/vectors/sodium.json: fixed keys and messages, sealed and hashed by libsodium on Node.
 * Workers open them with the noble implementation (test/worker/crypto.test.ts) and Node checks they
 * are libsodium's (test/crypto-vectors.test.ts). Run again only to add cases: `npx tsx scripts/sodium-vectors.ts`.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sodium from 'libsodium-wrappers'
import { toBase64, toHex, utf8 } from '../src/crypto/encoding'
import { loadSodium } from '../src/crypto/sodium'
import { type SodiumVectors, VECTOR_MESSAGES } from '../test/vectors/messages'

const fixed = (label: string) => sodium.crypto_generichash(32, utf8(`whistle test vector ${label}`), null)

const primitives = await loadSodium()
const secretboxKey = fixed('secretbox key')
const hashKey = fixed('hash key')
const boxSecretKey = fixed('box secret key')
const boxPublicKey = sodium.crypto_scalarmult_base(boxSecretKey)

const vectors: SodiumVectors = {
  keys: {
    secretbox: toBase64(secretboxKey),
    hash: toBase64(hashKey),
    boxPublic: toBase64(boxPublicKey),
    boxSecret: toBase64(boxSecretKey),
  },
  cases: VECTOR_MESSAGES.map((message) => ({
    message: toBase64(message),
    keyedHash: toHex(primitives.keyedHash(hashKey, message)),
    secretbox: toBase64(primitives.secretboxSeal(secretboxKey, message)),
    sealedBox: toBase64(primitives.sealedBoxSeal(boxPublicKey, message)),
  })),
}
const out = fileURLToPath(new URL('../test/vectors/sodium.json', import.meta.url))
writeFileSync(out, `${JSON.stringify(vectors, null, 2)}\n`)
console.log(`wrote ${vectors.cases.length} cases to ${out}`)
