import { describe, expect, it } from 'vitest'
import { solveVrptw } from '../../../main/routing/vrp/solve'
import { bruteForce } from './brute-force'
import { checkPlan } from './plan-checker'
import { randomProblem, type RandomSpec } from './random-problem'

/** Tiny random instances: the solver must find the exact optimum and a plan the checker accepts. */
const cases: RandomSpec[] = []
for (let seed = 1; seed <= 16; seed++) {
  cases.push({ seed, visits: 5 + (seed % 5), routes: 1, windows: seed % 2 === 0 })
  cases.push({ seed: seed + 100, visits: 4 + (seed % 4), routes: 2, windows: seed % 2 === 1, horizon: 300 })
}

describe('tiny instances reach the brute-force optimum', () => {
  it.each(cases)('seed $seed: $visits stops, $routes route(s), windows $windows', (spec) => {
    const problem = randomProblem(spec)
    const opt = bruteForce(problem)
    const res = solveVrptw(problem, { seed: spec.seed, maxIterations: 300 })
    expect(checkPlan(problem, res.plan)).toEqual([])
    expect(res.plan.unplaced.length).toBe(opt.unplaced)
    expect(res.plan.cost).toBeCloseTo(opt.cost, 6)
  })
})
