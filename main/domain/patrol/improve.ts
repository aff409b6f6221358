/**
 * Patterns and routes improved together. Each round picks the stores that hurt: a visit the day
 * could not take (no room), or the largest detours of the plan; it moves the store's pattern to
 * the cheapest other pattern by the same estimate the first assignment used (now priced on the
 * solved routes), re-solves only the days that changed, and keeps the move if those days score
 * better (fewer unplaced visits, then less travel), otherwise restores them.
 */
import type { CancelSignal } from '../../routing'
import { dayPrice, emptyLoads, type DayLoad } from './assign'
import type { PlanContext } from './context'
import { parseVisitId } from './day-problem'
import { dayScore, solveDay, type DayState } from './day-solve'

export interface ImproveState {
  patternOf: number[]
  days: DayState[]
}

export interface ImproveBudget {
  solveMs: number
  deadline: number
  seed: number
  signal?: CancelSignal
}

const DETOURS_PER_ROUND = 6

function demandIndex(ctx: PlanContext): Map<string, number> {
  return new Map(ctx.demands.map((d, i) => [d.store.id, i]))
}

/** Extra minutes each placed visit costs its route (in + out − the direct leg). */
function detours(ctx: PlanContext, day: DayState): { storeId: string; detour: number }[] {
  const { size, time } = ctx.matrix
  const loc = new Map(day.problem.visits.map((v) => [v.id, v.location]))
  return day.plan.routes.flatMap((r, ri) => {
    const spec = day.problem.routes[ri]!
    const rows = [spec.startLocation, ...r.stops.map((s) => loc.get(s.visitId)!), spec.endLocation]
    return r.stops.map((s, i) => {
      const [a, b, c] = [rows[i]!, rows[i + 1]!, rows[i + 2]!]
      const detour = time[a * size + b]! + time[b * size + c]! - time[a * size + c]!
      return { storeId: parseVisitId(s.visitId).storeId, detour }
    })
  })
}

/** Stores to try moving: unplaced first, then the largest detours. */
export function troubledStores(ctx: PlanContext, days: readonly DayState[]): number[] {
  const index = demandIndex(ctx)
  const unplaced = days.flatMap((d) => d.plan.unplaced.filter((u) => u.reason === 'no_route_capacity').map((u) => parseVisitId(u.visitId).storeId))
  const costly = days.flatMap((d) => detours(ctx, d)).sort((a, b) => b.detour - a.detour).slice(0, DETOURS_PER_ROUND).map((x) => x.storeId)
  const ids = [...new Set([...unplaced, ...costly])]
  return ids.map((id) => index.get(id)!).filter((i) => ctx.demands[i]!.patterns.length > 1)
}

/** Loads of the solved days: working minutes used, and the stores each day already visits. */
function solvedLoads(ctx: PlanContext, days: readonly DayState[]): DayLoad[] {
  const loads = emptyLoads(ctx)
  days.forEach((d, i) => {
    const load = loads[i]!
    const loc = new Map(d.problem.visits.map((v) => [v.id, v.location]))
    for (const r of d.plan.routes) {
      if (r.stops.length > 0) load.minutes += r.arrival - r.departure
      for (const s of r.stops) load.rows.push(loc.get(s.visitId)!)
    }
  })
  return loads
}

function bestOtherPattern(ctx: PlanContext, loads: readonly DayLoad[], di: number, current: number): number {
  const demand = ctx.demands[di]!
  let best = -1
  let bestPrice = Infinity
  demand.patterns.forEach((p, pi) => {
    if (pi === current) return
    const price = p.reduce((s, d) => s + dayPrice(ctx, loads[d]!, demand), 0)
    if (price < bestPrice) [best, bestPrice] = [pi, price]
  })
  return best
}

/** Tries one store's move; true when it was kept. */
function tryMove(ctx: PlanContext, state: ImproveState, di: number, budget: ImproveBudget): boolean {
  const current = state.patternOf[di]!
  const next = bestOtherPattern(ctx, solvedLoads(ctx, state.days), di, current)
  if (next < 0) return false
  const oldDays = ctx.demands[di]!.patterns[current]!
  const newDays = ctx.demands[di]!.patterns[next]!
  const touched = [...new Set([...oldDays, ...newDays])]
  const before = touched.reduce((s, d) => s + dayScore(state.days[d]!), 0)
  state.patternOf[di] = next
  const trial = touched.map((d) => solveDay(ctx, state.patternOf, d, budget.solveMs, budget.seed + d, budget.signal))
  if (trial.reduce((s, t) => s + dayScore(t), 0) < before) {
    trial.forEach((t) => (state.days[t.day] = t))
    return true
  }
  state.patternOf[di] = current
  return false
}

/** One round over the troubled stores; returns how many moves were kept. */
export function improveRound(ctx: PlanContext, state: ImproveState, budget: ImproveBudget): number {
  let kept = 0
  for (const di of troubledStores(ctx, state.days)) {
    if (budget.signal?.aborted || performance.now() >= budget.deadline) break
    if (tryMove(ctx, state, di, budget)) kept++
  }
  return kept
}
