/**
 * What the planner computes once per request: which stores are plannable, how many visits each
 * needs and on which patterns, who works which day, and one travel matrix over every point
 * (manager start/end points first, then stores) that every day's problem shares.
 */
import { haversineMatrix, type TravelMatrix } from '../../routing'
import { frequencyOf, visitsInPeriod } from './frequency'
import type { PatrolManager, PatrolRequest, PatrolStore, PatrolUnplaced } from './model'
import { candidatePatterns, type Pattern } from './patterns'

export interface Demand {
  store: PatrolStore
  /** Row of the store in the matrix. */
  location: number
  visits: number
  patterns: Pattern[]
}

export interface PlanContext {
  dates: string[]
  /** Managers working on each day index. */
  crews: PatrolManager[][]
  demands: Demand[]
  matrix: TravelMatrix
  /** Matrix row of each manager's start point; the end point is the next row. */
  managerRow: Map<string, number>
  /** Stores left out before planning (no coordinates, or no working day in the period). */
  excluded: PatrolUnplaced[]
}

/** ISO weekday (1 = Monday) of a `YYYY-MM-DD` date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return day === 0 ? 7 : day
}

function crewsOf(req: PatrolRequest): PatrolManager[][] {
  return req.dates.map((date) => req.managers.filter((m) => m.weekdays?.includes(isoWeekday(date)) ?? true))
}

/** Higher priority first, then the stores with most visits (fewest patterns to choose from). */
function byUrgency(a: Demand, b: Demand): number {
  return (b.store.priority ?? 0) - (a.store.priority ?? 0) || b.visits - a.visits || b.store.visitMinutes - a.store.visitMinutes
}

export function buildContext(req: PatrolRequest): PlanContext {
  const crews = crewsOf(req)
  const allowed = crews.map((c) => c.length > 0)
  const workDays = allowed.filter(Boolean).length
  const excluded: PatrolUnplaced[] = []
  const demands: Demand[] = []
  const points = req.managers.flatMap((m) => [m.start, m.end])
  for (const store of req.stores) {
    if (store.location === null) {
      excluded.push({ storeId: store.id, visitNo: 0, reason: 'no_coordinates' })
      continue
    }
    const visits = visitsInPeriod(frequencyOf(store, req.frequencies), Math.max(1, workDays))
    const patterns = candidatePatterns(visits, req.dates.length, allowed)
    if (patterns.length === 0) {
      excluded.push({ storeId: store.id, visitNo: 0, reason: 'unreachable_in_period' })
      continue
    }
    demands.push({ store, location: points.length, visits, patterns })
    points.push(store.location)
  }
  demands.sort(byUrgency)
  const managerRow = new Map(req.managers.map((m, i) => [m.userid, 2 * i]))
  return { dates: req.dates, crews, demands, matrix: haversineMatrix(points, req.roadModel), managerRow, excluded }
}
