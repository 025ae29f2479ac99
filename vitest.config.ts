import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/worker/**', 'node_modules/**'],
    testTimeout: 20_000,
    pool: 'forks',
  },
})
