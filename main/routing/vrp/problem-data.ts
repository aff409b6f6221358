/**
 * The problem compiled into flat arrays for the hot loops: visit i is index i, route r is index
 * r, matrix lookups go through each visit's location. Built once per solve.
 */
import type { RoutingProblem } from '../model'
import type { MatrixArray } from '../travel/matrix'
import { nearestNeighbours } from '../neighbours'

export interface ProblemData {
  n: number
  routeCount: number
  size: number
  time: MatrixArray
  cost: MatrixArray
  loc: Int32Array
  service: Float64Array
  demand: Float64Array
  penalty: Float64Array
  /** Windows of visit i are opens/closes[winStart[i] .. winStart[i+1]). */
  winStart: Int32Array
  opens: Float64Array
  closes: Float64Array
  rStart: Int32Array
  rEnd: Int32Array
  rEarliest: Float64Array
  rLatest: Float64Array
  rMaxDuration: Float64Array
  rCapacity: Float64Array
  /** Routes with equal specs share a class: only one empty route per class is tried. */
  rClass: Int32Array
  neighbours: Int32Array
  k: number
  /** Symmetric cost: a reversed string costs what it did, so reversals can be priced by edges. */
  symmetric: boolean
}

function isSymmetric(m: MatrixArray, size: number): boolean {
  for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) if (m[i * size + j] !== m[j * size + i]) return false
  return true
}

/** Far above any route cost, so a plan never trades a required visit for travel. */
function requiredPenalty(p: RoutingProblem): number {
  let max = 0
  for (const v of p.matrix.cost) if (Number.isFinite(v) && v > max) max = v
  return 1000 * (max + 1) * Math.max(1, p.visits.length)
}

export function compileProblem(p: RoutingProblem, k: number): ProblemData {
  const n = p.visits.length
  const R = p.routes.length
  const big = requiredPenalty(p)
  const winStart = new Int32Array(n + 1)
  const opens: number[] = []
  const closes: number[] = []
  p.visits.forEach((v, i) => {
    winStart[i] = opens.length
    const ws = v.windows.length > 0 ? v.windows : [{ open: -Infinity, close: Infinity }]
    for (const w of ws) {
      opens.push(w.open)
      closes.push(w.close)
    }
  })
  winStart[n] = opens.length
  const classKey = p.routes.map((r) => [r.startLocation, r.endLocation, r.earliest, r.latest, r.maxDuration, r.capacity].join('|'))
  const data: ProblemData = {
    n,
    routeCount: R,
    size: p.matrix.size,
    time: p.matrix.time,
    cost: p.matrix.cost,
    loc: Int32Array.from(p.visits, (v) => v.location),
    service: Float64Array.from(p.visits, (v) => v.service),
    demand: Float64Array.from(p.visits, (v) => v.demand ?? 0),
    penalty: Float64Array.from(p.visits, (v) => (v.required === false ? (v.penalty ?? 0) : big)),
    winStart,
    opens: Float64Array.from(opens),
    closes: Float64Array.from(closes),
    rStart: Int32Array.from(p.routes, (r) => r.startLocation),
    rEnd: Int32Array.from(p.routes, (r) => r.endLocation),
    rEarliest: Float64Array.from(p.routes, (r) => r.earliest),
    rLatest: Float64Array.from(p.routes, (r) => r.latest),
    rMaxDuration: Float64Array.from(p.routes, (r) => r.maxDuration ?? Infinity),
    rCapacity: Float64Array.from(p.routes, (r) => r.capacity ?? Infinity),
    rClass: Int32Array.from(classKey, (key) => classKey.indexOf(key)),
    neighbours: new Int32Array(0),
    k: 0,
    symmetric: isSymmetric(p.matrix.cost, p.matrix.size)
  }
  data.k = Math.min(k, n - 1)
  data.neighbours = nearestNeighbours(n, data.k, (a, b) => data.cost[data.loc[a]! * data.size + data.loc[b]!]! + data.cost[data.loc[b]! * data.size + data.loc[a]!]!)
  return data
}
