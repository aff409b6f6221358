/**
 * The first choice of patterns: stores in order of urgency, each on the pattern whose days are
 * closest to stores already there (short detours) and least loaded (no day filled past what its
 * managers can work). A cheap estimate; the solver and the improvement rounds correct it.
 */
import type { Demand, PlanContext } from './context'
import type { Pattern } from './patterns'

/** Share of a day's working minutes the estimate fills before it prefers another day. */
const FILL = 0.85
/** Minutes of estimated overload that weigh as much as one minute of detour. */
const OVERLOAD_WEIGHT = 20
/** A nearest-neighbour leg underestimates an insertion (two legs in, one out). */
const DETOUR_FACTOR = 1.5

export interface DayLoad {
  minutes: number
  capacity: number
  /** Matrix rows already on the day (starts at the managers' own points). */
  rows: number[]
}

export function dayCapacity(ctx: PlanContext, day: number): number {
  return ctx.crews[day]!.reduce((s, m) => s + m.workEnd - m.workStart - (m.lunch?.minutes ?? 0), 0)
}

export function emptyLoads(ctx: PlanContext): DayLoad[] {
  return ctx.dates.map((_, d) => ({ minutes: 0, capacity: dayCapacity(ctx, d), rows: ctx.crews[d]!.map((m) => ctx.managerRow.get(m.userid)!) }))
}

/** Travel time from `row` to the nearest of `rows`, either direction. */
export function nearestTime(ctx: PlanContext, row: number, rows: readonly number[]): number {
  const { size, time } = ctx.matrix
  let best = Infinity
  for (const r of rows) best = Math.min(best, time[row * size + r]!, time[r * size + row]!)
  return best === Infinity ? 0 : best
}

/** Estimated minutes the demand adds to `day`, and the penalty for overfilling it. */
export function dayPrice(ctx: PlanContext, load: DayLoad, demand: Demand): number {
  const detour = nearestTime(ctx, demand.location, load.rows) * DETOUR_FACTOR
  const after = load.minutes + demand.store.visitMinutes + detour
  return detour + OVERLOAD_WEIGHT * Math.max(0, after - FILL * load.capacity)
}

export function patternPrice(ctx: PlanContext, loads: readonly DayLoad[], demand: Demand, pattern: Pattern): number {
  return pattern.reduce((s, d) => s + dayPrice(ctx, loads[d]!, demand), 0)
}

function cheapestPattern(ctx: PlanContext, loads: readonly DayLoad[], demand: Demand): number {
  let best = 0
  let bestPrice = Infinity
  demand.patterns.forEach((p, i) => {
    const price = patternPrice(ctx, loads, demand, p)
    if (price < bestPrice) [best, bestPrice] = [i, price]
  })
  return best
}

/** Pattern index per demand (same order as `ctx.demands`). */
export function assignPatterns(ctx: PlanContext): number[] {
  const loads = emptyLoads(ctx)
  return ctx.demands.map((demand) => {
    const chosen = cheapestPattern(ctx, loads, demand)
    for (const d of demand.patterns[chosen]!) {
      const load = loads[d]!
      load.minutes += demand.store.visitMinutes + nearestTime(ctx, demand.location, load.rows) * DETOUR_FACTOR
      load.rows.push(demand.location)
    }
    return chosen
  })
}
