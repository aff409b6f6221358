/**
 * Ruin by adjacent string removal (SISR, Christiaens & Vanden Berghe 2020): around a random
 * seed visit, cut short strings out of the few routes that pass nearby. Removing what is close
 * together lets the recreate step rebuild that area differently; random removal would not.
 */
import { shuffle, type Rng } from '../rng'
import type { Solution } from './solution'

export interface RuinParams {
  /** Average number of visits removed. */
  avgRemoved: number
  /** Longest string cut from one route. */
  maxString: number
}

function avgRouteLength(sol: Solution): number {
  let used = 0
  let visits = 0
  for (const nodes of sol.nodes) {
    if (nodes.length === 0) continue
    used++
    visits += nodes.length
  }
  return used === 0 ? 1 : visits / used
}

/** Cuts a string of length `len` that contains visit v out of its route; returns the removed. */
function cutString(sol: Solution, rng: Rng, v: number, len: number): number[] {
  const r = sol.routeOf[v]!
  const nodes = sol.nodes[r]!
  const p = sol.posOf[v]!
  const lo = Math.max(0, Math.min(p - rng.int(len), nodes.length - len))
  const removed = nodes.slice(lo, lo + len)
  sol.setRoute(r, nodes.slice(0, lo).concat(nodes.slice(lo + len)))
  return removed
}

export function ruinStrings(sol: Solution, rng: Rng, params: RuinParams): number[] {
  const P = sol.S.P
  const placed: number[] = []
  for (let v = 0; v < P.n; v++) if (sol.routeOf[v]! >= 0) placed.push(v)
  if (placed.length === 0) return []
  const lsMax = Math.min(params.maxString, avgRouteLength(sol))
  const ksMax = (4 * params.avgRemoved) / (1 + lsMax) - 1
  const routesToRuin = Math.max(1, Math.floor(rng.next() * ksMax) + 1)
  const seed = placed[rng.int(placed.length)]!
  const ruined = new Set<number>()
  const removed: number[] = []
  const consider = (c: number): void => {
    const r = sol.routeOf[c]!
    if (r < 0 || ruined.has(r)) return
    const len = Math.max(1, Math.floor(rng.next() * Math.min(sol.nodes[r]!.length, lsMax)) + 1)
    ruined.add(r)
    removed.push(...cutString(sol, rng, c, Math.min(len, sol.nodes[r]!.length)))
  }
  consider(seed)
  for (let j = 0; j < P.k && ruined.size < routesToRuin; j++) consider(P.neighbours[seed * P.k + j]!)
  return removed
}

/** Random removal: scattered visits, which string removal never picks together. */
export function ruinRandom(sol: Solution, rng: Rng, count: number): number[] {
  const placed: number[] = []
  for (let v = 0; v < sol.S.P.n; v++) if (sol.routeOf[v]! >= 0) placed.push(v)
  const removed = shuffle(rng, placed).slice(0, Math.max(1, Math.min(count, placed.length)))
  for (const v of removed) {
    const r = sol.routeOf[v]!
    sol.setRoute(r, sol.nodes[r]!.filter((x) => x !== v))
  }
  return removed
}
