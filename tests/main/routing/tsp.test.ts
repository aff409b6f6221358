import { describe, expect, it } from 'vitest'
import { solveTsp } from '../../../main/routing/tsp/solve-tsp'
import { lcg } from './random-problem'

/** Exact TSP by enumerating tours that start at 0. */
function bruteTsp(n: number, d: Float64Array): number {
  let best = Infinity
  const used = new Uint8Array(n)
  used[0] = 1
  const go = (at: number, count: number, len: number): void => {
    if (len >= best) return
    if (count === n) {
      best = Math.min(best, len + d[at * n]!)
      return
    }
    for (let j = 1; j < n; j++) {
      if (used[j]) continue
      used[j] = 1
      go(j, count + 1, len + d[at * n + j]!)
      used[j] = 0
    }
  }
  go(0, 1, 0)
  return best
}

function randomMatrix(seed: number, n: number): Float64Array {
  const rnd = lcg(seed)
  const pts = Array.from({ length: n }, () => [rnd() * 100, rnd() * 100] as const)
  const d = new Float64Array(n * n)
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] = Math.hypot(pts[i]![0] - pts[j]![0], pts[i]![1] - pts[j]![1])
  return d
}

describe('TSP iterated local search', () => {
  it.each([4, 5, 6, 7, 8, 9, 9, 9])('reaches the optimum on a random %i-city instance', (n) => {
    const d = randomMatrix(n * 31, n)
    const res = solveTsp(n, d, { seed: 1, maxIterations: 2000, timeLimitMs: 5000 })
    expect(new Set(res.order).size).toBe(n)
    expect(res.length).toBeCloseTo(bruteTsp(n, d), 6)
  })

  it('returns a permutation and stops on abort', () => {
    const n = 300
    const d = randomMatrix(5, n)
    const ctrl = new AbortController()
    ctrl.abort()
    const res = solveTsp(n, d, { signal: ctrl.signal })
    expect(res.iterations).toBe(0)
    expect(new Set(res.order).size).toBe(n)
  })

  it('is deterministic for a seed and iteration budget', () => {
    const d = randomMatrix(9, 200)
    const a = solveTsp(200, d, { seed: 4, maxIterations: 3000, timeLimitMs: 60_000 })
    const b = solveTsp(200, d, { seed: 4, maxIterations: 3000, timeLimitMs: 60_000 })
    expect(b.order).toEqual(a.order)
  })
})
