/**
 * The patrol planner: patterns first (assign.ts), every day solved (day-solve.ts), then rounds of
 * pattern moves with the affected days re-solved (improve.ts) until the time budget is spent.
 * Synchronous and CPU-bound: the app runs it in the solver's worker thread.
 */
import { assignPatterns } from './assign'
import { buildContext, type PlanContext } from './context'
import { dayScore, dayUnplaced, solveDay, type DayState } from './day-solve'
import { improveRound, type ImproveState } from './improve'
import type { PatrolOptions, PatrolPlan, PatrolRequest } from './model'
import { toPatrolPlan } from './result'

export const DEFAULT_PATROL_BUDGET_MS = 8_000
/** Share of the budget for the first solve of every day; the rest goes to improvement rounds. */
const FIRST_SHARE = 0.15
/** A re-solve during the rounds gets this share of the budget (floor 50 ms). */
const RESOLVE_SHARE = 0.02

export interface PatrolRun {
  plan: PatrolPlan
  /** Every day's solver problem and plan, for checks. */
  days: DayState[]
  context: PlanContext
}

function totals(days: readonly DayState[]): { unplaced: number; travel: number } {
  return { unplaced: days.reduce((n, d) => n + dayUnplaced(d), 0), travel: days.reduce((t, d) => t + d.plan.cost, 0) }
}

export function planPatrol(req: PatrolRequest, options: PatrolOptions = {}): PatrolRun {
  const started = performance.now()
  const budgetMs = options.timeLimitMs ?? DEFAULT_PATROL_BUDGET_MS
  const seed = options.seed ?? 1
  const ctx = buildContext(req)
  const elapsed = (): number => performance.now() - started
  const report = (phase: 'first' | 'improve', daysSolved: number, round: number, days: readonly DayState[]): void =>
    options.onProgress?.({ phase, elapsedMs: elapsed(), daysSolved, daysTotal: ctx.dates.length, round, ...pick(totals(days)) })

  const state: ImproveState = { patternOf: assignPatterns(ctx), days: [] }
  const firstMs = (budgetMs * FIRST_SHARE) / Math.max(1, ctx.dates.length)
  for (let d = 0; d < ctx.dates.length; d++) {
    state.days.push(solveDay(ctx, state.patternOf, d, firstMs, seed + d, options.signal))
    report('first', d + 1, 0, state.days)
  }
  let firstCompleteMs = isComplete(state.days) ? elapsed() : null
  let rounds = 0
  const deadline = started + budgetMs
  while (!options.signal?.aborted && performance.now() < deadline) {
    const budget = { solveMs: Math.max(50, budgetMs * RESOLVE_SHARE), deadline, seed: seed + 1000 * ++rounds, signal: options.signal }
    const kept = improveRound(ctx, state, budget)
    if (firstCompleteMs === null && isComplete(state.days)) firstCompleteMs = elapsed()
    report('improve', ctx.dates.length, rounds, state.days)
    if (kept === 0) break
  }
  polish(ctx, state, deadline, seed + 7777, options.signal)
  return { plan: toPatrolPlan(ctx, state.days, { rounds, elapsedMs: elapsed(), firstCompleteMs }), days: state.days, context: ctx }
}

/** Complete: nothing left out for lack of room (visits no day could ever hold do not count). */
function isComplete(days: readonly DayState[]): boolean {
  return days.every((d) => d.plan.unplaced.every((u) => u.reason !== 'no_route_capacity'))
}

/** Time left after the rounds converge: re-solve every day with a fresh seed, keep what is better. */
function polish(ctx: PlanContext, state: ImproveState, deadline: number, seed: number, signal?: PatrolOptions['signal']): void {
  for (let d = 0; d < state.days.length; d++) {
    const left = (deadline - performance.now()) / (state.days.length - d)
    if (signal?.aborted || left < 20) return
    const trial = solveDay(ctx, state.patternOf, d, left, seed + d, signal)
    if (dayScore(trial) < dayScore(state.days[d]!)) state.days[d] = trial
  }
}

function pick(t: { unplaced: number; travel: number }): { unplaced: number; travelMinutes: number } {
  return { unplaced: t.unplaced, travelMinutes: t.travel }
}
