/**
 * 2-opt and Or-opt over neighbour lists with don't-look bits (a queue of "active" cities):
 * only cities next to a changed edge are looked at again, so after a local perturbation the
 * search touches a handful of cities instead of the whole tour.
 */
import type { MatrixArray } from '../travel/matrix'
import type { Tour } from './tour'

export class TspLocalSearch {
  private readonly queue: number[] = []
  private readonly active: Uint8Array

  constructor(
    private readonly tour: Tour,
    private readonly cost: MatrixArray,
    private readonly neighbours: Int32Array,
    private readonly k: number
  ) {
    this.active = new Uint8Array(tour.n)
  }

  private d(a: number, b: number): number {
    return this.cost[a * this.tour.n + b]!
  }

  push(c: number): void {
    if (this.active[c]) return
    this.active[c] = 1
    this.queue.push(c)
  }

  /** Runs until no active city improves; returns the total change in length (≤ 0). */
  run(): number {
    let total = 0
    while (this.queue.length > 0) {
      const a = this.queue.pop()!
      this.active[a] = 0
      const gain = this.twoOpt(a) || this.orOpt(a)
      if (gain < 0) {
        total += gain
        this.push(a)
      }
    }
    return total
  }

  private touch(...cities: number[]): void {
    for (const c of cities) this.push(c)
  }

  private twoOpt(a: number): number {
    const t = this.tour
    for (let dir = 0; dir < 2; dir++) {
      const b = dir === 0 ? t.next(a) : t.prev(a)
      const dab = this.d(a, b)
      for (let j = 0; j < this.k; j++) {
        const c = this.neighbours[a * this.k + j]!
        const dac = this.d(a, c)
        if (dac >= dab) break
        const dd = dir === 0 ? t.next(c) : t.prev(c)
        if (c === b || dd === a) continue
        const delta = dac + this.d(b, dd) - dab - this.d(c, dd)
        if (delta < 0) {
          t.twoOpt(a, b, c, dd)
          this.touch(a, b, c, dd)
          return delta
        }
      }
    }
    return 0
  }

  /** Moves a string of 1–3 cities that starts at a so that a lands next to a near city c. */
  private orOpt(a: number): number {
    const t = this.tour
    for (let dir = 0; dir < 2; dir++) {
      const fwd = dir === 0
      const pa = fwd ? t.prev(a) : t.next(a)
      let b = a
      for (let len = 1; len <= 3; len++) {
        if (len > 1) b = fwd ? t.next(b) : t.prev(b)
        const nb = fwd ? t.next(b) : t.prev(b)
        if (nb === pa || b === pa) break
        const gain = this.d(pa, a) + this.d(b, nb) - this.d(pa, nb)
        const delta = this.bestSlot(a, b, pa, nb, len, gain, fwd)
        if (delta < 0) return delta
      }
    }
    return 0
  }

  private inString(c: number, a: number, len: number): boolean {
    const t = this.tour
    const n = t.n
    const pa = t.pos[a]!
    const pc = t.pos[c]!
    const fwd = (pc - pa + n) % n
    const back = (pa - pc + n) % n
    // The string runs len-1 steps from a in one direction; either way counts as inside.
    return fwd < len || back < len
  }

  private bestSlot(a: number, b: number, pa: number, nb: number, len: number, gain: number, fwd: boolean): number {
    const t = this.tour
    for (let j = 0; j < this.k; j++) {
      const c = this.neighbours[a * this.k + j]!
      const dca = this.d(c, a)
      if (dca >= gain) break
      if (this.inString(c, a, len)) continue
      for (let side = 0; side < 2; side++) {
        const e = side === 0 ? t.next(c) : t.prev(c)
        if (this.inString(e, a, len)) continue
        const delta = dca + this.d(b, e) - this.d(c, e) - gain
        if (delta >= 0) continue
        // c a..b e, written as a forward move of the string's forward form.
        const first = side === 0 ? c : e
        const second = side === 0 ? e : c
        // The string read forward (the tour's current orientation) runs s1..s2.
        const s1 = fwd ? a : b
        const s2 = fwd ? b : a
        if (second === t.prev(s1)) continue
        // After the move, reading forward from `first`, a comes first when side is 0.
        const reversed = side === 0 ? s1 !== a : s1 !== b
        t.moveSegment(s1, s2, first, second, reversed)
        this.touch(pa, nb, a, b, c, e)
        return delta
      }
    }
    return 0
  }
}
