/**
 * Cheapest feasible insertion of one visit: every position of every route, every window of
 * the visit, each checked in O(1) with segment data. A detour lower bound skips most positions
 * before the time-window check. `blink` skips positions at random (SISR's "blinks").
 */
import type { Rng } from '../rng'
import type { RouteBuilder } from './evaluator'
import type { Solution } from './solution'

export interface Insertion {
  route: number
  pos: number
  window: number
  delta: number
}

export const NO_INSERTION: Insertion = { route: -1, pos: -1, window: -1, delta: Infinity }

export function bestInRoute(sol: Solution, b: RouteBuilder, v: number, r: number, rng?: Rng, blink = 0): Insertion {
  const P = sol.S.P
  const nodes = sol.nodes[r]!
  const m = nodes.length
  const size = P.size
  const lv = P.loc[v]!
  const base = sol.routeCost[r]!
  let bestDelta = Infinity
  let bestPos = -1
  let bestW = -1
  const nw = P.winStart[v + 1]! - P.winStart[v]!
  for (let p = 0; p <= m; p++) {
    if (blink > 0 && rng !== undefined && rng.next() < blink) continue
    const a = p === 0 ? P.rStart[r]! : P.loc[nodes[p - 1]!]!
    const z = p === m ? P.rEnd[r]! : P.loc[nodes[p]!]!
    const lb = m === 0 ? 0 : P.cost[a * size + lv]! + P.cost[lv * size + z]! - P.cost[a * size + z]!
    if (lb >= bestDelta) continue
    for (let w = 0; w < nw; w++) {
      const delta = b.prefix(r, p).visit(v, w).suffix(r, p).finish() - base
      if (delta < bestDelta) {
        bestDelta = delta
        bestPos = p
        bestW = w
      }
    }
  }
  return bestPos < 0 ? NO_INSERTION : { route: r, pos: bestPos, window: bestW, delta: bestDelta }
}

/** Best over all routes; among empty routes with the same spec only the first is tried. */
export function bestInsertion(sol: Solution, b: RouteBuilder, v: number, rng?: Rng, blink = 0): Insertion {
  const P = sol.S.P
  let best = NO_INSERTION
  const seenEmpty = new Set<number>()
  for (let r = 0; r < P.routeCount; r++) {
    if (sol.nodes[r]!.length === 0) {
      if (seenEmpty.has(P.rClass[r]!)) continue
      seenEmpty.add(P.rClass[r]!)
    }
    const ins = bestInRoute(sol, b, v, r, rng, blink)
    if (ins.delta < best.delta) best = ins
  }
  return best
}

export function applyInsertion(sol: Solution, v: number, ins: Insertion): void {
  const nodes = sol.nodes[ins.route]!.slice()
  nodes.splice(ins.pos, 0, v)
  sol.windowOf[v] = ins.window
  sol.setRoute(ins.route, nodes)
}
