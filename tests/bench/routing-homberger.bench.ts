import { describe, it } from 'vitest'
import { printSkip, routingBenchSkip } from './routing/bench-gate'
import { readCsv } from './routing/data-dir'
import { classSummary, runVrptw } from './routing/vrptw-run'

/**
 * Gehring-Homberger 200 customers. Only hierarchical best knowns exist (fewest vehicles, then
 * distance) while we minimise distance, so vehicles are shown beside the gap. By default the
 * first instance of each class; ZHANGGUI_ROUTING_GH_ALL=1 runs all 60.
 */
const BUDGET_MS = 10_000
const all = process.env.ZHANGGUI_ROUTING_GH_ALL === '1'

describe.skipIf(routingBenchSkip !== undefined)('Gehring-Homberger 200', () => {
  it('prints the figures', () => {
    const rows = readCsv('vrptw_bks.csv')
      .filter((r) => r.set !== 'solomon' && (all || r.instance!.endsWith('_1')))
      .map((r) => {
        const cls = r.instance!.split('_')[0]!.toUpperCase()
        return runVrptw(r.file!, r.instance!, cls, Number(r.bks_min_vehicles_then_distance_distance), Number(r.bks_min_vehicles_then_distance_vehicles), BUDGET_MS)
      })
    console.table(rows)
    console.table(classSummary(rows))
  })
})
printSkip()
