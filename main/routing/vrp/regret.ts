/**
 * Regret-k construction: repeatedly insert the visit whose best insertion is most ahead of its
 * k-1 next-best routes, so visits with few good options are placed before those options vanish
 * (Potvin & Rousseau 1993; VROOM does the same). Best insertions are cached per (visit, route)
 * and only the changed route is re-evaluated after each insertion.
 */
import { RouteBuilder } from './evaluator'
import { applyInsertion, bestInRoute, NO_INSERTION, type Insertion } from './insertion'
import type { Solution } from './solution'

/** What an infeasible option contributes to regret: "only this route can take it". */
const MISSING = 1e12

function regretOf(sol: Solution, row: Insertion[], k: number, seen: Set<number>): { best: Insertion; regret: number } {
  const P = sol.S.P
  seen.clear()
  const top: Insertion[] = []
  for (let r = 0; r < P.routeCount; r++) {
    if (sol.nodes[r]!.length === 0) {
      if (seen.has(P.rClass[r]!)) continue
      seen.add(P.rClass[r]!)
    }
    const ins = row[r]!
    if (ins.delta === Infinity) continue
    let i = top.length
    top.push(ins)
    while (i > 0 && top[i - 1]!.delta > ins.delta) {
      top[i] = top[i - 1]!
      i--
    }
    top[i] = ins
    if (top.length > k) top.length = k
  }
  if (top.length === 0) return { best: NO_INSERTION, regret: -Infinity }
  let regret = 0
  for (let i = 1; i < k; i++) regret += (top[i]?.delta ?? top[0]!.delta + MISSING) - top[0]!.delta
  return { best: top[0]!, regret }
}

/** Inserts `visits` into `sol` by regret-k; returns the visits that fit nowhere. */
export function regretInsert(sol: Solution, visits: number[], k: number): number[] {
  const b = new RouteBuilder(sol)
  const R = sol.S.P.routeCount
  const pending = new Set(visits)
  const cache = new Map<number, Insertion[]>()
  for (const v of visits) cache.set(v, Array.from({ length: R }, (_, r) => bestInRoute(sol, b, v, r)))
  const seen = new Set<number>()
  while (pending.size > 0) {
    let pick = -1
    let pickIns: Insertion | undefined
    let pickRegret = -Infinity
    for (const v of pending) {
      const { best, regret } = regretOf(sol, cache.get(v)!, k, seen)
      if (best.delta === Infinity) continue
      if (regret > pickRegret || (regret === pickRegret && best.delta < pickIns!.delta)) {
        pick = v
        pickIns = best
        pickRegret = regret
      }
    }
    if (pickIns === undefined) break
    applyInsertion(sol, pick, pickIns)
    pending.delete(pick)
    for (const v of pending) cache.get(v)![pickIns.route] = bestInRoute(sol, b, v, pickIns.route)
  }
  return [...pending]
}
