/**
 * Exact optimum of a tiny problem by depth-first enumeration of every assignment and order,
 * with its own schedule arithmetic (earliest departure, earliest feasible window). Objective:
 * fewest unplaced visits, then least cost — what the solver is asked for. Tests only; it
 * assumes no maxDuration (departing earliest is then never worse).
 */
import type { RoutingProblem } from '../../../main/routing/model'

export interface Optimum {
  unplaced: number
  cost: number
  /** Visit ids per route, in order. */
  routes: string[][]
}

function startIn(windows: RoutingProblem['visits'][number]['windows'], arrival: number): number {
  if (windows.length === 0) return arrival
  for (const w of windows) if (arrival <= w.close) return Math.max(arrival, w.open)
  return Infinity
}

export function bruteForce(p: RoutingProblem): Optimum {
  const { size, time, cost } = p.matrix
  const n = p.visits.length
  const used = new Uint8Array(n)
  let best: Optimum = { unplaced: n, cost: 0, routes: [] }
  const path: string[][] = p.routes.map(() => [])
  const better = (u: number, c: number): boolean => u < best.unplaced || (u === best.unplaced && c < best.cost - 1e-9)
  const dfs = (r: number, at: number, t: number, load: number, count: number, sum: number, placed: number): void => {
    if (r === p.routes.length) {
      if (better(n - placed, sum)) best = { unplaced: n - placed, cost: sum, routes: path.map((r) => r.slice()) }
      return
    }
    const spec = p.routes[r]!
    // Close this route here (an empty route costs nothing).
    const closeCost = count === 0 ? 0 : cost[at * size + spec.endLocation]!
    const back = t + time[at * size + spec.endLocation]!
    if (count === 0 || back <= spec.latest + 1e-9) {
      const next = p.routes[r + 1]
      dfs(r + 1, next?.startLocation ?? 0, next?.earliest ?? 0, 0, 0, sum + closeCost, placed)
    }
    for (let v = 0; v < n; v++) {
      if (used[v]) continue
      const visit = p.visits[v]!
      if (load + (visit.demand ?? 0) > (spec.capacity ?? Infinity)) continue
      const start = startIn(visit.windows, t + time[at * size + visit.location]!)
      if (start === Infinity) continue
      const c = sum + cost[at * size + visit.location]!
      // Costs only grow, so once a plan places everything, dearer partial plans are dead.
      if (best.unplaced === 0 && c >= best.cost - 1e-9) continue
      used[v] = 1
      path[r]!.push(visit.id)
      dfs(r, visit.location, start + visit.service, load + (visit.demand ?? 0), count + 1, c, placed + 1)
      path[r]!.pop()
      used[v] = 0
    }
  }
  const first = p.routes[0]
  if (first) dfs(0, first.startLocation, first.earliest, 0, 0, 0, 0)
  else best = { unplaced: n, cost: 0, routes: [] }
  return best
}
