/**
 * Why a visit is left out. Checked from the cheapest explanation up: no window can hold the
 * visit; no route can reach it even alone (outside working time); no travel possible; otherwise
 * it would fit alone but the routes are full of other visits.
 */
import type { UnplacedReason } from '../model'
import { concat, routeFeasible } from './segment'
import type { Statics } from './solution'

export function diagnose(S: Statics, v: number): UnplacedReason {
  const P = S.P
  const w0 = P.winStart[v]!
  const w1 = P.winStart[v + 1]!
  let anyWindow = false
  for (let w = w0; w < w1; w++) if (P.closes[w]! >= P.opens[w]!) anyWindow = true
  if (!anyWindow) return 'window_too_short'
  if (P.routeCount === 0) return 'no_route_capacity'
  let reachable = false
  for (let r = 0; r < P.routeCount; r++) {
    const a = P.rStart[r]! * P.size + P.loc[v]!
    const z = P.loc[v]! * P.size + P.rEnd[r]!
    if (!Number.isFinite(P.time[a]!) || !Number.isFinite(P.time[z]!)) continue
    reachable = true
    for (let w = w0; w < w1; w++) {
      if (P.closes[w]! < P.opens[w]!) continue
      const alone = concat(concat(S.starts[r]!, S.visitSegs[w]!, P), S.ends[r]!, P)
      if (routeFeasible(alone, P, r)) return 'no_route_capacity'
    }
  }
  return reachable ? 'beyond_working_time' : 'unreachable'
}
