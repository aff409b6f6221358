/**
 * Planar distances for the benchmarks: TSPLIB EUC_2D rounds each edge to the nearest integer
 * (the published optima refer to that rule); Solomon uses real-valued distance = time.
 */
import type { TravelMatrix } from './matrix'

export interface Point {
  x: number
  y: number
}

export function tsplibEuc2dMatrix(points: readonly Point[]): TravelMatrix {
  const n = points.length
  const m = new Int32Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.floor(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) + 0.5)
      m[i * n + j] = d
      m[j * n + i] = d
    }
  }
  return { size: n, time: m, cost: m }
}

export function euclideanMatrix(points: readonly Point[]): TravelMatrix {
  const n = points.length
  const m = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)
      m[i * n + j] = d
      m[j * n + i] = d
    }
  }
  return { size: n, time: m, cost: m }
}
