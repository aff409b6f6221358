/**
 * Cost of a tentative route built from pieces: a stored prefix, some visits, a stored suffix,
 * then the route's own end point (routes are heterogeneous, so the end always comes from the
 * route being built). One accumulator is reused so move evaluation allocates nothing.
 */
import { concatInto, copySeg, emptySeg, routeFeasible, type Seg } from './segment'
import type { Solution } from './solution'

export class RouteBuilder {
  private acc: Seg = emptySeg()
  private r = 0
  private count = 0
  constructor(private readonly sol: Solution) {}

  /** Start route r with its start point and its first p visits. */
  prefix(r: number, p: number): this {
    this.r = r
    this.count = p
    copySeg(this.acc, this.sol.fwd[r]![p]!)
    return this
  }

  visit(v: number, w = this.sol.windowOf[v]!): this {
    const S = this.sol.S
    this.count++
    concatInto(this.acc, this.acc, S.visitSegs[S.P.winStart[v]! + w]!, S.P)
    return this
  }

  /** Visits nodes[from..to] of route r, forward when from ≤ to, reversed otherwise. */
  range(r: number, from: number, to: number): this {
    const nodes = this.sol.nodes[r]!
    if (from <= to) for (let i = from; i <= to; i++) this.visit(nodes[i]!)
    else for (let i = from; i >= to; i--) this.visit(nodes[i]!)
    return this
  }

  /** Appends visits p..end of route r (possibly another route's tail). */
  suffix(r: number, p: number): this {
    this.count += this.sol.nodes[r]!.length - p
    concatInto(this.acc, this.acc, this.sol.bwd[r]![p]!, this.sol.S.P)
    return this
  }

  /** Minimal duration of the route closed by the last finish() (0 when it has no visits). */
  get duration(): number {
    return this.count === 0 ? 0 : this.acc.d
  }

  /** Closes the route; its cost, or Infinity when a window, duration or capacity breaks. */
  finish(): number {
    const S = this.sol.S
    // An unused manager-day costs nothing: he does not leave home.
    if (this.count === 0) return 0
    concatInto(this.acc, this.acc, S.ends[this.r]!, S.P)
    return routeFeasible(this.acc, S.P, this.r) ? this.acc.c : Infinity
  }
}
