/**
 * The VRPTW search: regret-3 construction and local search, then ruin-and-recreate (SISR string
 * removal, greedy blink insertion, local search on the result) under simulated annealing until
 * the time or iteration budget ends or the caller aborts. Anytime: the best plan so far is
 * reported through onProgress and returned on cancel.
 */
import type { RoutingProblem, SolveOptions, SolveResult } from '../model'
import { createRng, type Rng } from '../rng'
import { createAnnealing } from './annealing'
import { balanceDays } from './balance'
import { diagnose } from './diagnose'
import { LocalSearch } from './local-search'
import { compileProblem } from './problem-data'
import { recreateGreedy } from './recreate'
import { regretInsert } from './regret'
import { ruinRandom, ruinStrings, type RuinParams } from './ruin'
import { scheduleRoute } from './schedule'
import { buildStatics, Solution, type Statics } from './solution'
import { validateProblem } from './validate'

const DEFAULT_TIME_MS = 3000
const PROGRESS_EVERY_MS = 100

interface Budget {
  started: number
  stop(): 'time' | 'cancelled' | 'done' | undefined
  progress(iter: number): number
}

function budget(o: SolveOptions): Budget {
  const started = performance.now()
  const limit = o.timeLimitMs ?? (o.maxIterations === undefined ? DEFAULT_TIME_MS : Infinity)
  const maxIter = o.maxIterations ?? Infinity
  let iter = 0
  return {
    started,
    stop() {
      if (o.signal?.aborted) return 'cancelled'
      if (iter >= maxIter) return 'done'
      return performance.now() - started >= limit ? 'time' : undefined
    },
    progress(i) {
      iter = i
      // With an iteration budget the schedule depends on iterations only: reproducible.
      if (o.maxIterations !== undefined) return i / maxIter
      return (performance.now() - started) / limit
    }
  }
}

function averageEdge(sol: Solution): number {
  let edges = 0
  let cost = 0
  sol.nodes.forEach((nodes, r) => {
    if (nodes.length === 0) return
    edges += nodes.length + 1
    cost += sol.routeCost[r]!
  })
  return edges === 0 ? 1 : cost / edges
}

function construct(S: Statics, rng: Rng, b: Budget): Solution {
  const sol = new Solution(S)
  const all = Array.from({ length: S.P.n }, (_, i) => i)
  regretInsert(sol, all, 3)
  new LocalSearch(sol).run(all, rng, () => b.stop() === 'cancelled')
  return sol
}

export function solveVrptw(problem: RoutingProblem, options: SolveOptions = {}): SolveResult {
  validateProblem(problem)
  const rng = createRng(options.seed ?? 1)
  const b = budget(options)
  const S = buildStatics(compileProblem(problem, options.neighbours ?? 20))
  let current = construct(S, rng, b)
  let currentCost = current.objective()
  let best = current
  let bestCost = currentCost
  const anneal = createAnnealing(rng, averageEdge(current))
  // SISR defaults (c̄ = 10, L = 10), scaled down for small problems so one ruin is not everything.
  const ruinParams = { avgRemoved: Math.min(10, Math.max(3, S.P.n / 3)), maxString: 10 }
  let iter = 0
  let lastReport = -Infinity
  const report = (force: boolean): void => {
    const elapsedMs = performance.now() - b.started
    if (!options.onProgress || (!force && elapsedMs - lastReport < PROGRESS_EVERY_MS)) return
    lastReport = elapsedMs
    options.onProgress({ elapsedMs, iterations: iter, bestCost, unplaced: best.unplaced().length })
  }
  report(true)
  let stopped = b.stop()
  while (stopped === undefined && S.P.n > 0) {
    const cand = current.clone()
    const removed = ruinAndRecreate(cand, rng, ruinParams)
    new LocalSearch(cand).run(removed, rng, () => false)
    const cost = cand.objective()
    iter++
    if (anneal.accept(cost, currentCost, b.progress(iter))) {
      current = cand
      currentCost = cost
    }
    if (cost < bestCost - 1e-9) {
      best = cand
      bestCost = cost
      report(false)
    }
    stopped = b.stop()
  }
  // On a copy: `best` may be shared with `current`, and the pass may spend travel on purpose.
  best = best.clone()
  balanceDays(best, options.balanceTolerance ?? 0)
  bestCost = best.objective()
  report(true)
  return { plan: toPlan(problem, best), iterations: iter, elapsedMs: performance.now() - b.started, stopped: stopped ?? 'done' }
}

/**
 * Mostly SISR (strings near a seed, greedy blink insertion); now and then scattered random
 * removal or a regret rebuild, which reach plans the greedy string move alone can miss.
 */
function ruinAndRecreate(sol: Solution, rng: Rng, params: RuinParams): number[] {
  const removed = rng.next() < 0.85 ? ruinStrings(sol, rng, params) : ruinRandom(sol, rng, params.avgRemoved)
  const todo = [...new Set(removed.concat(sol.unplaced()))]
  if (rng.next() < 0.8) recreateGreedy(sol, rng, todo)
  else regretInsert(sol, todo, 2)
  return todo
}

function toPlan(problem: RoutingProblem, sol: Solution): SolveResult['plan'] {
  const routes = problem.routes.map((_, r) => scheduleRoute(problem, sol, r))
  const unplaced = sol.unplaced().map((v) => ({ visitId: problem.visits[v]!.id, reason: diagnose(sol.S, v) }))
  return { routes, unplaced, cost: routes.reduce((s, r) => s + r.cost, 0) }
}
