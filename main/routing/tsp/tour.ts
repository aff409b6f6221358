/**
 * A TSP tour as an array with positions, changed only through 2-opt moves. Each move reverses
 * the shorter side of the cycle, so the tour's orientation may flip; callers therefore state
 * moves by cities and edges, never by direction. Every reversal is journaled so a rejected
 * perturbation can be undone exactly.
 */
export class Tour {
  readonly order: Int32Array
  readonly pos: Int32Array
  private readonly journal: number[] = []

  constructor(order: ArrayLike<number>) {
    this.order = Int32Array.from(order)
    this.pos = new Int32Array(this.order.length)
    this.order.forEach((c, i) => (this.pos[c] = i))
  }

  get n(): number {
    return this.order.length
  }

  next(c: number): number {
    const p = this.pos[c]! + 1
    return this.order[p === this.n ? 0 : p]!
  }

  prev(c: number): number {
    const p = this.pos[c]!
    return this.order[p === 0 ? this.n - 1 : p - 1]!
  }

  /** Reverses positions i..j (cyclic, inclusive). */
  private reverseRange(i: number, j: number): void {
    const n = this.n
    const len = (j - i + n) % n + 1
    for (let k = 0; k < len >> 1; k++) {
      const a = (i + k) % n
      const b = (j - k + n) % n
      const ca = this.order[a]!
      const cb = this.order[b]!
      this.order[a] = cb
      this.order[b] = ca
      this.pos[cb] = a
      this.pos[ca] = b
    }
  }

  /** Reverses the forward path from city b to city c, or the complement when that is shorter. */
  private reversePath(b: number, c: number): void {
    const n = this.n
    const i = this.pos[b]!
    const j = this.pos[c]!
    const len = (j - i + n) % n + 1
    const [x, y] = len * 2 > n ? [(j + 1) % n, (i - 1 + n) % n] : [i, j]
    this.reverseRange(x, y)
    this.journal.push(x, y)
  }

  /**
   * Removes edges (a,b) and (c,d), adds (a,c) and (b,d). Needs b and d on the same side of a and
   * c: b = next(a) and d = next(c), or b = prev(a) and d = prev(c).
   */
  twoOpt(a: number, b: number, c: number, d: number): void {
    if (this.next(a) === b) this.reversePath(b, c)
    else this.reversePath(a, d)
  }

  /**
   * Moves the forward path s1..s2 between adjacent cities c and e = next(c), ending as
   * c s1..s2 e, or c s2..s1 e when `reversed`. Three 2-opt moves (Or-opt as 2h-opt steps).
   */
  moveSegment(s1: number, s2: number, c: number, e: number, reversed: boolean): void {
    const p = this.prev(s1)
    const nx = this.next(s2)
    this.twoOpt(p, s1, c, e)
    if (c !== nx) this.twoOpt(p, c, nx, s2)
    if (!reversed && s1 !== s2) this.twoOpt(c, s2, s1, e)
  }

  mark(): number {
    return this.journal.length
  }

  /** Undoes every reversal since `mark`. */
  undo(mark: number): void {
    while (this.journal.length > mark) {
      const y = this.journal.pop()!
      const x = this.journal.pop()!
      this.reverseRange(x, y)
    }
  }

  /** Forgets the journal (after an accepted step) so it does not grow without bound. */
  commit(): void {
    this.journal.length = 0
  }
}
