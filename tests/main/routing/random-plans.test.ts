import { describe, expect, it } from 'vitest'
import { solveVrptw } from '../../../main/routing/vrp/solve'
import { checkPlan } from './plan-checker'
import { randomProblem } from './random-problem'

/**
 * Mid-size random problems with every constraint at once — two windows, capacities, maximum
 * durations, heterogeneous days — so that many moves are tried and rejected: every plan must
 * still pass the independent checker, and every left-out visit must carry a reason.
 */
describe('random plans always pass the checker', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('seed %i', (seed) => {
    const problem = randomProblem({ seed: 500 + seed, visits: 25 + seed * 3, routes: 1 + (seed % 4), windows: true, extras: true, horizon: 700 })
    const res = solveVrptw(problem, { seed, maxIterations: 120 })
    expect(checkPlan(problem, res.plan)).toEqual([])
    for (const u of res.plan.unplaced) expect(['window_too_short', 'beyond_working_time', 'unreachable', 'no_route_capacity']).toContain(u.reason)
  })
})
