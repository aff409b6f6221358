import { afterAll, describe, it } from 'vitest'
import { createEventBus } from '../../main/app/event-bus'
import { createAuditRepo } from '../../main/db/repos/audit-repo'
import { createStoreRepo } from '../../main/db/repos/store-repo'
import { createStoreService } from '../../main/services/store-service'
import { seedDemoEnterprise } from '../../main/demo/seed'
import { createTestDb } from '../helpers/test-db'

/**
 * The stores screen's work at 300 and 20,000 stores: the list query, a filtered list, and the
 * .xlsx export of the current view. Each figure is the median of several runs and is also given
 * as a ratio to a raw `SELECT * FROM store` over the same rows, measured in the same run.
 */
const SCALES = [300, 20_000]
const RUNS = 7
const envs: ReturnType<typeof createTestDb>[] = []
afterAll(() => envs.forEach((e) => e.cleanup()))

function median(fn: () => unknown): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!
}

describe('stores list, filter and export', () => {
  it('prints the figures', () => {
    const table: Record<string, string | number>[] = []
    for (const storeCount of SCALES) {
      const env = createTestDb()
      envs.push(env)
      seedDemoEnterprise(env.db, { stores: storeCount, guides: Math.max(1500, storeCount * 3), relations: 10_000 })
      const stores = createStoreRepo(env.db)
      const s = {
        stores: createStoreService({
          db: env.db,
          stores,
          audit: createAuditRepo(env.db),
          events: createEventBus(),
          now: Date.now
        })
      }
      const raw = env.db.prepare('SELECT * FROM store')
      const baseline = median(() => raw.all())
      const region = s.stores.facets().regions[0]!.id
      const filter = { regionIds: [region], types: ['ka' as const, 'supermarket' as const], search: '路' }
      const sorted = { sort: { column: 'name' as const, desc: true } }
      const cases: [string, () => { rows: number }][] = [
        ['list (by code)', () => ({ rows: s.stores.list({}).rows.length })],
        ['list sorted by name desc', () => ({ rows: s.stores.list(sorted).rows.length })],
        ['filter region+type+search', () => ({ rows: s.stores.list(filter).rows.length })],
        ['export .xlsx (whole view)', () => (s.stores.export({}), { rows: storeCount })]
      ]
      table.push({ stores: storeCount, case: 'baseline raw SELECT *', rows: raw.all().length, ms: baseline.toFixed(2), 'x baseline': 1 })
      for (const [name, fn] of cases) {
        const rows = fn().rows
        const ms = median(fn)
        table.push({ stores: storeCount, case: name, rows, ms: ms.toFixed(2), 'x baseline': +(ms / baseline).toFixed(1) })
      }
    }
    console.log(`\nStores screen (median of ${RUNS} runs, ${process.platform} ${process.arch}, node ${process.version})`)
    console.table(table)
  })
})
