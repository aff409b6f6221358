import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// `npm run bench`: benchmarks print their figures as tables; they assert nothing about time.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    // The route solver's tables have their own script (`npm run bench:routing`).
    exclude: ['tests/bench/routing*.bench.ts'],
    environment: 'node',
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
    fileParallelism: false,
    disableConsoleIntercept: true
  }
})
