import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// `npm run bench:routing`: the route solver against TSPLIB, Solomon and Gehring-Homberger, printed
// as tables. The env flag lets these files skip themselves when `npm run bench` (whose config
// includes every *.bench.ts) collects them, so that run stays as fast as before.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/bench/routing*.bench.ts'],
    environment: 'node',
    env: { ZHANGGUI_ROUTING_BENCH: '1' },
    testTimeout: 60 * 60_000,
    hookTimeout: 60 * 60_000,
    fileParallelism: false,
    disableConsoleIntercept: true
  }
})
