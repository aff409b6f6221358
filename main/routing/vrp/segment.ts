/**
 * Concatenated segment data for constant-time time-window checks (Vidal et al. 2013, "A hybrid
 * genetic algorithm with adaptive diversity management…", and HGS-CVRP). A segment of a route
 * is summarised by its minimal duration d, time warp tw (0 when feasible), earliest/latest
 * start e/l at its first point, cost c and load q; two summaries concatenate in O(1), so a
 * move is checked by joining a stored prefix, the moved visits and a stored suffix.
 */
import type { ProblemData } from './problem-data'

export interface Seg {
  d: number
  tw: number
  e: number
  l: number
  c: number
  q: number
  /** Matrix locations of the first and last point; -1 for the empty segment. */
  first: number
  last: number
}

export const EPS = 1e-6

export function emptySeg(): Seg {
  return { d: 0, tw: 0, e: -Infinity, l: Infinity, c: 0, q: 0, first: -1, last: -1 }
}

export function copySeg(out: Seg, a: Seg): Seg {
  out.d = a.d
  out.tw = a.tw
  out.e = a.e
  out.l = a.l
  out.c = a.c
  out.q = a.q
  out.first = a.first
  out.last = a.last
  return out
}

/** out := a ⊕ b; out may be a. */
export function concatInto(out: Seg, a: Seg, b: Seg, P: ProblemData): Seg {
  if (b.first < 0) return out === a ? out : copySeg(out, a)
  if (a.first < 0) return copySeg(out, b)
  const ij = a.last * P.size + b.first
  const t = P.time[ij]!
  const delta = a.d - a.tw + t
  const wait = Math.max(b.e - delta - a.l, 0)
  const warp = Math.max(a.e + delta - b.l, 0)
  const d = a.d + b.d + t + wait
  const tw = a.tw + b.tw + warp
  const e = Math.max(b.e - delta, a.e) - wait
  const l = Math.min(b.l - delta, a.l) + warp
  out.c = a.c + b.c + P.cost[ij]!
  out.q = a.q + b.q
  out.d = d
  out.tw = tw
  out.e = e
  out.l = l
  out.first = a.first
  out.last = b.last
  return out
}

export function concat(a: Seg, b: Seg, P: ProblemData): Seg {
  return concatInto(emptySeg(), a, b, P)
}

export function visitSeg(P: ProblemData, v: number, w: number): Seg {
  const at = P.winStart[v]! + w
  const loc = P.loc[v]!
  return { d: P.service[v]!, tw: 0, e: P.opens[at]!, l: P.closes[at]!, c: 0, q: P.demand[v]!, first: loc, last: loc }
}

export function depotSeg(P: ProblemData, r: number, end: boolean): Seg {
  const loc = end ? P.rEnd[r]! : P.rStart[r]!
  return { d: 0, tw: 0, e: P.rEarliest[r]!, l: P.rLatest[r]!, c: 0, q: 0, first: loc, last: loc }
}

/** A whole route (start depot … end depot) is feasible when nothing is warped or exceeded. */
export function routeFeasible(s: Seg, P: ProblemData, r: number): boolean {
  return s.tw <= EPS && s.q <= P.rCapacity[r]! + EPS && s.d <= P.rMaxDuration[r]! + EPS
}
