/**
 * Turns a route's visit order into times: leave the start as late as the segment data allows
 * without adding waiting (its earliest start e), then arrive, wait for the window, serve; slack is
 * how far each start could slip before some later window or the day's end breaks.
 */
import type { PlannedRoute, PlannedStop, RoutingProblem } from '../model'
import type { ProblemData } from './problem-data'
import { concat } from './segment'
import type { Solution } from './solution'

function latestStarts(P: ProblemData, sol: Solution, r: number): number[] {
  const nodes = sol.nodes[r]!
  const out = new Array<number>(nodes.length)
  let nextLoc = P.rEnd[r]!
  let nextLatest = P.rLatest[r]!
  for (let i = nodes.length - 1; i >= 0; i--) {
    const v = nodes[i]!
    const close = P.closes[P.winStart[v]! + sol.windowOf[v]!]!
    out[i] = Math.min(close, nextLatest - P.time[P.loc[v]! * P.size + nextLoc]! - P.service[v]!)
    nextLoc = P.loc[v]!
    nextLatest = out[i]!
  }
  return out
}

export function scheduleRoute(problem: RoutingProblem, sol: Solution, r: number): PlannedRoute {
  const { P } = sol.S
  const nodes = sol.nodes[r]!
  const full = concat(sol.fwd[r]![nodes.length]!, sol.S.ends[r]!, P)
  const departure = Math.max(P.rEarliest[r]!, full.e)
  const latest = latestStarts(P, sol, r)
  const stops: PlannedStop[] = []
  let t = departure
  let loc = P.rStart[r]!
  let travel = 0
  nodes.forEach((v, i) => {
    const leg = P.time[loc * P.size + P.loc[v]!]!
    travel += leg
    const arrival = t + leg
    const start = Math.max(arrival, P.opens[P.winStart[v]! + sol.windowOf[v]!]!)
    t = start + P.service[v]!
    stops.push({ visitId: problem.visits[v]!.id, arrival, start, end: t, wait: start - arrival, slack: latest[i]! - start })
    loc = P.loc[v]!
  })
  const lastLeg = nodes.length === 0 ? 0 : P.time[loc * P.size + P.rEnd[r]!]!
  return {
    routeId: problem.routes[r]!.id,
    stops,
    departure: nodes.length === 0 ? P.rEarliest[r]! : departure,
    arrival: nodes.length === 0 ? P.rEarliest[r]! : t + lastLeg,
    travelTime: travel + lastLeg,
    cost: sol.routeCost[r]!
  }
}
