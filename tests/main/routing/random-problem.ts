/** Small random problems for tests: points in a 100×100 square, real Euclidean time = cost. */
import type { RoutingProblem, Visit } from '../../../main/routing/model'

export function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 4294967296
  }
}

export interface RandomSpec {
  seed: number
  visits: number
  routes: number
  windows: boolean
  /** Length of each route's day. */
  horizon?: number
  /** Adds lunch-closed second windows, demands with capacities and maximum durations. */
  extras?: boolean
}

function windowsFor(rnd: () => number, open: number, two: boolean): { open: number; close: number }[] {
  const first = { open, close: open + 40 + Math.floor(rnd() * 150) }
  if (!two || rnd() < 0.5) return [first]
  const gap = 30 + Math.floor(rnd() * 90)
  return [first, { open: first.close + gap, close: first.close + gap + 30 + Math.floor(rnd() * 120) }]
}

export function randomProblem(spec: RandomSpec): RoutingProblem {
  const rnd = lcg(spec.seed)
  const depots = spec.routes * 2
  const size = depots + spec.visits
  const pts = Array.from({ length: size }, () => ({ x: rnd() * 100, y: rnd() * 100 }))
  const m = new Float64Array(size * size)
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) m[i * size + j] = Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y)
  const horizon = spec.horizon ?? 600
  const visits: Visit[] = Array.from({ length: spec.visits }, (_, i) => {
    const open = Math.floor(rnd() * horizon * 0.6)
    return {
      id: `s${i}`,
      location: depots + i,
      service: Math.floor(rnd() * 20),
      windows: spec.windows ? windowsFor(rnd, open, spec.extras === true) : [],
      ...(spec.extras ? { demand: 1 + Math.floor(rnd() * 5) } : {})
    }
  })
  const routes = Array.from({ length: spec.routes }, (_, r) => ({
    id: `d${r}`,
    startLocation: 2 * r,
    endLocation: 2 * r + (rnd() < 0.5 ? 0 : 1),
    // Heterogeneous days: each starts and ends at its own time as well as its own place.
    earliest: r === 0 ? 0 : Math.floor(rnd() * 60),
    latest: r === 0 ? horizon : horizon - Math.floor(rnd() * 60),
    ...(spec.extras ? { maxDuration: horizon * (0.4 + rnd() * 0.5), capacity: 10 + Math.floor(rnd() * 30) } : {})
  }))
  return { matrix: { size, time: m, cost: m }, visits, routes }
}
