import { fromBase64, toBase64 } from '../crypto/encoding'

/**
 * Near-duplicate detection for tips (bottom-k MinHash over shingles). A viral video brings dozens of
 * tips about one event in different words; what they share is the event's vocabulary (操场, 打架, 视频
 * ...), so a tip is reduced to its shingles and those to a small signature from which the Jaccard
 * similarity of two tips' shingle sets is estimated.
 *
 * The shingles are hashed with a key (`ShingleHash`, from the vault), so a signature cannot be tested
 * against guessed words without the key; it holds no order and at most SIGNATURE_SIZE hashes, nothing
 * from which the text could be put back together. (Whoever holds the server's keys can read the tip
 * itself: the signature gives them nothing more.)
 */

/** A keyed 32-bit hash of one shingle. */
export type ShingleHash = (shingle: string) => number

export const SIGNATURE_SIZE = 64

/** Latin words too common to say anything about an event. */
const STOPWORDS = new Set(
  'that this with have there they their them were from about what when where which your just been into then than some'.split(
    ' ',
  ),
)

const HAN = /\p{Script=Han}/u

/**
 * The shingles of a tip: pairs of neighbouring Chinese characters, and Latin words of four letters or
 * more. Digits, punctuation and the given phrases (the school's names and code: every tip about a school
 * has them, so they would make unrelated tips look alike) are left out.
 */
export function shingles(text: string, leaveOut: readonly string[] = []): Set<string> {
  let plain = text.normalize('NFKC').toLowerCase()
  // Longest first, so that a full name goes before an alias that is part of it.
  for (const phrase of [...leaveOut].sort((a, b) => b.length - a.length)) {
    const p = phrase.normalize('NFKC').toLowerCase().trim()
    if (p) plain = plain.split(p).join(' ')
  }
  const out = new Set<string>()
  let run = ''
  const flushRun = () => {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`)
    run = ''
  }
  for (const token of plain.match(/\p{Script=Han}+|\p{L}+/gu) ?? []) {
    if (HAN.test(token)) {
      run = token
      flushRun()
    } else if (token.length >= 4 && !STOPWORDS.has(token)) {
      out.add(token)
    }
  }
  return out
}

/**
 * The bottom-k MinHash signature of a set of shingles: the SIGNATURE_SIZE smallest keyed hashes,
 * ascending; null for a set with none (nothing to compare). A tip short enough to have at most that many
 * shingles keeps all of them, so two such tips are compared exactly, whatever the key.
 */
export function minHash(set: ReadonlySet<string>, hash: ShingleHash): Uint32Array | null {
  if (!set.size) return null
  const hashes = new Uint32Array([...new Set([...set].map((s) => hash(s) >>> 0))]).sort()
  return hashes.slice(0, SIGNATURE_SIZE)
}

/**
 * The estimated Jaccard similarity of the two shingle sets behind two signatures, 0 to 1: of the smallest
 * SIGNATURE_SIZE hashes of their union, the share that both signatures hold.
 */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let taken = 0
  let both = 0
  while (taken < SIGNATURE_SIZE && (i < a.length || j < b.length)) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY
    if (x === y) {
      both++
      i++
      j++
    } else if (x < y) i++
    else j++
    taken++
  }
  return taken ? both / taken : 0
}

export function encodeSignature(signature: Uint32Array): string {
  const bytes = new Uint8Array(signature.length * 4)
  const view = new DataView(bytes.buffer)
  for (const [k, v] of signature.entries()) view.setUint32(k * 4, v)
  return toBase64(bytes)
}

/** A stored signature, or null when it is not one. */
export function decodeSignature(stored: string): Uint32Array | null {
  const bytes = fromBase64(stored)
  if (!bytes.length || bytes.length % 4 || bytes.length > SIGNATURE_SIZE * 4) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // A plain loop: every tip decodes up to 500 of its school's recent signatures.
  const signature = new Uint32Array(bytes.length / 4)
  for (let k = 0; k < signature.length; k++) signature[k] = view.getUint32(k * 4)
  return signature
}
