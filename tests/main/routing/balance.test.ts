import { describe, expect, it } from 'vitest'
import type { RoutingProblem } from '../../../main/routing/model'
import { solveVrptw } from '../../../main/routing/vrp/solve'
import { checkPlan } from './plan-checker'

function days(plan: ReturnType<typeof solveVrptw>['plan']): number[] {
  return plan.routes.map((r) => (r.stops.length === 0 ? 0 : r.arrival - r.departure))
}

describe('balance between days (objective 3)', () => {
  it('spreads visits over the days when travel does not care', () => {
    // Every store shares the office's location: any split costs 0 travel, so only balance decides.
    const m = new Float64Array(4)
    const p: RoutingProblem = {
      matrix: { size: 2, time: m, cost: m },
      visits: Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, location: 1, service: 30, windows: [] })),
      routes: [
        { id: 'mon', startLocation: 0, endLocation: 0, earliest: 0, latest: 480 },
        { id: 'tue', startLocation: 0, endLocation: 0, earliest: 0, latest: 480 }
      ]
    }
    const res = solveVrptw(p, { seed: 1, maxIterations: 20 })
    expect(checkPlan(p, res.plan)).toEqual([])
    expect(Math.max(...days(res.plan))).toBe(90)
  })

  it('spends travel on balance only when allowed', () => {
    // Two stores next to each other, far from home: one day is cheapest, two days are balanced.
    const size = 3
    const m = new Float64Array(size * size)
    const at = [0, 100, 101]
    for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) m[i * size + j] = Math.abs(at[i]! - at[j]!)
    const p: RoutingProblem = {
      matrix: { size, time: m, cost: m },
      visits: [
        { id: 'a', location: 1, service: 100, windows: [] },
        { id: 'b', location: 2, service: 100, windows: [] }
      ],
      routes: [
        { id: 'mon', startLocation: 0, endLocation: 0, earliest: 0, latest: 1000 },
        { id: 'tue', startLocation: 0, endLocation: 0, earliest: 0, latest: 1000 }
      ]
    }
    const strict = solveVrptw(p, { seed: 1, maxIterations: 20 })
    expect(strict.plan.cost).toBe(202)
    const loose = solveVrptw(p, { seed: 1, maxIterations: 20, balanceTolerance: 1 })
    expect(checkPlan(p, loose.plan)).toEqual([])
    expect(loose.plan.cost).toBe(402)
    expect(Math.max(...days(loose.plan))).toBeLessThan(Math.max(...days(strict.plan)))
  })
})
