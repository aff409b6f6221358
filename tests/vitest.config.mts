import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Lives in tests/ because the project root holds only the design card's fixed files.
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['tests/main/**/*.test.ts', 'tests/renderer/**/*.test.{ts,tsx}', 'tests/contract/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000
  }
})
