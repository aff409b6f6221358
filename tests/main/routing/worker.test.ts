import { resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { beforeAll, describe, expect, it } from 'vitest'
import { planPatrolInWorker } from '../../../main/domain/patrol/patrol-in-worker'
import { solveInWorker } from '../../../main/routing/worker/solve-in-worker'
import { fixtureRequest } from '../domain/patrol/patrol-fixture'
import { bundleEntry } from '../../helpers/bundle-entry'
import { checkPlan } from './plan-checker'
import { randomProblem } from './random-problem'

/**
 * The worker entry is bundled here with vite's build API in SSR mode, as electron-vite bundles
 * it for the app (one plain ES module, Node built-ins external), then run in a real worker thread.
 */
let entry = ''

beforeAll(async () => {
  const source = resolve(import.meta.dirname, '../../../main/routing/worker/solve-worker.ts')
  entry = await bundleEntry(source, 'routing-solve-worker')
}, 60_000)

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

describe('patrol planning in the same worker thread', () => {
  it('plans a whole period there, streaming progress, and stops early on cancel', async () => {
    const phases: string[] = []
    const plan = await planPatrolInWorker(() => new Worker(entry), fixtureRequest(12, 5), { timeLimitMs: 400, onProgress: (p) => phases.push(p.phase) })
    expect(plan.visitsPlaced).toBe(plan.visitsRequired)
    expect(phases[0]).toBe('first')
    const ctrl = new AbortController()
    setTimeout(() => ctrl.abort(), 200)
    const started = performance.now()
    const cut = await planPatrolInWorker(() => new Worker(entry), fixtureRequest(40, 10), { timeLimitMs: 30_000, signal: ctrl.signal })
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(cut.elapsedMs).toBeLessThan(10_000)
  })
})
