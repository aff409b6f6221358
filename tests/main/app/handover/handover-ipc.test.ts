import { describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app/open-app'
import { useDemoApp } from '../../../helpers/demo-app'
import type {
  DepartedGuide,
  ExecuteSummary,
  HandoverLedger,
  HandoverPlanView
} from '../../../../preload/contract/handover-models'

const demo = useDemoApp()

async function data<T>(
  a: App,
  channel: Parameters<App['dispatch']>[0],
  input: unknown
): Promise<T> {
  const result = await a.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.data as T
}

describe('客户交接 over the contract (demo enterprise)', () => {
  it('lists departed guides, plans, pre-flights and executes through the outbox', async () => {
    const a = await demo.start()
    await a.sync.current()?.finished

    const departed = await data<DepartedGuide[]>(a, 'handover:departed', {})
    const leaver = departed.find((d) => d.customerCount > 0)
    expect(leaver).toBeDefined()
    // The demo's leavers left before the first sync: the cache never saw their store.
    const blind = await data<HandoverPlanView>(a, 'handover:plan', {
      handoverUserid: leaver!.userid,
      kind: 'resigned'
    })
    expect(blind.plan.customers.length).toBe(leaver!.customerCount)
    expect(
      blind.plan.customers.every(
        (c) => c.placement.kind === 'unplaced' && c.placement.reason === 'no-store'
      )
    ).toBe(true)
    const store = a.db
      .prepare<[], string>(
        `SELECT gs.store_id FROM guide_store gs JOIN member m ON m.userid = gs.userid
         WHERE m.status = 1 AND m.removed_at IS NULL GROUP BY gs.store_id ORDER BY count(*) DESC, gs.store_id LIMIT 1`
      )
      .pluck()
      .get()
    const view = await data<HandoverPlanView>(a, 'handover:plan', {
      handoverUserid: leaver!.userid,
      kind: 'resigned',
      storeIds: [store]
    })
    expect(view.plan.customers.every((c) => c.placement.kind === 'assigned')).toBe(true)
    const check = await data<{ passed: number }>(a, 'handover:preflight', { planId: view.planId })
    expect(check.passed).toBeGreaterThan(0)
    const done = await data<ExecuteSummary>(a, 'handover:execute', { planId: view.planId })
    expect(done.customers).toBe(check.passed - done.groups)

    // The app's own outbox worker delivers; poll the ledger until nothing is queued.
    let ledger: HandoverLedger = { customers: [], groups: [] }
    for (let i = 0; i < 100; i++) {
      ledger = await data<HandoverLedger>(a, 'handover:ledger', { handoverUserid: leaver!.userid })
      if (ledger.customers.every((e) => e.phase !== 'queued' && e.phase !== 'sending')) break
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(new Set(ledger.customers.map((e) => e.phase))).toEqual(new Set(['waiting']))
    expect(await data(a, 'handover:reconcile', {})).toMatchObject({ open: done.customers })

    const bad = await a.dispatch('handover:plan', {
      handoverUserid: leaver!.userid,
      kind: 'sideways'
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const gone = await a.dispatch('handover:execute', { planId: view.planId })
    expect(gone).toMatchObject({ ok: false, error: { code: 'preview-expired' } })
  })
})
