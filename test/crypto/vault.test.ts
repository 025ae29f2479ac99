import { describe, expect, it } from 'vitest'
import { fromBase64, toBase64 } from '../../src/crypto/encoding'
import { generateKeyEnv, KeyConfigError, keySetFromEnv } from '../../src/crypto/keys'
import { loadSodium } from '../../src/crypto/sodium'
import { createVault, openEscrow } from '../../src/crypto/vault'

const sodium = await loadSodium()

describe('the vault', () => {
  const { env, escrowSecretKey } = generateKeyEnv(sodium)
  const keys = keySetFromEnv(sodium, env)
  const vault = createVault(sodium, keys)

  it('seals an address three ways, none of them the address', () => {
    const sealed = vault.sealIdentity('sms:+8613912345678')
    expect(sealed.blindId).toMatch(/^[0-9a-f]{64}$/)
    expect(sealed.blindId).toBe(vault.blindId('sms:+8613912345678'))
    expect(sealed.blindId).not.toBe(vault.blindId('sms:+8613912345679'))
    expect(JSON.stringify(sealed)).not.toContain('13912345678')
    expect(vault.openRelay(sealed.relayBox)).toBe('sms:+8613912345678')
    expect(openEscrow(sodium, keys.escrowPublicKey, fromBase64(escrowSecretKey), sealed.escrowBox)).toBe(
      'sms:+8613912345678',
    )
  })

  it('opens the escrow copy only with the escrow secret key', () => {
    const sealed = vault.sealIdentity('telegram:123456789012')
    const wrong = sodium.boxKeyPair()
    expect(openEscrow(sodium, keys.escrowPublicKey, wrong.secretKey, sealed.escrowBox)).toBeNull()
  })

  it('keeps key ids with ciphertexts, so a rotated key still opens what it sealed', () => {
    const old = vault.sealContent('有人在厕所打人')
    const next = generateKeyEnv(sodium).env
    const rotated = createVault(
      sodium,
      keySetFromEnv(sodium, {
        ...env,
        CONTENT_KEY: next.CONTENT_KEY,
        CONTENT_KEYS_PREVIOUS: env.CONTENT_KEY,
      }),
    )
    expect(rotated.openContent(old)).toBe('有人在厕所打人')
    const fresh = rotated.sealContent('new')
    expect(fresh.split(':')[0]).not.toBe(old.split(':')[0])
    expect(() => vault.openContent(fresh)).toThrow(/do(es)? not open/)
  })

  it('refuses tampered ciphertexts', () => {
    const sealed = vault.sealContent('hello')
    const [id, body] = sealed.split(':') as [string, string]
    const bytes = fromBase64(body)
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1
    expect(() => vault.openContent(`${id}:${toBase64(bytes)}`)).toThrow()
  })

  it('names a bad or missing key without showing any value', () => {
    expect(() => keySetFromEnv(sodium, { ...env, RELAY_KEY: undefined })).toThrow(KeyConfigError)
    expect(() => keySetFromEnv(sodium, { ...env, CONTENT_KEY: 'c2hvcnQ=' })).toThrow(
      /CONTENT_KEY must be 32 bytes/,
    )
    try {
      keySetFromEnv(sodium, { ...env, CONTENT_KEY: 'c2hvcnQ=' })
    } catch (error) {
      expect(String(error)).not.toContain('c2hvcnQ=')
    }
  })
})
