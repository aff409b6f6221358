/** Nearest-neighbour tour: the start tour of the TSP search and the benchmarks' baseline. */
import type { MatrixArray } from '../travel/matrix'

export function nearestNeighbourTour(n: number, cost: MatrixArray, start = 0): number[] {
  const used = new Uint8Array(n)
  const order = [start]
  used[start] = 1
  let cur = start
  for (let step = 1; step < n; step++) {
    let best = -1
    let bestD = Infinity
    for (let j = 0; j < n; j++) {
      if (used[j]) continue
      const d = cost[cur * n + j]!
      if (d < bestD) {
        bestD = d
        best = j
      }
    }
    used[best] = 1
    order.push(best)
    cur = best
  }
  return order
}
