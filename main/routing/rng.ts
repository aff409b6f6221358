/**
 * A small seeded PRNG (mulberry32). The solver draws every random choice from one of these so
 * that a seed and an iteration budget reproduce a plan exactly; Math.random would not.
 */
export interface Rng {
  next(): number
  int(n: number): number
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (n) => Math.floor(next() * n) }
}

export function shuffle<T>(rng: Rng, a: T[]): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    const t = a[i]!
    a[i] = a[j]!
    a[j] = t
  }
  return a
}
