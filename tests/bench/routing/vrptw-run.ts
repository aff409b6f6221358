/** One VRPTW benchmark instance: solve, check with the independent checker, compare. */
import { solveVrptw } from '../../../main/routing/vrp/solve'
import { checkPlan } from '../../main/routing/plan-checker'
import { mean, round } from './bench-gate'
import { readData } from './data-dir'
import { nearestNeighbourVrptw } from './nn-vrptw'
import { parseSolomon, solomonProblem } from './solomon'

export interface VrptwRow {
  instance: string
  class: string
  bks: number
  'bks veh': number
  distance: number
  vehicles: number
  'gap %': number
  'NN gap %': number
  'NN veh': number
  'NN unserved': number
  'dist / NN': number
  s: number
  iterations: number
}

export function runVrptw(file: string, instance: string, cls: string, bks: number, bksVehicles: number, timeLimitMs: number): VrptwRow {
  const inst = parseSolomon(readData(file))
  const problem = solomonProblem(inst)
  const res = solveVrptw(problem, { seed: 1, timeLimitMs })
  const errors = checkPlan(problem, res.plan)
  if (errors.length > 0 || res.plan.unplaced.length > 0) {
    throw new Error(`${instance}: ${res.plan.unplaced.length} unplaced; ${errors.slice(0, 3).join('; ')}`)
  }
  const nn = nearestNeighbourVrptw(inst)
  return {
    instance,
    class: cls,
    bks,
    'bks veh': bksVehicles,
    distance: round(res.plan.cost),
    vehicles: res.plan.routes.filter((r) => r.stops.length > 0).length,
    'gap %': round((res.plan.cost / bks - 1) * 100),
    // NN with the fleet of the file can leave customers unserved; its gap is then meaningless.
    'NN gap %': nn.unserved > 0 ? NaN : round((nn.distance / bks - 1) * 100, 1),
    'NN veh': nn.vehicles,
    'NN unserved': nn.unserved,
    'dist / NN': nn.unserved > 0 ? NaN : round(res.plan.cost / nn.distance, 3),
    s: round(res.elapsedMs / 1000, 2),
    iterations: res.iterations
  }
}

/** Mean gap, baseline and vehicles per class, then over all rows. */
export function classSummary(rows: VrptwRow[]): Record<string, number | string>[] {
  const classes = [...new Set(rows.map((r) => r.class))]
  const line = (set: string, rs: VrptwRow[]): Record<string, number | string> => ({
    class: set,
    instances: rs.length,
    'mean gap %': round(mean(rs.map((r) => r['gap %'])), 2),
    'mean NN gap %': round(mean(rs.map((r) => r['NN gap %']).filter((x) => !Number.isNaN(x))), 1),
    'mean dist / NN': round(mean(rs.map((r) => r['dist / NN']).filter((x) => !Number.isNaN(x))), 3),
    'NN incomplete': rs.filter((r) => r['NN unserved'] > 0).length,
    vehicles: rs.reduce((s, r) => s + r.vehicles, 0),
    'bks vehicles': rs.reduce((s, r) => s + r['bks veh'], 0),
    'mean s': round(mean(rs.map((r) => r.s)), 2)
  })
  return [...classes.map((c) => line(c, rows.filter((r) => r.class === c))), line('all', rows)]
}

