/**
 * Local search over the candidate lists: for a visit u and each near visit v, try the moves that
 * put u next to v — relocate, swap, Or-opt (strings of 2–3, both orientations), 2-opt* between
 * routes, 2-opt within a route — and apply the first that lowers the cost. Every check is a
 * prefix ⊕ moved visits ⊕ suffix concatenation (O(1) between routes, O(span) within one).
 * Visits of changed routes are queued again until nothing improves.
 */
import type { Rng } from '../rng'
import { shuffle } from '../rng'
import { RouteBuilder } from './evaluator'
import type { ProblemData } from './problem-data'
import type { Solution } from './solution'

const GAIN = 1e-7

export class LocalSearch {
  private readonly b: RouteBuilder
  private readonly queue: number[] = []
  private readonly queued: Uint8Array
  private readonly scratch: number[] = []
  private readonly emptySeen = new Set<number>()
  // Hot-loop constants, read from fields rather than through sol.S.P on every edge lookup.
  private readonly cost: ProblemData['cost']
  private readonly size: number
  private readonly loc: Int32Array
  private readonly rStart: Int32Array
  private readonly rEnd: Int32Array

  constructor(private readonly sol: Solution) {
    this.b = new RouteBuilder(sol)
    this.queued = new Uint8Array(sol.S.P.n)
    const P = sol.S.P
    this.cost = P.cost
    this.size = P.size
    this.loc = P.loc
    this.rStart = P.rStart
    this.rEnd = P.rEnd
  }

  /** Improves `sol` in place starting from `visits`; `stop` is polled between visits. */
  run(visits: number[], rng: Rng, stop: () => boolean): void {
    for (const v of shuffle(rng, visits.slice())) this.push(v)
    while (this.queue.length > 0) {
      if (stop()) break
      const u = this.queue.pop()!
      this.queued[u] = 0
      if (this.sol.routeOf[u]! >= 0 && this.improve(u)) this.push(u)
    }
    for (const v of this.queue) this.queued[v] = 0
    this.queue.length = 0
  }

  private push(v: number): void {
    if (this.queued[v]) return
    this.queued[v] = 1
    this.queue.push(v)
  }

  private touch(r: number): void {
    for (const v of this.sol.nodes[r]!) this.push(v)
  }

  /** removalGain of the visit being improved, the same for all its neighbours. */
  private gainU = 0

  private improve(u: number): boolean {
    const { P } = this.sol.S
    this.gainU = this.removalGain(this.sol.routeOf[u]!, this.sol.posOf[u]!, 1)
    for (let j = 0; j < P.k; j++) {
      const v = P.neighbours[u * P.k + j]!
      if (this.sol.routeOf[v]! < 0) continue
      if (this.sol.routeOf[v] === this.sol.routeOf[u] ? this.intra(u, v) : this.inter(u, v)) return true
    }
    return this.toEmptyRoute(u)
  }

  /** Matrix location at position p of route r; -1 is its start, len its end. */
  private at(r: number, p: number): number {
    if (p < 0) return this.rStart[r]!
    const nodes = this.sol.nodes[r]!
    return p >= nodes.length ? this.rEnd[r]! : this.loc[nodes[p]!]!
  }

  private c(a: number, b: number): number {
    return this.cost[a * this.size + b]!
  }

  /** What taking nodes[p..p+len) out of route r saves (a route left empty costs nothing). */
  private removalGain(r: number, p: number, len: number): number {
    if (this.sol.nodes[r]!.length === len) return this.sol.routeCost[r]!
    const a = this.at(r, p - 1)
    const z = this.at(r, p + len)
    return this.c(a, this.at(r, p)) + this.c(this.at(r, p + len - 1), z) - this.c(a, z)
  }

  /** Cost added by putting a string first..last between positions q-1 and q of route r. */
  private insertionCost(r: number, q: number, first: number, last: number): number {
    const a = this.at(r, q - 1)
    const z = this.at(r, q)
    return this.c(a, first) + this.c(last, z) - this.c(a, z)
  }

  private commit(r: number, nodes: number[]): void {
    this.sol.setRoute(r, nodes)
    this.touch(r)
  }

  // ---- between two routes ------------------------------------------------------------------

