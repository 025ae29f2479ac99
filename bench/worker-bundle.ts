import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { runWrangler } from '../scripts/wrangler'

/** Cloudflare's limit for a Worker on the free plan is 3 MiB gzipped; Whistle aims far under it. */
export const WORKER_BUNDLE_TARGET_BYTES = 1024 * 1024

export interface WorkerBundle {
  bytes: number
  gzipBytes: number
  /** Every file that went into the bundle (esbuild's metafile inputs), relative to the project. */
  inputs: string[]
}

/** Builds the Worker exactly as `wrangler deploy` would (`--dry-run --outdir`) and measures it. */
export async function measureWorkerBundle(): Promise<WorkerBundle> {
  const outdir = mkdtempSync(join(tmpdir(), 'whistle-worker-'))
  try {
    const metafile = join(outdir, 'meta.json')
    await runWrangler(['deploy', '--dry-run', '--outdir', outdir, '--metafile', metafile])
    const bundle = readFileSync(join(outdir, 'worker.js'))
    const meta = JSON.parse(readFileSync(metafile, 'utf8')) as { inputs: Record<string, unknown> }
    return {
      bytes: bundle.length,
      gzipBytes: gzipSync(bundle, { level: 9 }).length,
      inputs: Object.keys(meta.inputs),
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

/** Rows for `npm run bench` (metric, value, target, ok: the same shape as the other benches). */
export async function benchWorkerBundle(): Promise<
  { metric: string; value: string; target: string; ok: boolean }[]
> {
  const { bytes, gzipBytes } = await measureWorkerBundle()
  return [
    {
      metric: 'Worker bundle, gzipped (wrangler deploy --dry-run)',
      value: `${kib(gzipBytes)} (${kib(bytes)} raw)`,
      target: `< ${kib(WORKER_BUNDLE_TARGET_BYTES)}`,
      ok: gzipBytes < WORKER_BUNDLE_TARGET_BYTES,
    },
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await benchWorkerBundle()) {
    console.log(`${row.metric}: ${row.value}, target ${row.target}${row.ok ? '' : '  OVER TARGET'}`)
    if (!row.ok) process.exitCode = 1
  }
}
