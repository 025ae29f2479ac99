import { expect, it } from 'vitest'
import { checkWorkerDevHealth } from '../scripts/worker-dev-health'

it('wrangler dev --local starts offline and answers /health from its local D1', async () => {
  const health = await checkWorkerDevHealth()
  expect(health).toMatchObject({ status: 200, body: { ok: true } })
}, 120_000)
