/** Solved days → the plan the service stores and the screen shows. */
import type { UnplacedReason } from '../../routing'
import type { PlanContext } from './context'
import { parseVisitId } from './day-problem'
import type { DayState } from './day-solve'
import type { PatrolDay, PatrolPlan, PatrolUnplaced, PatrolUnplacedReason } from './model'

/** "No room on this day" after every improvement round means no day of the period had room. */
const REASON: Record<UnplacedReason, PatrolUnplacedReason> = {
  window_too_short: 'window_too_short',
  beyond_working_time: 'beyond_working_time',
  unreachable: 'unreachable_in_period',
  no_route_capacity: 'unreachable_in_period'
}

function daysOf(ctx: PlanContext, s: DayState): PatrolDay[] {
  const { size } = ctx.matrix
  const distance = ctx.matrix.distance ?? ctx.matrix.cost
  const loc = new Map(s.problem.visits.map((v) => [v.id, v.location]))
  return s.plan.routes.flatMap((r, ri) => {
    if (r.stops.length === 0) return []
    const spec = s.problem.routes[ri]!
    const rows = [spec.startLocation, ...r.stops.map((x) => loc.get(x.visitId)!), spec.endLocation]
    const travelKm = rows.slice(1).reduce((sum, row, i) => sum + distance[rows[i]! * size + row]!, 0)
    const stops = r.stops.map((x) => ({ ...parseVisitId(x.visitId), arrival: x.arrival, start: x.start, end: x.end, wait: x.wait, slack: x.slack }))
    const managerId = r.routeId.slice(0, r.routeId.lastIndexOf('@'))
    return [{ managerId, date: ctx.dates[s.day]!, stops, departure: r.departure, returnAt: r.arrival, travelMinutes: r.travelTime, travelKm }]
  })
}

function unplacedOf(s: DayState): PatrolUnplaced[] {
  return [...s.impossible, ...s.plan.unplaced.map((u) => ({ ...parseVisitId(u.visitId), reason: REASON[u.reason] }))]
}

export interface PlanStats {
  rounds: number
  elapsedMs: number
  firstCompleteMs: number | null
}

export function toPatrolPlan(ctx: PlanContext, states: readonly DayState[], stats: PlanStats): PatrolPlan {
  const days = states.flatMap((s) => daysOf(ctx, s))
  const unplaced = [...ctx.excluded, ...states.flatMap(unplacedOf)]
  const visitsPlaced = days.reduce((n, d) => n + d.stops.length, 0)
  return {
    days,
    unplaced,
    visitsRequired: ctx.demands.reduce((n, d) => n + d.visits, 0),
    visitsPlaced,
    travelMinutes: days.reduce((t, d) => t + d.travelMinutes, 0),
    travelKm: days.reduce((t, d) => t + d.travelKm, 0),
    ...stats
  }
}
