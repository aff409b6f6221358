/**
 * Recreate after a ruin: greedy cheapest insertion in a randomised order with blinks (SISR).
 * The order varies between random, far-first and demand-first so that different rebuilds are
 * tried; blinks (skipping 1 % of positions) add the small noise that escapes ties.
 */
import type { Rng } from '../rng'
import { shuffle } from '../rng'
import { RouteBuilder } from './evaluator'
import { applyInsertion, bestInsertion } from './insertion'
import type { Solution } from './solution'

const BLINK = 0.01

function order(sol: Solution, rng: Rng, visits: number[]): number[] {
  const P = sol.S.P
  const pick = rng.next()
  shuffle(rng, visits)
  if (pick < 0.4) return visits
  if (pick < 0.7) return visits.sort((a, b) => P.demand[b]! - P.demand[a]!)
  // Tightest window first: those visits have the fewest places left once others are in.
  return visits.sort((a, b) => P.closes[P.winStart[a]!]! - P.opens[P.winStart[a]!]! - (P.closes[P.winStart[b]!]! - P.opens[P.winStart[b]!]!))
}

export function recreateGreedy(sol: Solution, rng: Rng, visits: number[]): number[] {
  const b = new RouteBuilder(sol)
  const left: number[] = []
  for (const v of order(sol, rng, visits)) {
    const ins = bestInsertion(sol, b, v, rng, BLINK)
    if (ins.delta === Infinity) left.push(v)
    else applyInsertion(sol, v, ins)
  }
  return left
}
