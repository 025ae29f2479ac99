import { describe, expect, it } from 'vitest'
import { measureWorkerBundle, WORKER_BUNDLE_TARGET_BYTES } from '../bench/worker-bundle'

describe('the Worker bundle (wrangler deploy --dry-run)', () => {
  it('stays under 1 MiB gzipped and carries nothing Node-only', async () => {
    const bundle = await measureWorkerBundle()
    expect(bundle.gzipBytes).toBeLessThan(WORKER_BUNDLE_TARGET_BYTES)
    expect(bundle.inputs).toContain('src/runtime/worker.ts')
    expect(bundle.inputs).toContain('src/app.ts')
    const nodeOnly = bundle.inputs.filter((input) =>
      /node_modules\/(better-sqlite3|libsodium|libsodium-wrappers|pino|twilio|@hono\/node-server)\//.test(
        input,
      ),
    )
    expect(nodeOnly).toEqual([])
    const nodeRuntime = bundle.inputs.filter((input) => /src\/(runtime\/(node|sqlite|log)|cli\/)/.test(input))
    expect(nodeRuntime).toEqual([])
  }, 60_000)
})
