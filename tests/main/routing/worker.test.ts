import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { build } from 'rolldown'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { solveInWorker } from '../../../main/routing/worker/solve-in-worker'
import { checkPlan } from './plan-checker'
import { randomProblem } from './random-problem'

/**
 * The worker entry is bundled here the way electron-vite will bundle it (one plain ES module,
 * Node built-ins external), then run in a real worker thread.
 */
let dir = ''
let entry = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'routing-worker-'))
  entry = join(dir, 'solve-worker.mjs')
  await build({
    input: resolve(import.meta.dirname, '../../../main/routing/worker/solve-worker.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file: entry, format: 'esm' }
  })
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const problem = randomProblem({ seed: 11, visits: 40, routes: 3, windows: true, horizon: 900 })

describe('solver in a worker thread', () => {
  it('streams progress and returns a checked plan', async () => {
    const progress: number[] = []
    const res = await solveInWorker(() => new Worker(entry), problem, { seed: 1, maxIterations: 200, onProgress: (p) => progress.push(p.bestCost) })
    expect(res.stopped).toBe('done')
    expect(progress.length).toBeGreaterThan(0)
    expect(checkPlan(problem, res.plan)).toEqual([])
  })

  it('cancels a long run through an AbortSignal while the main thread stays free', async () => {
    const ctrl = new AbortController()
    let ticks = 0
    const timer = setInterval(() => ticks++, 10)
    setTimeout(() => ctrl.abort(), 300)
    const started = performance.now()
    const res = await solveInWorker(() => new Worker(entry), problem, { seed: 1, timeLimitMs: 30_000, signal: ctrl.signal })
    clearInterval(timer)
    expect(res.stopped).toBe('cancelled')
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(ticks).toBeGreaterThan(5)
    expect(checkPlan(problem, res.plan)).toEqual([])
  })

  it('reports a malformed problem as a rejected promise', async () => {
    const bad = { ...problem, matrix: { size: 2, time: new Float64Array(4), cost: new Float64Array(4) } }
    await expect(solveInWorker(() => new Worker(entry), bad)).rejects.toThrow(/outside the matrix/)
  })
})
