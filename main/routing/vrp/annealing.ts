/**
 * Simulated-annealing acceptance (as in SISR): a worse candidate is kept with probability
 * exp(-Δ/T), T falling geometrically from t0 to t1 over the run. Temperatures are given as a
 * fraction of the average edge cost of the first solution, so one setting fits minutes and km.
 */
import type { Rng } from '../rng'

export interface Annealing {
  accept(candidate: number, current: number, progress: number): boolean
}

export function createAnnealing(rng: Rng, avgEdge: number, t0 = 0.3, t1 = 0.005): Annealing {
  const start = Math.max(avgEdge * t0, 1e-9)
  const end = Math.max(avgEdge * t1, 1e-12)
  return {
    accept(candidate, current, progress) {
      if (candidate < current) return true
      const t = start * Math.pow(end / start, Math.min(1, progress))
      return candidate - current < -t * Math.log(rng.next())
    }
  }
}
