import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// `npm run bench:routing`: the route solver against TSPLIB, Solomon and Gehring-Homberger, printed
// as tables (`npm run bench` excludes these files).
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/bench/routing*.bench.ts'],
    environment: 'node',
    testTimeout: 60 * 60_000,
    hookTimeout: 60 * 60_000,
    fileParallelism: false,
    disableConsoleIntercept: true
  }
})
