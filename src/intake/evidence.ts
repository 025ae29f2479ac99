import { and, asc, eq, isNull, lte, or } from 'drizzle-orm'
import { type Core, safeError } from '../core'
import { nextAttemptDelay } from '../relay/deliver'
import { media, mediaChunks } from '../store/schema'
import { insertRow, type Write } from '../store/store'

/** Evidence larger than this is not fetched (Telegram's getFile serves at most 20 MB). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
/** How long one evidence download may take: long enough for 20 MB on a slow link, short of stalling the jobs. */
export const EVIDENCE_TIMEOUT_MS = 60_000
/** Sealed chunks stay well under D1's row size limit. */
const CHUNK_BYTES = 512 * 1024

export class EvidenceTooLarge extends Error {
  override name = 'EvidenceTooLarge'
}

/** A provider did not hand the evidence over; `retryable` when it was down, slow or busy. */
export class EvidenceFetchError extends Error {
  override name = 'EvidenceFetchError'
  constructor(
    readonly reason: string,
    readonly retryable: boolean,
  ) {
    super(reason)
  }
}

/** Attempts before evidence that keeps failing is given up on (about a day with back-off). */
export const MAX_EVIDENCE_ATTEMPTS = 8

/**
 * Fetches one piece of evidence from where its channel's provider keeps it. `afterStored`, when given,
 * runs once the evidence is sealed and stored (a provider that keeps copies deletes its own).
 */
export type EvidenceFetcher = (
  source: string,
) => Promise<{ bytes: Uint8Array; contentType?: string; afterStored?: () => Promise<void> }>

export type EvidenceFetchers = Partial<Record<'twilio' | 'telegram', EvidenceFetcher>>

/** How a Telegram file's sealed source starts; the file_id follows. */
export const TELEGRAM_SOURCE_PREFIX = 'telegram:'

/** Which fetcher a source belongs to, by the provider named in its sealed source. */
const providerOf = (source: string): 'twilio' | 'telegram' =>
  source.startsWith(TELEGRAM_SOURCE_PREFIX) ? 'telegram' : 'twilio'

/** The writes that store evidence bytes sealed, in chunks, and mark the media row stored. */
export function evidenceWrites(
  core: Core,
  mediaId: string,
  bytes: Uint8Array,
  contentType?: string,
): Write[] {
  const db = core.store.db
  const writes: Write[] = []
  for (let seq = 0, offset = 0; offset < bytes.length || seq === 0; seq++, offset += CHUNK_BYTES) {
    const chunk = bytes.subarray(offset, offset + CHUNK_BYTES)
    writes.push(insertRow(mediaChunks, { mediaId, seq, data: Buffer.from(core.vault.sealContent(chunk)) }))
  }
  writes.push(
    db
      .update(media)
      .set({ state: 'stored', size: bytes.length, sourceBox: null, ...(contentType ? { contentType } : {}) })
      .where(eq(media.id, mediaId)),
  )
  return writes
}

/** The decrypted bytes of stored evidence. */
export async function readEvidence(core: Core, mediaId: string): Promise<Uint8Array> {
  const chunks = await core.store.db
    .select({ data: mediaChunks.data })
    .from(mediaChunks)
    .where(eq(mediaChunks.mediaId, mediaId))
    .orderBy(asc(mediaChunks.seq))
  const parts = chunks.map((c) => core.vault.openContentBytes(new TextDecoder().decode(c.data)))
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** Fetches evidence still waiting at its provider, seals it, and forgets where it came from. */
export async function fetchPendingEvidence(core: Core, fetchers: EvidenceFetchers, limit = 20) {
  const db = core.store.db
  const now = core.clock()
  const pending = await db
    .select({ id: media.id, sourceBox: media.sourceBox, caseId: media.caseId, attempts: media.attempts })
    .from(media)
    .where(
      and(
        eq(media.state, 'pending'),
        lte(media.createdAt, now),
        or(isNull(media.nextAttemptAt), lte(media.nextAttemptAt, now)),
      ),
    )
    .limit(limit)
  const report = { stored: 0, failed: 0, retrying: 0, waiting: 0 }
  for (const item of pending) {
    const source = item.sourceBox ? core.vault.openContent(item.sourceBox) : null
    const fetcher = source ? fetchers[providerOf(source)] : undefined
    if (!source || !fetcher) {
      report.waiting++
      continue
    }
    let fetched: Awaited<ReturnType<EvidenceFetcher>>
    try {
      fetched = await fetcher(source)
      const { bytes, contentType } = fetched
      if (bytes.length > MAX_EVIDENCE_BYTES) throw new EvidenceTooLarge()
      await core.store.commit(evidenceWrites(core, item.id, bytes, contentType), [
        {
          at: core.clock(),
          actor: 'system',
          action: 'evidence_stored',
          caseId: item.caseId,
          detail: { media: item.id, bytes: bytes.length },
        },
      ])
      report.stored++
    } catch (error) {
      report[(await settleFailedFetch(core, item, error)) === 'retrying' ? 'retrying' : 'failed']++
      continue
    }
    try {
      await fetched.afterStored?.()
    } catch (error) {
      // The evidence is safe with us; the provider's copy stays until an operator removes it.
      core.log.warn({ media: item.id, ...safeError(error) }, 'the provider copy of stored evidence remains')
    }
  }
  return report
}

/** A provider that is down is tried again later (an unknown failure counts as that); anything else is final. */
async function settleFailedFetch(
  core: Core,
  item: { id: string; caseId: string; attempts: number },
  error: unknown,
): Promise<'retrying' | 'failed'> {
  const db = core.store.db
  const tooLarge = error instanceof EvidenceTooLarge
  const attempts = item.attempts + 1
  const retryable = !tooLarge && (!(error instanceof EvidenceFetchError) || error.retryable)
  if (retryable && attempts < MAX_EVIDENCE_ATTEMPTS) {
    await db
      .update(media)
      .set({ attempts, nextAttemptAt: new Date(core.clock().getTime() + nextAttemptDelay(attempts)) })
      .where(eq(media.id, item.id))
    core.log.warn({ media: item.id, attempts, ...safeError(error) }, 'evidence fetch failed, will retry')
    return 'retrying'
  }
  await core.store.commit(
    [
      db
        .update(media)
        .set({ state: tooLarge ? 'too_large' : 'failed', sourceBox: null, attempts })
        .where(eq(media.id, item.id)),
    ],
    [
      {
        at: core.clock(),
        actor: 'system',
        action: 'evidence_failed',
        caseId: item.caseId,
        detail: { media: item.id, tooLarge },
      },
    ],
  )
  core.log.warn({ media: item.id, ...safeError(error) }, 'evidence could not be fetched')
  return 'failed'
}