  private inter(u: number, v: number): boolean {
    const s = this.sol
    const b = this.b
    const { P } = s.S
    const ru = s.routeOf[u]!
    const rv = s.routeOf[v]!
    const pu = s.posOf[u]!
    const pv = s.posOf[v]!
    const lu = P.loc[u]!
    const lv = P.loc[v]!
    const old = s.routeCost[ru]! + s.routeCost[rv]!
    const lenU = s.nodes[ru]!.length
    // Edge costs price every move in O(1); only a move that gains is checked for feasibility.
    const gainU = this.gainU
    let without = NaN
    for (let k = 0; k < 2; k++) {
      const q = pv + 1 - k
      if (this.insertionCost(rv, q, lu, lu) - gainU >= -GAIN) continue
      if (Number.isNaN(without)) without = b.prefix(ru, pu).suffix(ru, pu + 1).finish()
      const nv = b.prefix(rv, q).visit(u).suffix(rv, q).finish()
      if (without + nv < old - GAIN) return this.applyInter(ru, pu, pu + 1, rv, q, q, false)
    }
    const uPrev = this.at(ru, pu - 1)
    const uNext = this.at(ru, pu + 1)
    const vPrev = this.at(rv, pv - 1)
    const vNext = this.at(rv, pv + 1)
    const swapDelta =
      this.c(uPrev, lv) + this.c(lv, uNext) - this.c(uPrev, lu) - this.c(lu, uNext) +
      this.c(vPrev, lu) + this.c(lu, vNext) - this.c(vPrev, lv) - this.c(lv, vNext)
    if (swapDelta < -GAIN) {
      const su = b.prefix(ru, pu).visit(v).suffix(ru, pu + 1).finish()
      if (su < Infinity) {
        const sv = b.prefix(rv, pv).visit(u).suffix(rv, pv + 1).finish()
        if (su + sv < old - GAIN) return this.applySwap(ru, pu, rv, pv)
      }
    }
    for (let len = 2; len <= 3 && pu + len <= lenU; len++) {
      if (this.orOpt(ru, pu, len, rv, pv, old)) return true
    }
    return this.twoOptStar(ru, pu, rv, pv, old) || this.crossExchange(ru, pu, rv, pv, old)
  }

  /**
   * Cross-exchange: swap the string of 1–2 visits starting at u with the one starting at v
   * (the 1–1 case is the plain swap above). Strings keep their orientation.
   */
  private crossExchange(ru: number, pu: number, rv: number, pv: number, old: number): boolean {
    const s = this.sol
    const lenU = s.nodes[ru]!.length
    const lenV = s.nodes[rv]!.length
    for (let a = 1; a <= 2 && pu + a <= lenU; a++) {
      for (let bl = 1; bl <= 2 && pv + bl <= lenV; bl++) {
        if (a === 1 && bl === 1) continue
        const up = this.at(ru, pu - 1)
        const un = this.at(ru, pu + a)
        const vp = this.at(rv, pv - 1)
        const vn = this.at(rv, pv + bl)
        const u0 = this.at(ru, pu)
        const u1 = this.at(ru, pu + a - 1)
        const v0 = this.at(rv, pv)
        const v1 = this.at(rv, pv + bl - 1)
        const delta = this.c(up, v0) + this.c(v1, un) + this.c(vp, u0) + this.c(u1, vn) - this.c(up, u0) - this.c(u1, un) - this.c(vp, v0) - this.c(v1, vn)
        if (delta >= -GAIN) continue
        const nu = this.b.prefix(ru, pu).range(rv, pv, pv + bl - 1).suffix(ru, pu + a).finish()
        if (nu === Infinity) continue
        const nv = this.b.prefix(rv, pv).range(ru, pu, pu + a - 1).suffix(rv, pv + bl).finish()
        if (nu + nv < old - GAIN) return this.applyCross(ru, pu, a, rv, pv, bl)
      }
    }
    return false
  }

  private applyCross(ru: number, pu: number, a: number, rv: number, pv: number, bl: number): boolean {
    const nu = this.sol.nodes[ru]!
    const nv = this.sol.nodes[rv]!
    const newU = nu.slice(0, pu).concat(nv.slice(pv, pv + bl), nu.slice(pu + a))
    const newV = nv.slice(0, pv).concat(nu.slice(pu, pu + a), nv.slice(pv + bl))
    this.commit(ru, newU)
    this.commit(rv, newV)
    return true
  }

  /** Or-opt: the string nodes[pu..pu+len) of ru goes after v in rv, as is or reversed. */
  private orOpt(ru: number, pu: number, len: number, rv: number, pv: number, old: number): boolean {
    const b = this.b
    const first = this.at(ru, pu)
    const last = this.at(ru, pu + len - 1)
    const gain = this.removalGain(ru, pu, len)
    let nu = NaN
    for (let k = 0; k < 2; k++) {
      const rev = k === 1
      const priced = !rev || this.sol.S.P.symmetric
      if (priced && this.insertionCost(rv, pv + 1, rev ? last : first, rev ? first : last) - gain >= -GAIN) continue
      if (Number.isNaN(nu)) nu = b.prefix(ru, pu).suffix(ru, pu + len).finish()
      if (nu === Infinity) return false
      b.prefix(rv, pv + 1)
      if (rev) b.range(ru, pu + len - 1, pu)
      else b.range(ru, pu, pu + len - 1)
      const nv = b.suffix(rv, pv + 1).finish()
      if (nu + nv < old - GAIN) return this.applyInter(ru, pu, pu + len, rv, pv + 1, pv + 1, rev)
    }
    return false
  }

