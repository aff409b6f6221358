/**
 * The nearest-neighbour baseline for VRPTW (Solomon 1987's simplest heuristic): open a route,
 * keep driving to the nearest customer that can still be served in its window with room in the
 * truck and a way home in time, open the next route when none can. Its own arithmetic.
 */
import type { SolomonInstance } from './solomon'

export interface NnResult {
  distance: number
  vehicles: number
  unserved: number
}

export function nearestNeighbourVrptw(inst: SolomonInstance): NnResult {
  const rows = inst.rows
  const depot = rows[0]!
  const dist = (a: number, b: number): number => Math.hypot(rows[a]!.x - rows[b]!.x, rows[a]!.y - rows[b]!.y)
  const served = new Uint8Array(rows.length)
  served[0] = 1
  let left = rows.length - 1
  let distance = 0
  let vehicles = 0
  while (left > 0 && vehicles < inst.vehicles) {
    vehicles++
    let at = 0
    let t = depot.ready
    let load = 0
    for (;;) {
      let next = -1
      let best = Infinity
      for (let j = 1; j < rows.length; j++) {
        const c = rows[j]!
        if (served[j] || load + c.demand > inst.capacity) continue
        const arrive = t + dist(at, j)
        const start = Math.max(arrive, c.ready)
        if (arrive > c.due || start + c.service + dist(j, 0) > depot.due) continue
        if (dist(at, j) < best) {
          best = dist(at, j)
          next = j
        }
      }
      if (next < 0) break
      const c = rows[next]!
      t = Math.max(t + dist(at, next), c.ready) + c.service
      distance += dist(at, next)
      load += c.demand
      served[next] = 1
      left--
      at = next
    }
    distance += dist(at, 0)
  }
  return { distance, vehicles, unserved: left }
}
