import type { D1Migration } from 'cloudflare:test'
import type { WorkerEnv } from '../../src/runtime/worker'

declare global {
  namespace Cloudflare {
    /** wrangler.toml's bindings plus what vitest.workers.config.ts adds for the tests. */
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[]
      DEMO_OFFICERS_CSV: string
      DEMO_SCHOOLS_CSV: string
      ESCROW_SECRET_KEY: string
      NODE_REFERENCE: Fetcher
    }
    interface GlobalProps {
      mainModule: typeof import('../../src/runtime/worker')
    }
  }
}
