import { statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_DEMO, seedDemoEnterprise, type DemoCounts } from '../../main/demo/seed'
import { createTestDb } from '../helpers/test-db'

/**
 * Seeds the demo enterprise into fresh temp databases and prints one row per scale: relations,
 * all rows written, seconds, rows per second, peak RSS and file size. RSS is sampled at every
 * progress report, so the peak is the seed's own, not the worker's lifetime maximum.
 * The 5,000,000-relation case takes minutes; BENCH_FULL=0 skips it.
 */

const MB = 1024 * 1024
const results: Record<string, string | number>[] = []

const totalRows = (c: DemoCounts): number =>
  c.departments +
  c.members +
  c.regions +
  c.stores +
  c.guideStores +
  c.tagGroups +
  c.tags +
  c.groupChats +
  c.customers +
  c.relations +
  c.relationTags

function benchSeed(relations: number): void {
  const t = createTestDb()
  try {
    let peakRss = process.memoryUsage().rss
    const sample = () => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
    }
    const started = performance.now()
    const result = seedDemoEnterprise(t.db, { ...DEFAULT_DEMO, relations }, { onProgress: sample })
    const seconds = (performance.now() - started) / 1000
    sample()
    expect(result?.counts.relations).toBe(relations)
    const rows = totalRows(result!.counts)
    results.push({
      relations,
      customers: result!.counts.customers,
      'rows (all tables)': rows,
      seconds: Number(seconds.toFixed(2)),
      'relations/s': Math.round(relations / seconds),
      'rows/s': Math.round(rows / seconds),
      'peak RSS (MB)': Math.round(peakRss / MB),
      'file (MB)': Math.round(statSync(t.file).size / MB)
    })
    console.table(results)
  } finally {
    t.cleanup()
  }
}

describe('demo seed', () => {
  it('seeds the default 300,000 relations', () => benchSeed(DEFAULT_DEMO.relations), 120_000)

  it.skipIf(process.env.BENCH_FULL === '0')(
    'seeds 5,000,000 relations with bounded memory',
    () => benchSeed(5_000_000),
    1_800_000
  )
})
