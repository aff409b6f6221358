/**
 * Solving one day and scoring it. A day's score is lexicographic like the solver's objective:
 * every visit left out outweighs any travel.
 */
import { solveVrptw, type CancelSignal, type RoutingPlan } from '../../routing'
import type { PlanContext } from './context'
import { buildDayProblem, type DayProblem, type DayVisit } from './day-problem'

export interface DayState extends DayProblem {
  plan: RoutingPlan
}

const UNPLACED_WEIGHT = 1e6

export function visitsOnDay(ctx: PlanContext, patternOf: readonly number[], day: number): DayVisit[] {
  const out: DayVisit[] = []
  ctx.demands.forEach((demand, i) => {
    const at = demand.patterns[patternOf[i]!]!.indexOf(day)
    if (at >= 0) out.push({ demand, visitNo: at + 1 })
  })
  return out
}

export function solveDay(ctx: PlanContext, patternOf: readonly number[], day: number, budgetMs: number, seed: number, signal?: CancelSignal): DayState {
  const dp = buildDayProblem(ctx, day, visitsOnDay(ctx, patternOf, day))
  if (dp.problem.visits.length === 0 || dp.problem.routes.length === 0) {
    const unplaced = dp.problem.visits.map((v) => ({ visitId: v.id, reason: 'beyond_working_time' as const }))
    const routes = dp.problem.routes.map((r) => ({ routeId: r.id, stops: [], departure: r.earliest, arrival: r.earliest, travelTime: 0, cost: 0 }))
    return { ...dp, plan: { routes, unplaced, cost: 0 } }
  }
  const res = solveVrptw(dp.problem, { seed, timeLimitMs: Math.max(1, budgetMs), signal })
  return { ...dp, plan: res.plan }
}

export function dayUnplaced(s: DayState): number {
  return s.plan.unplaced.length + s.impossible.length
}

export function dayScore(s: DayState): number {
  return dayUnplaced(s) * UNPLACED_WEIGHT + s.plan.cost
}
