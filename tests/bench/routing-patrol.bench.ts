import { describe, it } from 'vitest'
import { solveVrptw } from '../../main/routing/vrp/solve'
import { checkPlan } from '../main/routing/plan-checker'
import { printSkip, round, routingBenchSkip } from './routing/bench-gate'
import { patrolRegion } from './routing/patrol-region'

/**
 * The app's own scale: 300 stores × 2 managers × 10 days with opening hours (two windows for
 * shops closed at lunch) and haversine travel. Visit frequencies are not modelled yet: each store
 * is one visit in the period. Figures: time to the first complete plan and to the final one.
 */
const BUDGET_MS = 10_000

function run(balanceTolerance: number): Record<string, number | string> {
  const problem = patrolRegion()
  const progress: { ms: number; cost: number; unplaced: number }[] = []
  const res = solveVrptw(problem, {
    seed: 1,
    timeLimitMs: BUDGET_MS,
    balanceTolerance,
    onProgress: (p) => progress.push({ ms: p.elapsedMs, cost: p.bestCost, unplaced: p.unplaced })
  })
  const errors = checkPlan(problem, res.plan)
  if (errors.length > 0) throw new Error(errors.slice(0, 3).join('; '))
  const first = progress[0]!
  const firstComplete = progress.find((p) => p.unplaced === 0)
  const used = res.plan.routes.filter((r) => r.stops.length > 0)
  const lengths = used.map((r) => r.arrival - r.departure)
  const travel = used.reduce((s, r) => s + r.travelTime, 0)
  if (res.plan.unplaced.length > 0) console.table(res.plan.unplaced.slice(0, 10))
  return {
    'balance tolerance': balanceTolerance,
    'first plan s': round(first.ms / 1000, 2),
    'first plan unplaced': first.unplaced,
    'first complete s': firstComplete ? round(firstComplete.ms / 1000, 2) : 'never',
    'final s': round(res.elapsedMs / 1000, 2),
    // bestCost includes the penalty of unplaced visits, so compare complete plans only.
    'travel min (first complete)': firstComplete ? round(firstComplete.cost) : '-',
    'travel min (final)': round(res.plan.cost),
    'gain %': firstComplete ? round((1 - res.plan.cost / firstComplete.cost) * 100, 1) : '-',
    unplaced: res.plan.unplaced.length,
    'days used': used.length,
    'stops/day': round(res.plan.routes.reduce((s, r) => s + r.stops.length, 0) / used.length, 1),
    'travel min/day': round(travel / used.length, 1),
    'longest day min': round(Math.max(...lengths)),
    'shortest day min': round(Math.min(...lengths)),
    iterations: res.iterations
  }
}

describe.skipIf(routingBenchSkip !== undefined)('patrol region, 300 stores × 2 managers × 10 days', () => {
  it('prints the figures', () => {
    console.table([run(0), run(0.02)])
  })
})
printSkip()
