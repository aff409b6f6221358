/**
 * Independent feasibility checker for tests. It shares NO code with the solver (types only): it
 * re-walks every route from the raw problem — legs from the matrix, arrival, wait, window,
 * service, day end, duration, capacity, cost — and lists every disagreement with the plan.
 */
import type { RoutingPlan, RoutingProblem } from '../../../main/routing/model'

const TOL = 1e-6

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOL * Math.max(1, Math.abs(a), Math.abs(b))
}

export function checkPlan(problem: RoutingProblem, plan: RoutingPlan): string[] {
  const errors: string[] = []
  const { size, time, cost } = problem.matrix
  const visitById = new Map(problem.visits.map((v) => [v.id, v]))
  const seen = new Set<string>()
  let total = 0
  if (plan.routes.length !== problem.routes.length) errors.push(`plan has ${plan.routes.length} routes, problem ${problem.routes.length}`)
  plan.routes.forEach((pr, ri) => {
    const spec = problem.routes[ri]!
    if (pr.routeId !== spec.id) errors.push(`route ${ri}: id ${pr.routeId} ≠ ${spec.id}`)
    if (pr.stops.length === 0) {
      if (pr.cost !== 0) errors.push(`route ${spec.id}: empty but costs ${pr.cost}`)
      return
    }
    if (pr.departure < spec.earliest - TOL) errors.push(`route ${spec.id}: leaves at ${pr.departure} before ${spec.earliest}`)
    let t = pr.departure
    let at = spec.startLocation
    let load = 0
    let routeCost = 0
    for (const s of pr.stops) {
      const v = visitById.get(s.visitId)
      if (!v) {
        errors.push(`route ${spec.id}: unknown visit ${s.visitId}`)
        continue
      }
      if (seen.has(v.id)) errors.push(`visit ${v.id} planned twice`)
      seen.add(v.id)
      const arrival = t + time[at * size + v.location]!
      routeCost += cost[at * size + v.location]!
      if (!near(arrival, s.arrival)) errors.push(`visit ${v.id}: arrival ${s.arrival}, recomputed ${arrival}`)
      if (s.start < arrival - TOL) errors.push(`visit ${v.id}: starts ${s.start} before arriving ${arrival}`)
      if (!near(s.wait, s.start - arrival)) errors.push(`visit ${v.id}: wait ${s.wait} ≠ ${s.start - arrival}`)
      const inWindow = v.windows.length === 0 || v.windows.some((w) => s.start >= w.open - TOL && s.start <= w.close + TOL)
      if (!inWindow) errors.push(`visit ${v.id}: starts ${s.start} outside its windows`)
      if (!near(s.end, s.start + v.service)) errors.push(`visit ${v.id}: ends ${s.end}, should be ${s.start + v.service}`)
      if (s.slack < -TOL) errors.push(`visit ${v.id}: negative slack ${s.slack}`)
      load += v.demand ?? 0
      t = s.end
      at = v.location
    }
    const back = t + time[at * size + spec.endLocation]!
    routeCost += cost[at * size + spec.endLocation]!
    if (!near(back, pr.arrival)) errors.push(`route ${spec.id}: back at ${pr.arrival}, recomputed ${back}`)
    if (back > spec.latest + TOL) errors.push(`route ${spec.id}: back at ${back} after ${spec.latest}`)
    if (spec.maxDuration !== undefined && back - pr.departure > spec.maxDuration + TOL) errors.push(`route ${spec.id}: lasts ${back - pr.departure} > ${spec.maxDuration}`)
    if (spec.capacity !== undefined && load > spec.capacity + TOL) errors.push(`route ${spec.id}: load ${load} > ${spec.capacity}`)
    if (!near(routeCost, pr.cost)) errors.push(`route ${spec.id}: cost ${pr.cost}, recomputed ${routeCost}`)
    total += routeCost
  })
  for (const u of plan.unplaced) {
    if (seen.has(u.visitId)) errors.push(`visit ${u.visitId} both planned and unplaced`)
    seen.add(u.visitId)
  }
  for (const v of problem.visits) if (!seen.has(v.id)) errors.push(`visit ${v.id} neither planned nor listed as unplaced`)
  if (!near(total, plan.cost)) errors.push(`plan cost ${plan.cost}, recomputed ${total}`)
  return errors
}
