/**
 * Runs sync-child.ts in its own node process. Plain node cannot load our extensionless TS
 * imports, so the child is bundled once per run with vite's build API (SSR mode: node built-ins
 * and packages stay imports) into node_modules/.cache, where better-sqlite3 and zod resolve.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { bundleEntry } from '../../helpers/bundle-entry'
import type { ChildArgs, ChildResult } from './sync-child'

const ROOT = join(import.meta.dirname, '../../..')
const CHILD = join(ROOT, 'node_modules/.cache/zhanggui-bench-sync-child/bench-sync-child.mjs')

export const bundleSyncChild = () =>
  bundleEntry(join(import.meta.dirname, 'sync-child.ts'), 'bench-sync-child')

/** Runs one sync in a child; rejects with its stderr if it does not print a result. */
export function runSyncChild(args: ChildArgs): Promise<ChildResult> {
  // e.g. BENCH_CHILD_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the sync
  const nodeArgs = process.env.BENCH_CHILD_NODE_ARGS?.split(' ').filter(Boolean) ?? []
  const child = spawn(process.execPath, [...nodeArgs, CHILD, JSON.stringify(args)], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? ''
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as ChildResult)
      else reject(new Error(`sync child exited ${code}: ${stderr.slice(-2000)}`))
    })
  })
}