  /** 2-opt*: exchange the tails of two routes so that u is followed by v, or v by u. */
  private twoOptStar(ru: number, pu: number, rv: number, pv: number, old: number): boolean {
    const { P } = this.sol.S
    // With a shared end point the tails' last legs do not change, so edges price the move.
    const priced = P.rEnd[ru] === P.rEnd[rv]
    const lu = this.at(ru, pu)
    const lv = this.at(rv, pv)
    const da = this.c(lu, lv) + this.c(this.at(rv, pv - 1), this.at(ru, pu + 1)) - this.c(lu, this.at(ru, pu + 1)) - this.c(this.at(rv, pv - 1), lv)
    const db = this.c(lv, lu) + this.c(this.at(ru, pu - 1), this.at(rv, pv + 1)) - this.c(this.at(ru, pu - 1), lu) - this.c(lv, this.at(rv, pv + 1))
    if (!priced || da < -GAIN) {
      if (this.tails(ru, pu + 1, rv, pv, old)) return true
    }
    return (!priced || db < -GAIN) && this.tails(ru, pu, rv, pv + 1, old)
  }

  private tails(ru: number, cu: number, rv: number, cv: number, old: number): boolean {
    const b = this.b
    const nu = b.prefix(ru, cu).suffix(rv, cv).finish()
    if (nu === Infinity) return false
    const nv = b.prefix(rv, cv).suffix(ru, cu).finish()
    return nu + nv < old - GAIN && this.applyTails(ru, cu, rv, cv)
  }

  /** Moves nodes[from..to) of route ru into route rv at position `at` (replacing [at, atEnd)). */
  private applyInter(ru: number, from: number, to: number, rv: number, at: number, atEnd: number, rev: boolean): boolean {
    const s = this.sol
    const nu = s.nodes[ru]!
    const nv = s.nodes[rv]!
    const moved = nu.slice(from, to)
    if (rev) moved.reverse()
    this.commit(ru, nu.slice(0, from).concat(nu.slice(to)))
    this.commit(rv, nv.slice(0, at).concat(moved, nv.slice(atEnd)))
    return true
  }

  private applySwap(ru: number, pu: number, rv: number, pv: number): boolean {
    const s = this.sol
    const nu = s.nodes[ru]!.slice()
    const nv = s.nodes[rv]!.slice()
    const t = nu[pu]!
    nu[pu] = nv[pv]!
    nv[pv] = t
    this.commit(ru, nu)
    this.commit(rv, nv)
    return true
  }

  /** ru keeps its first cu visits then takes rv's tail from cv, and the other way round. */
  private applyTails(ru: number, cu: number, rv: number, cv: number): boolean {
    const s = this.sol
    const nu = s.nodes[ru]!
    const nv = s.nodes[rv]!
    const newU = nu.slice(0, cu).concat(nv.slice(cv))
    const newV = nv.slice(0, cv).concat(nu.slice(cu))
    this.commit(ru, newU)
    this.commit(rv, newV)
    return true
  }

  private toEmptyRoute(u: number): boolean {
    const s = this.sol
    const { P } = s.S
    const ru = s.routeOf[u]!
    if (s.nodes[ru]!.length === 1) return false
    const pu = s.posOf[u]!
    const without = this.b.prefix(ru, pu).suffix(ru, pu + 1).finish()
    const gainNeeded = s.routeCost[ru]! - without
    this.emptySeen.clear()
    for (let r = 0; r < P.routeCount; r++) {
      if (s.nodes[r]!.length > 0 || this.emptySeen.has(P.rClass[r]!)) continue
      this.emptySeen.add(P.rClass[r]!)
      if (this.b.prefix(r, 0).visit(u).finish() < gainNeeded - GAIN) return this.applyInter(ru, pu, pu + 1, r, 0, 0, false)
    }
    return false
  }

  // ---- within one route ----------------------------------------------------------------------

  /** Cost of route r with nodes[lo..hi) replaced by this.scratch. */
  private spanCost(r: number, lo: number, hi: number): number {
    const b = this.b.prefix(r, lo)
    for (const x of this.scratch) b.visit(x)
    return b.suffix(r, hi).finish()
  }

