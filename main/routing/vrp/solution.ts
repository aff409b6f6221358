/**
 * A solution: the visit order of every route plus, per route, prefix (fwd) and suffix (bwd)
 * segment data. Route arrays and their segment arrays are replaced, never mutated, when a route
 * changes, so clone() is a shallow copy and the search can keep best/current/candidate cheaply.
 */
import { concat, depotSeg, emptySeg, routeFeasible, visitSeg, type Seg } from './segment'
import type { ProblemData } from './problem-data'

export interface Statics {
  P: ProblemData
  /** visitSegs[winStart[v] + w]: the one-visit segment of v in its window w. */
  visitSegs: Seg[]
  starts: Seg[]
  ends: Seg[]
}

export function buildStatics(P: ProblemData): Statics {
  const visitSegs: Seg[] = []
  for (let v = 0; v < P.n; v++) {
    for (let w = 0; w < P.winStart[v + 1]! - P.winStart[v]!; w++) visitSegs.push(visitSeg(P, v, w))
  }
  const starts: Seg[] = []
  const ends: Seg[] = []
  for (let r = 0; r < P.routeCount; r++) {
    starts.push(depotSeg(P, r, false))
    ends.push(depotSeg(P, r, true))
  }
  return { P, visitSegs, starts, ends }
}

const EMPTY = emptySeg()

export class Solution {
  nodes: number[][]
  /** fwd[r][p]: start depot + first p visits. */
  fwd: Seg[][]
  /** bwd[r][p]: visits p..end (0-based, end depot excluded); bwd[r][len] is empty. */
  bwd: Seg[][]
  routeCost: Float64Array
  routeOf: Int32Array
  posOf: Int32Array
  windowOf: Int32Array

  constructor(readonly S: Statics) {
    const { n, routeCount } = S.P
    this.nodes = Array.from({ length: routeCount }, () => [])
    this.fwd = Array.from({ length: routeCount }, (_, r) => [S.starts[r]!])
    this.bwd = Array.from({ length: routeCount }, () => [EMPTY])
    this.routeCost = new Float64Array(routeCount)
    this.routeOf = new Int32Array(n).fill(-1)
    this.posOf = new Int32Array(n).fill(-1)
    this.windowOf = new Int32Array(n)
  }

  clone(): Solution {
    const c = Object.create(Solution.prototype) as Solution
    Object.assign(c, {
      S: this.S,
      nodes: this.nodes.slice(),
      fwd: this.fwd.slice(),
      bwd: this.bwd.slice(),
      routeCost: this.routeCost.slice(),
      routeOf: this.routeOf.slice(),
      posOf: this.posOf.slice(),
      windowOf: this.windowOf.slice()
    })
    return c
  }

  seg(v: number): Seg {
    return this.S.visitSegs[this.S.P.winStart[v]! + this.windowOf[v]!]!
  }

  /**
   * Replaces route r; visits that were on it and are not in `nodes` become unplaced, unless a
   * route set just before has already claimed them (a swap sets both routes in turn).
   */
  setRoute(r: number, nodes: number[]): void {
    for (const v of this.nodes[r]!) if (this.routeOf[v] === r) this.routeOf[v] = -1
    const P = this.S.P
    const fwd: Seg[] = [this.S.starts[r]!]
    for (let i = 0; i < nodes.length; i++) {
      const v = nodes[i]!
      this.routeOf[v] = r
      this.posOf[v] = i
      fwd.push(concat(fwd[i]!, this.seg(v), P))
    }
    const bwd: Seg[] = new Array<Seg>(nodes.length + 1)
    bwd[nodes.length] = EMPTY
    for (let i = nodes.length - 1; i >= 0; i--) bwd[i] = concat(this.seg(nodes[i]!), bwd[i + 1]!, P)
    this.nodes[r] = nodes
    this.fwd[r] = fwd
    this.bwd[r] = bwd
    const full = concat(fwd[nodes.length]!, this.S.ends[r]!, P)
    this.routeCost[r] = nodes.length === 0 ? 0 : full.c
  }

  /** Cost of the current routes plus the penalty of every visit left out. */
  objective(): number {
    let sum = 0
    for (const c of this.routeCost) sum += c
    const P = this.S.P
    for (let v = 0; v < P.n; v++) if (this.routeOf[v]! < 0) sum += P.penalty[v]!
    return sum
  }

  unplaced(): number[] {
    const out: number[] = []
    for (let v = 0; v < this.S.P.n; v++) if (this.routeOf[v]! < 0) out.push(v)
    return out
  }

  /** Minimal duration of route r (its working time, waits included); 0 when unused. */
  routeDuration(r: number): number {
    if (this.nodes[r]!.length === 0) return 0
    return concat(this.fwd[r]![this.nodes[r]!.length]!, this.S.ends[r]!, this.S.P).d
  }

  isFeasibleRoute(r: number): boolean {
    return routeFeasible(concat(this.fwd[r]![this.nodes[r]!.length]!, this.S.ends[r]!, this.S.P), this.S.P, r)
  }
}
