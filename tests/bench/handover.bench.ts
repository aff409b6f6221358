import { afterAll, describe, it } from 'vitest'
import { createHandoverRepo } from '../../main/db/repos/handover-repo'
import { seedDemoEnterprise } from '../../main/demo/seed'
import type { HandoverSubject, PlanCustomer } from '../../main/domain/handover/handover-plan'
import { planHandover } from '../../main/domain/handover/plan-handover'
import { preflight } from '../../main/domain/handover/preflight'
import type { TakeoverCandidate } from '../../main/domain/handover/takeover-candidate'
import { exportPlan } from '../../main/services/handover-plan-sheet'
import { createTestDb } from '../helpers/test-db'

/**
 * Issue #4's figure: the handover plan for a guide with 5,000 customers in a store of 30 guides
 * (plus the region fallback with 300 guides when the store is capped), its pre-flight and its
 * .xlsx export; and the cache query that finds the colleagues on a seeded demo enterprise.
 * Medians of several runs; nothing is asserted about time.
 */
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

const handover: HandoverSubject = {
  userid: 'leaver',
  name: '王芳',
  kind: 'resigned',
  storeIds: ['s0'],
  regionIds: ['r0']
}
const customers: PlanCustomer[] = Array.from({ length: 5000 }, (_, i) => ({
  externalUserid: `wm${String(i).padStart(6, '0')}`,
  name: `客户${i}`
}))

function guides(
  n: number,
  store: (i: number) => string,
  capacity: number | null
): TakeoverCandidate[] {
  return Array.from({ length: n }, (_, i) => ({
    userid: `g${String(i).padStart(4, '0')}`,
    name: `导购${i}`,
    status: 1,
    isFollowUser: true,
    isVisible: true,
    storeIds: [store(i)],
    regionIds: ['r0'],
    customerCount: (i * 37) % 400,
    groupCount: i % 7,
    capacity
  }))
}

describe('handover plan', () => {
  it('prints the figures', () => {
    const storeOnly = guides(30, () => 's0', null)
    // Store guides capped at 450 customers: most customers go to the region's 270 other guides.
    const withRegion = guides(300, (i) => (i < 30 ? 's0' : `s${1 + (i % 9)}`), 450)
    const table: Record<string, string | number>[] = []
    const row = (name: string, fn: () => unknown) =>
      table.push({ case: name, customers: customers.length, ms: median(fn).toFixed(2) })
    const plan = planHandover({ handover, customers, groups: [], candidates: storeOnly })
    const facts = {
      handoverStatus: 5 as const,
      candidates: new Map(storeOnly.map((c) => [c.userid, c])),
      inTransfer: new Set<string>(),
      inServiceHistory: new Map<string, number[]>(),
      now: Date.now()
    }
    row('plan: store of 30 guides', () =>
      planHandover({ handover, customers, groups: [], candidates: storeOnly })
    )
    row('plan: store capped → region of 300', () =>
      planHandover({ handover, customers, groups: [], candidates: withRegion })
    )
    row('pre-flight (50 chunks)', () => preflight(plan, facts))
    row('export plan .xlsx', () => exportPlan(plan, new Map(), Date.now()))

    const env = createTestDb()
    envs.push(env)
    seedDemoEnterprise(env.db, { stores: 300, guides: 1500, relations: 100_000 })
    const repo = createHandoverRepo(env.db)
    const store = env.db
      .prepare<[], { store_id: string; region_id: string }>(
        `SELECT gs.store_id, s.region_id FROM guide_store gs JOIN store s ON s.id = gs.store_id
       GROUP BY gs.store_id ORDER BY count(*) DESC LIMIT 1`
      )
      .get()!
    let found = 0
    table.push({
      case: 'cache: colleagues of a store + region (1,500 guides, 100k relations)',
      customers: '-',
      ms: median(
        () => (found = repo.candidates([store.store_id], [store.region_id], () => null).length)
      ).toFixed(2)
    })
    console.info(`handover bench (${found} colleagues found in the region)`)
    console.table(table)
  })
})
