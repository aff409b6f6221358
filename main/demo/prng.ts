/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) for the demo enterprise.
 * Only 32-bit integer arithmetic and exact float operations are used, so a seed gives the same
 * sequence on every platform and Node version; no Math.random, Math.log or Math.sin.
 */

const TWO_POW_32 = 4294967296

/** splitmix32: spreads a seed over the four sfc32 state words. */
function splitmix32(state: number): () => number {
  let s = state >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

/** FNV-1a over a label, so each part of the demo gets its own independent stream. */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193)
  }
  return h >>> 0
}

export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  /** `stream` separates independent sequences drawn from one seed (e.g. 'stores', 'customers'). */
  constructor(seed: number, stream = '') {
    const mix = splitmix32((seed ^ hashLabel(stream)) >>> 0)
    this.a = mix()
    this.b = mix()
    this.c = mix()
    this.d = mix()
    for (let i = 0; i < 12; i++) this.uint32() // let the state settle before first use
  }

  /** The next raw 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.uint32() / TWO_POW_32
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)]!
  }

  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, w] of items) total += w
    let r = this.next() * total
    for (const [item, w] of items) {
      r -= w
      if (r < 0) return item
    }
    return items[items.length - 1]![0]
  }

  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = items[i]!
      items[i] = items[j]!
      items[j] = tmp
    }
    return items
  }

  /**
   * Normal-ish value with mean 0 and standard deviation ~1 (Irwin–Hall sum of four uniforms),
   * bounded to ±3.46, which keeps jittered coordinates from ever flying off.
   */
  normalish(): number {
    const sum = this.next() + this.next() + this.next() + this.next()
    return (sum - 2) * 1.7320508075688772
  }

  /** `length` characters from `alphabet`, five characters per 32-bit draw. */
  chars(length: number, alphabet: string): string {
    const base = alphabet.length
    let out = ''
    while (out.length < length) {
      let x = this.uint32()
      for (let k = 0; k < 5 && out.length < length; k++) {
        out += alphabet[x % base]
        x = Math.floor(x / base)
      }
    }
    return out
  }
}

/**
 * Weighted choice over a fixed list in O(log n): a cumulative table built once, then binary
 * search per draw. Used for the ~1,500 guides drawn millions of times.
 */
export function weightedPicker(weights: readonly number[]): (rng: Rng) => number {
  const cumulative = new Float64Array(weights.length)
  let total = 0
  weights.forEach((w, i) => {
    total += w
    cumulative[i] = total
  })
  if (total <= 0) throw new Error('weightedPicker needs a positive total weight')
  return (rng) => {
    const r = rng.next() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (cumulative[mid]! > r) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}