  private applySpan(r: number, lo: number, hi: number): boolean {
    const nodes = this.sol.nodes[r]!
    this.commit(r, nodes.slice(0, lo).concat(this.scratch, nodes.slice(hi)))
    return true
  }

  private intra(u: number, v: number): boolean {
    const s = this.sol
    const r = s.routeOf[u]!
    const pu = s.posOf[u]!
    const pv = s.posOf[v]!
    const old = s.routeCost[r]!
    const len = s.nodes[r]!.length
    for (let segLen = 1; segLen <= 3 && pu + segLen <= len; segLen++) {
      for (let k = 0; k < 4; k++) {
        const rev = k >= 2
        if (rev && segLen === 1) break
        if (this.moveString(r, pu, segLen, pv + 1 - (k & 1), rev, old)) return true
      }
    }
    return this.twoOpt(r, pu, pv, old) || this.swapWithin(r, pu, pv, old)
  }

  /** Moves nodes[st..st+len) to just before index q (an index of the original order). */
  private moveString(r: number, st: number, len: number, q: number, rev: boolean, old: number): boolean {
    if (q >= st && q <= st + len) return false
    if (!rev || this.sol.S.P.symmetric) {
      const f = this.at(r, rev ? st + len - 1 : st)
      const l = this.at(r, rev ? st : st + len - 1)
      if (this.insertionCost(r, q, f, l) - this.removalGain(r, st, len) >= -GAIN) return false
    }
    const nodes = this.sol.nodes[r]!
    const sc = this.scratch
    sc.length = 0
    const pushSeg = (): void => {
      if (rev) for (let i = st + len - 1; i >= st; i--) sc.push(nodes[i]!)
      else for (let i = st; i < st + len; i++) sc.push(nodes[i]!)
    }
    let lo: number
    let hi: number
    if (q < st) {
      lo = q
      hi = st + len
      pushSeg()
      for (let i = q; i < st; i++) sc.push(nodes[i]!)
    } else {
      lo = st
      hi = q
      for (let i = st + len; i < q; i++) sc.push(nodes[i]!)
      pushSeg()
    }
    return this.spanCost(r, lo, hi) < old - GAIN && this.applySpan(r, lo, hi)
  }

  /** 2-opt: reverse the visits between u and v so that they become adjacent. */
  private twoOpt(r: number, pu: number, pv: number, old: number): boolean {
    const lo = Math.min(pu, pv) + 1
    const hi = Math.max(pu, pv) + 1
    if (hi - lo < 2) return false
    if (this.sol.S.P.symmetric) {
      const a = this.at(r, lo - 1)
      const z = this.at(r, hi)
      const delta = this.c(a, this.at(r, hi - 1)) + this.c(this.at(r, lo), z) - this.c(a, this.at(r, lo)) - this.c(this.at(r, hi - 1), z)
      if (delta >= -GAIN) return false
    }
    const sc = this.scratch
    sc.length = 0
    const nodes = this.sol.nodes[r]!
    for (let i = hi - 1; i >= lo; i--) sc.push(nodes[i]!)
    return this.spanCost(r, lo, hi) < old - GAIN && this.applySpan(r, lo, hi)
  }

  private swapWithin(r: number, pu: number, pv: number, old: number): boolean {
    const lo = Math.min(pu, pv)
    const hi = Math.max(pu, pv) + 1
    if (this.swapDelta(r, lo, hi - 1) >= -GAIN) return false
    const sc = this.scratch
    sc.length = 0
    const nodes = this.sol.nodes[r]!
    for (let i = lo; i < hi; i++) sc.push(nodes[i]!)
    sc[0] = nodes[hi - 1]!
    sc[hi - lo - 1] = nodes[lo]!
    return this.spanCost(r, lo, hi) < old - GAIN && this.applySpan(r, lo, hi)
  }

  /** Edge-cost change of swapping positions i < j of route r. */
  private swapDelta(r: number, i: number, j: number): number {
    const a = this.at(r, i - 1)
    const x = this.at(r, i)
    const y = this.at(r, j)
    const z = this.at(r, j + 1)
    if (j === i + 1) return this.c(a, y) + this.c(y, x) + this.c(x, z) - this.c(a, x) - this.c(x, y) - this.c(y, z)
    const xn = this.at(r, i + 1)
    const yp = this.at(r, j - 1)
    return this.c(a, y) + this.c(y, xn) + this.c(yp, x) + this.c(x, z) - this.c(a, x) - this.c(x, xn) - this.c(yp, y) - this.c(y, z)
  }
}
