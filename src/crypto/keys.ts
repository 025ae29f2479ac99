import { fromBase64, toBase64, toHex, utf8 } from './encoding'
import { KEY_BYTES, type SodiumPrimitives } from './primitives'

/** A symmetric key and the id that travels with every ciphertext made with it. */
export interface Key {
  id: string
  bytes: Uint8Array
}

/** The current key seals; every key in `byId` (current and previous) opens. */
export interface Keyring {
  current: Key
  byId: ReadonlyMap<string, Key>
}

export interface KeySet {
  /** Keyed BLAKE2b blind index of tipster addresses: links and rate-limits, reveals nothing. */
  identityIndex: Uint8Array
  /** Secretbox copy of the address that lets the outbox reply; deleted after retention. */
  relay: Keyring
  /** Tip texts, replies, notes and evidence at rest. */
  content: Keyring
  /** X25519 public key of the offline escrow pair: the only way to unmask. */
  escrowPublicKey: Uint8Array
}

/** The environment's names for the key material, all base64. */
export interface KeyEnv {
  IDENTITY_INDEX_KEY?: string
  RELAY_KEY?: string
  RELAY_KEYS_PREVIOUS?: string
  CONTENT_KEY?: string
  CONTENT_KEYS_PREVIOUS?: string
  ESCROW_PUBLIC_KEY?: string
}

export const REQUIRED_KEY_NAMES = [
  'IDENTITY_INDEX_KEY',
  'RELAY_KEY',
  'CONTENT_KEY',
  'ESCROW_PUBLIC_KEY',
] as const

export class KeyConfigError extends Error {
  override name = 'KeyConfigError'
}

function decodeKey(name: string, value: string): Uint8Array {
  let bytes: Uint8Array
  try {
    bytes = fromBase64(value)
  } catch {
    throw new KeyConfigError(`${name} is not base64`)
  }
  if (bytes.length !== KEY_BYTES) throw new KeyConfigError(`${name} must be ${KEY_BYTES} bytes, base64`)
  return bytes
}

export function keyId(sodium: SodiumPrimitives, bytes: Uint8Array): string {
  return toHex(sodium.keyedHash(bytes, utf8('whistle key id')).subarray(0, 4))
}

function keyring(sodium: SodiumPrimitives, name: string, current: string, previous = ''): Keyring {
  const keys = [current, ...previous.split(',').filter((k) => k.trim())].map((value, i) => {
    const bytes = decodeKey(i === 0 ? name : `${name} (previous)`, value)
    return { id: keyId(sodium, bytes), bytes }
  })
  return { current: keys[0] as Key, byId: new Map(keys.map((k) => [k.id, k])) }
}

export function missingKeys(env: KeyEnv): string[] {
  return REQUIRED_KEY_NAMES.filter((name) => !env[name]?.trim())
}

/** Reads the key set from the environment; throws KeyConfigError naming what is wrong (never a value). */
export function keySetFromEnv(sodium: SodiumPrimitives, env: KeyEnv): KeySet {
  const missing = missingKeys(env)
  if (missing.length) throw new KeyConfigError(`missing keys: ${missing.join(', ')}`)
  return {
    identityIndex: decodeKey('IDENTITY_INDEX_KEY', env.IDENTITY_INDEX_KEY as string),
    relay: keyring(sodium, 'RELAY_KEY', env.RELAY_KEY as string, env.RELAY_KEYS_PREVIOUS),
    content: keyring(sodium, 'CONTENT_KEY', env.CONTENT_KEY as string, env.CONTENT_KEYS_PREVIOUS),
    escrowPublicKey: decodeKey('ESCROW_PUBLIC_KEY', env.ESCROW_PUBLIC_KEY as string),
  }
}

/** A fresh key set as environment lines, and the escrow secret key the operator takes offline. */
export function generateKeyEnv(sodium: SodiumPrimitives): {
  env: Required<Omit<KeyEnv, 'RELAY_KEYS_PREVIOUS' | 'CONTENT_KEYS_PREVIOUS'>>
  escrowSecretKey: string
} {
  const escrow = sodium.boxKeyPair()
  return {
    env: {
      IDENTITY_INDEX_KEY: toBase64(sodium.randomBytes(KEY_BYTES)),
      RELAY_KEY: toBase64(sodium.randomBytes(KEY_BYTES)),
      CONTENT_KEY: toBase64(sodium.randomBytes(KEY_BYTES)),
      ESCROW_PUBLIC_KEY: toBase64(escrow.publicKey),
    },
    escrowSecretKey: toBase64(escrow.secretKey),
  }
}
