import { describe, it } from 'vitest'
import { printSkip, routingBenchSkip } from './routing/bench-gate'
import { readCsv } from './routing/data-dir'
import { classSummary, runVrptw } from './routing/vrptw-run'

/**
 * Solomon VRPTW, all 56: distance against the distance-only best known (free fleet, what
 * VROOM and OR-Tools optimise), 3 s each, every plan validated by the independent checker.
 */
const BUDGET_MS = 3000

function classOf(name: string): string {
  return /^(RC|R|C)(\d)/.exec(name)?.slice(1, 3).join('') ?? name
}

describe.skipIf(routingBenchSkip !== undefined)('Solomon VRPTW', () => {
  it('prints the figures', () => {
    const rows = readCsv('vrptw_bks.csv')
      .filter((r) => r.set === 'solomon')
      .map((r) => runVrptw(r.file!, r.instance!, classOf(r.instance!), Number(r.bks_distance_only_distance), Number(r.bks_distance_only_vehicles), BUDGET_MS))
    console.table(rows)
    console.table(classSummary(rows))
  })
})
printSkip()
