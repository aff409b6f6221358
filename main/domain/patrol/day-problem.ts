/**
 * One day of the period as a solver problem: the day's visits (stores whose pattern includes the
 * day) and one route per manager working that day. Visit ids are `storeId#visitNo`, route ids
 * `userid@date`, so the plan maps back without lookup tables.
 */
import type { RouteSpec, RoutingProblem, Visit } from '../../routing'
import type { Demand, PlanContext } from './context'
import type { PatrolUnplaced } from './model'
import { startWindows } from './windows'

export interface DayVisit {
  demand: Demand
  visitNo: number
}

export interface DayProblem {
  day: number
  problem: RoutingProblem
  /** Visits the day cannot hold at all (no start window left once lunch is cut out). */
  impossible: PatrolUnplaced[]
}

export const visitId = (storeId: string, visitNo: number): string => `${storeId}#${visitNo}`

export function parseVisitId(id: string): { storeId: string; visitNo: number } {
  const at = id.lastIndexOf('#')
  return { storeId: id.slice(0, at), visitNo: Number(id.slice(at + 1)) }
}

function routesOf(ctx: PlanContext, day: number): RouteSpec[] {
  return ctx.crews[day]!.map((m) => {
    const row = ctx.managerRow.get(m.userid)!
    return { id: `${m.userid}@${ctx.dates[day]}`, startLocation: row, endLocation: row + 1, earliest: m.workStart, latest: m.workEnd }
  })
}

export function buildDayProblem(ctx: PlanContext, day: number, visits: readonly DayVisit[]): DayProblem {
  // With several managers a day, a visit avoids every lunch of the day (the solver does not tie a
  // visit to a route); with one manager, or shared lunch hours, this is exact.
  const lunches = ctx.crews[day]!.flatMap((m) => (m.lunch ? [m.lunch] : []))
  const solverVisits: Visit[] = []
  const impossible: PatrolUnplaced[] = []
  for (const { demand, visitNo } of visits) {
    const { store } = demand
    const windows = startWindows(store.openingHours, store.visitMinutes, lunches)
    // An empty list would mean "any time" to the solver, so a visit with no window stays out.
    if (windows.length === 0) impossible.push({ storeId: store.id, visitNo, reason: 'window_too_short' })
    else solverVisits.push({ id: visitId(store.id, visitNo), location: demand.location, service: store.visitMinutes, windows })
  }
  return { day, problem: { matrix: ctx.matrix, visits: solverVisits, routes: routesOf(ctx, day) }, impossible }
}
