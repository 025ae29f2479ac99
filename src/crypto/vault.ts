import { fromBase64, fromUtf8, toBase64, toHex, utf8 } from './encoding'
import type { Keyring, KeySet } from './keys'
import type { SodiumPrimitives } from './primitives'

/** What is kept of a tipster's address: never the address itself. */
export interface SealedIdentity {
  blindId: string
  relayBox: string
  escrowBox: string
}

/** A ciphertext as stored: `keyId:base64(nonce || box)`, so keys can rotate. */
export type Sealed = string

export interface Vault {
  sealIdentity(address: string): SealedIdentity
  blindId(address: string): string
  openRelay(relayBox: Sealed): string | null
  sealContent(plain: string | Uint8Array): Sealed
  openContent(sealed: Sealed): string
  openContentBytes(sealed: Sealed): Uint8Array
  /** A keyed 32-bit hash of a shingle of tip text, for similarity signatures that reveal no words. */
  shingleHash(shingle: string): number
}

export class VaultError extends Error {
  override name = 'VaultError'
}

function seal(sodium: SodiumPrimitives, ring: Keyring, plain: Uint8Array): Sealed {
  return `${ring.current.id}:${toBase64(sodium.secretboxSeal(ring.current.bytes, plain))}`
}

function open(sodium: SodiumPrimitives, ring: Keyring, sealed: Sealed): Uint8Array | null {
  const colon = sealed.indexOf(':')
  const key = ring.byId.get(sealed.slice(0, colon))
  if (colon < 0 || !key) return null
  return sodium.secretboxOpen(key.bytes, fromBase64(sealed.slice(colon + 1)))
}

export function createVault(sodium: SodiumPrimitives, keys: KeySet): Vault {
  const blindId = (address: string) => toHex(sodium.keyedHash(keys.identityIndex, utf8(address)))
  // Derived, not the index key itself: a shingle hash can never be compared with a blind id.
  const shingleKey = sodium.keyedHash(keys.identityIndex, utf8('whistle shingle key'))
  return {
    shingleHash(shingle) {
      const h = sodium.keyedHash(shingleKey, utf8(shingle))
      return new DataView(h.buffer, h.byteOffset, 4).getUint32(0)
    },
    blindId,
    sealIdentity: (address) => ({
      blindId: blindId(address),
      relayBox: seal(sodium, keys.relay, utf8(address)),
      escrowBox: toBase64(sodium.sealedBoxSeal(keys.escrowPublicKey, utf8(address))),
    }),
    openRelay(relayBox) {
      const plain = open(sodium, keys.relay, relayBox)
      return plain ? fromUtf8(plain) : null
    },
    sealContent: (plain) => seal(sodium, keys.content, typeof plain === 'string' ? utf8(plain) : plain),
    openContentBytes(sealed) {
      const plain = open(sodium, keys.content, sealed)
      if (!plain) throw new VaultError('content does not open with the configured keys')
      return plain
    },
    openContent(sealed) {
      return fromUtf8(this.openContentBytes(sealed))
    },
  }
}

/** Offline unmasking with the escrow secret key, which the server never holds. */
export function openEscrow(
  sodium: SodiumPrimitives,
  escrowPublicKey: Uint8Array,
  escrowSecretKey: Uint8Array,
  escrowBox: string,
): string | null {
  const plain = sodium.sealedBoxOpen(escrowPublicKey, escrowSecretKey, fromBase64(escrowBox))
  return plain ? fromUtf8(plain) : null
}
