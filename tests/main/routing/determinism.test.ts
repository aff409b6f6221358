import { describe, expect, it } from 'vitest'
import { solveVrptw } from '../../../main/routing/vrp/solve'
import { checkPlan } from './plan-checker'
import { randomProblem } from './random-problem'

const problem = randomProblem({ seed: 42, visits: 60, routes: 4, windows: true, horizon: 900 })

describe('determinism and cancellation', () => {
  it('the same seed and iteration budget give the same plan', () => {
    const a = solveVrptw(problem, { seed: 7, maxIterations: 150 })
    const b = solveVrptw(problem, { seed: 7, maxIterations: 150 })
    expect(checkPlan(problem, a.plan)).toEqual([])
    expect(b.plan).toEqual(a.plan)
    expect(a.stopped).toBe('done')
  })

  it('an abort from the progress callback stops the run with the best plan so far', () => {
    const ctrl = new AbortController()
    const seen: number[] = []
    const res = solveVrptw(problem, {
      seed: 1,
      timeLimitMs: 20_000,
      signal: ctrl.signal,
      onProgress: (p) => {
        seen.push(p.bestCost)
        if (seen.length === 2) ctrl.abort()
      }
    })
    expect(res.stopped).toBe('cancelled')
    expect(res.elapsedMs).toBeLessThan(5000)
    expect(checkPlan(problem, res.plan)).toEqual([])
    expect(seen.length).toBeGreaterThanOrEqual(2)
  })

  it('an already aborted signal still returns a checked plan', () => {
    const ctrl = new AbortController()
    ctrl.abort()
    const res = solveVrptw(problem, { signal: ctrl.signal })
    expect(res.stopped).toBe('cancelled')
    expect(res.iterations).toBe(0)
    expect(checkPlan(problem, res.plan)).toEqual([])
  })

  it('progress reports never get worse and end at the returned cost', () => {
    const costs: number[] = []
    const res = solveVrptw(problem, { seed: 2, maxIterations: 200, onProgress: (p) => costs.push(p.bestCost) })
    for (let i = 1; i < costs.length; i++) expect(costs[i]!).toBeLessThanOrEqual(costs[i - 1]!)
    expect(costs.at(-1)).toBeCloseTo(res.plan.cost, 6)
  })
})
