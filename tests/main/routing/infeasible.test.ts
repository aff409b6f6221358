import { describe, expect, it } from 'vitest'
import type { RoutingProblem } from '../../../main/routing/model'
import { solveVrptw } from '../../../main/routing/vrp/solve'
import { checkPlan } from './plan-checker'

/** A line of points 10 apart: 0 is home, 1..4 are stores; time = cost = distance. */
function line(points: number): Float64Array {
  const m = new Float64Array(points * points)
  for (let i = 0; i < points; i++) for (let j = 0; j < points; j++) m[i * points + j] = Math.abs(i - j) * 10
  return m
}

function problem(over: Partial<RoutingProblem> = {}): RoutingProblem {
  const m = line(5)
  return {
    matrix: { size: 5, time: m, cost: m },
    visits: [
      { id: 'a', location: 1, service: 30, windows: [{ open: 0, close: 100 }] },
      { id: 'b', location: 2, service: 30, windows: [{ open: 0, close: 100 }] }
    ],
    routes: [{ id: 'day1', startLocation: 0, endLocation: 0, earliest: 0, latest: 200 }],
    ...over
  }
}

function solve(p: RoutingProblem) {
  const res = solveVrptw(p, { seed: 3, maxIterations: 50 })
  expect(checkPlan(p, res.plan)).toEqual([])
  return res.plan
}

describe('infeasible inputs give reasons, not crashes', () => {
  it('a window that closes before it opens: window_too_short', () => {
    const p = problem()
    p.visits = [...p.visits, { id: 'c', location: 3, service: 10, windows: [{ open: 50, close: 40 }] }]
    expect(solve(p).unplaced).toEqual([{ visitId: 'c', reason: 'window_too_short' }])
  })

  it('a store too far for the working day: beyond_working_time', () => {
    const p = problem()
    p.visits = [...p.visits, { id: 'far', location: 4, service: 150, windows: [] }]
    expect(solve(p).unplaced).toEqual([{ visitId: 'far', reason: 'beyond_working_time' }])
  })

  it('a store whose window is over before anyone can arrive: beyond_working_time', () => {
    const p = problem()
    p.visits = [...p.visits, { id: 'early', location: 4, service: 5, windows: [{ open: 0, close: 20 }] }]
    expect(solve(p).unplaced.map((u) => u.reason)).toEqual(['beyond_working_time'])
  })

  it('each fits alone but not all together: no_route_capacity', () => {
    // a alone takes 50, b alone 70, both 100: more than the 90 of the day.
    const p = problem({ routes: [{ id: 'day1', startLocation: 0, endLocation: 0, earliest: 0, latest: 90 }] })
    const plan = solve(p)
    expect(plan.routes[0]!.stops).toHaveLength(1)
    expect(plan.unplaced).toHaveLength(1)
    expect(plan.unplaced[0]!.reason).toBe('no_route_capacity')
  })

  it('a maximum duration is a working-time limit too', () => {
    // b alone needs 70 minutes out of a 60-minute day, however late the day ends.
    const p = problem({ routes: [{ id: 'day1', startLocation: 0, endLocation: 0, earliest: 0, latest: 1000, maxDuration: 60 }] })
    expect(solve(p).unplaced).toEqual([{ visitId: 'b', reason: 'beyond_working_time' }])
  })

  it('no travel possible: unreachable', () => {
    const p = problem()
    const m = line(5)
    for (let i = 0; i < 5; i++) {
      m[i * 5 + 4] = Infinity
      m[4 * 5 + i] = Infinity
    }
    m[24] = 0
    p.matrix = { size: 5, time: m, cost: m }
    p.visits = [...p.visits, { id: 'island', location: 4, service: 5, windows: [] }]
    expect(solve(p).unplaced).toEqual([{ visitId: 'island', reason: 'unreachable' }])
  })

  it('no manager-day at all: every visit unplaced for capacity', () => {
    const plan = solve(problem({ routes: [] }))
    expect(plan.unplaced.map((u) => u.reason)).toEqual(['no_route_capacity', 'no_route_capacity'])
  })

  it('capacity: demand beyond the route capacity', () => {
    const p = problem({ routes: [{ id: 'day1', startLocation: 0, endLocation: 0, earliest: 0, latest: 500, capacity: 1 }] })
    p.visits = p.visits.map((v) => ({ ...v, demand: 1 }))
    expect(solve(p).unplaced.map((u) => u.reason)).toEqual(['no_route_capacity'])
  })

  it('nothing to visit: an empty plan', () => {
    const plan = solve(problem({ visits: [] }))
    expect(plan.cost).toBe(0)
    expect(plan.routes[0]!.stops).toEqual([])
  })

  it('malformed input throws a RangeError naming the problem', () => {
    expect(() => solveVrptw(problem({ matrix: { size: 5, time: new Float64Array(3), cost: new Float64Array(3) } }))).toThrow(RangeError)
    const p = problem()
    p.visits = [{ id: 'x', location: 9, service: 0, windows: [] }]
    expect(() => solveVrptw(p)).toThrow(/outside the matrix/)
  })

  it('optional visits are left out when they cost more than their penalty', () => {
    const p = problem()
    p.visits = [{ id: 'cheap', location: 1, service: 0, windows: [], required: false, penalty: 5 }]
    const plan = solve(p)
    expect(plan.unplaced.map((u) => u.visitId)).toEqual(['cheap'])
  })
})

describe('multiple windows', () => {
  it('uses the afternoon window when the morning one is taken', () => {
    const m = line(3)
    const p: RoutingProblem = {
      matrix: { size: 3, time: m, cost: m },
      visits: [
        { id: 'lunch-closed', location: 1, service: 60, windows: [{ open: 0, close: 10 }, { open: 200, close: 260 }] },
        { id: 'morning', location: 2, service: 100, windows: [{ open: 0, close: 30 }] }
      ],
      routes: [{ id: 'd', startLocation: 0, endLocation: 0, earliest: 0, latest: 400 }]
    }
    const plan = solve(p)
    expect(plan.unplaced).toEqual([])
    const stop = plan.routes[0]!.stops.find((s) => s.visitId === 'lunch-closed')!
    expect(stop.start).toBeGreaterThanOrEqual(200)
  })
})
