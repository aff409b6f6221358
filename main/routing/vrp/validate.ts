/**
 * Structural checks of a problem. A malformed input (wrong matrix size, a location outside the
 * matrix) is a programming error and throws; an infeasible one is not, it yields unplaced visits
 * with reasons.
 */
import type { RoutingProblem } from '../model'

export function validateProblem(p: RoutingProblem): void {
  const { size, time, cost } = p.matrix
  if (time.length !== size * size || cost.length !== size * size) throw new RangeError(`travel matrix must be ${size}×${size}`)
  const inMatrix = (loc: number): boolean => Number.isInteger(loc) && loc >= 0 && loc < size
  const ids = new Set<string>()
  for (const v of p.visits) {
    if (!inMatrix(v.location)) throw new RangeError(`visit ${v.id}: location ${v.location} is outside the matrix`)
    if (!(v.service >= 0)) throw new RangeError(`visit ${v.id}: service time must be ≥ 0`)
    if (ids.has(v.id)) throw new RangeError(`visit ${v.id} appears twice`)
    ids.add(v.id)
  }
  for (const r of p.routes) {
    if (!inMatrix(r.startLocation) || !inMatrix(r.endLocation)) throw new RangeError(`route ${r.id}: start or end is outside the matrix`)
  }
}
