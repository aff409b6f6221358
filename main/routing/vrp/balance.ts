/**
 * Objective 3, balance: after the search, move visits off the longest day while that shortens
 * it and the extra travel stays within `tolerance` × the plan's travel (0: only moves that cost
 * nothing, i.e. a pure tie-break between equally short plans). Lexicographic by construction:
 * it never unplaces a visit and never spends more travel than the caller allowed.
 */
import { RouteBuilder } from './evaluator'
import { applyInsertion, bestInRoute } from './insertion'
import type { Solution } from './solution'

const EPS = 1e-7

interface BalanceMove {
  v: number
  from: number
  extra: number
  peak: number
  apply: () => void
}

function longestRoute(sol: Solution): number {
  let best = -1
  let dur = -Infinity
  for (let r = 0; r < sol.S.P.routeCount; r++) {
    const d = sol.routeDuration(r)
    if (sol.nodes[r]!.length > 0 && d > dur) {
      dur = d
      best = r
    }
  }
  return best
}

/** The cheapest move of one visit of route `from` elsewhere that lowers the peak duration. */
function bestMoveOff(sol: Solution, b: RouteBuilder, from: number, budget: number): BalanceMove | undefined {
  const peak = sol.routeDuration(from)
  let best: BalanceMove | undefined
  sol.nodes[from]!.forEach((v, p) => {
    const without = b.prefix(from, p).suffix(from, p + 1).finish()
    const fromDur = b.duration
    if (without === Infinity) return
    for (let r = 0; r < sol.S.P.routeCount; r++) {
      if (r === from) continue
      const ins = bestInRoute(sol, b, v, r)
      if (ins.delta === Infinity) continue
      b.prefix(r, ins.pos).visit(v, ins.window).suffix(r, ins.pos).finish()
      const newPeak = Math.max(fromDur, b.duration)
      const extra = without - sol.routeCost[from]! + ins.delta
      if (newPeak >= peak - EPS || extra > budget + EPS) continue
      if (best && (extra > best.extra + EPS || (Math.abs(extra - best.extra) <= EPS && newPeak >= best.peak))) continue
      best = {
        v,
        from,
        extra,
        peak: newPeak,
        apply: () => {
          sol.setRoute(from, sol.nodes[from]!.filter((x) => x !== v))
          applyInsertion(sol, v, ins)
        }
      }
    }
  })
  return best
}

export function balanceDays(sol: Solution, tolerance: number): void {
  const b = new RouteBuilder(sol)
  let travel = 0
  for (const c of sol.routeCost) travel += c
  let budget = Math.max(0, tolerance) * travel
  for (let step = 0; step < sol.S.P.n; step++) {
    const from = longestRoute(sol)
    if (from < 0) return
    const move = bestMoveOff(sol, b, from, budget)
    if (!move) return
    move.apply()
    budget -= Math.max(0, move.extra)
  }
}
