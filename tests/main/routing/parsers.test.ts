import { describe, expect, it } from 'vitest'
import { tourLength } from '../../../main/routing/tsp/tour-length'
import { tsplibEuc2dMatrix } from '../../../main/routing/travel/euclidean'
import { solveVrptw } from '../../../main/routing/vrp/solve'
import { hasRoutingData, missingDataReason, readCsv, readData } from '../../bench/routing/data-dir'
import { parseSolomon, solomonProblem } from '../../bench/routing/solomon'
import { parseTour, parseTsplib } from '../../bench/routing/tsplib'
import { checkPlan } from './plan-checker'

if (!hasRoutingData) console.log(`skipped parser tests: ${missingDataReason}`)

describe.skipIf(!hasRoutingData)('benchmark parsers (../shared/bench/routing)', () => {
  it('reads every TSPLIB instance, and each optimal tour has the listed length', () => {
    const rows = readCsv('tsplib_optimal.csv')
    expect(rows).toHaveLength(14)
    for (const r of rows) {
      const inst = parseTsplib(readData(`tsplib/${r.instance}.tsp`))
      expect(inst.points).toHaveLength(Number(r.nodes))
      if (!r.opt_tour_file) continue
      const tour = parseTour(readData(`tsplib/${r.opt_tour_file}`))
      const m = tsplibEuc2dMatrix(inst.points)
      expect(new Set(tour).size).toBe(inst.points.length)
      expect(tourLength(tour, m.cost, m.size)).toBe(Number(r.optimal_length))
    }
  })

  it('reads Solomon and Gehring-Homberger files', () => {
    const c101 = parseSolomon(readData('solomon/C101.txt'))
    expect(c101).toMatchObject({ name: 'C101', vehicles: 25, capacity: 200 })
    expect(c101.rows).toHaveLength(101)
    expect(c101.rows[1]).toEqual({ id: 1, x: 45, y: 68, demand: 10, ready: 912, due: 967, service: 90 })
    const gh = parseSolomon(readData('homberger_200/c1_2_1.txt'))
    expect(gh.rows).toHaveLength(201)
  })

  it('a Solomon instance solves to a checked plan within 1.5 % of the distance-only best known', () => {
    const problem = solomonProblem(parseSolomon(readData('solomon/C101.txt')))
    const res = solveVrptw(problem, { seed: 1, maxIterations: 30 })
    expect(checkPlan(problem, res.plan)).toEqual([])
    expect(res.plan.unplaced).toEqual([])
    const bks = Number(readCsv('vrptw_bks.csv').find((r) => r.instance === 'C101')!.bks_distance_only_distance)
    expect(res.plan.cost / bks - 1).toBeLessThan(0.015)
  })
})
