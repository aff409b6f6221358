import { describe, expect, it } from 'vitest'
import { createEventBus } from '../../../../main/app/event-bus'
import { createAuditRepo } from '../../../../main/db/repos/audit-repo'
import { createHandoverServices } from '../../../../main/services/handover-services'
import type { SyncRunSummary } from '../../../../preload/contract/models'
import { guideWithColleagues, handoverSetup, HOUR, type Command } from './handover-harness'

describe('handover services as the app wires them', () => {
  it('reconciles open transfers after each sync run and announces the changed tables', async () => {
    const h = await handoverSetup()
    const events = createEventBus()
    const changed: string[][] = []
    events.subscribe((name, payload) => {
      if (name === 'db:changed') changed.push((payload as { tables: string[] }).tables)
    })
    const sent: Command[] = []
    const services = createHandoverServices({
      db: h.db,
      events,
      audit: createAuditRepo(h.db),
      outbox: { enqueue: (input) => sent.push(input.command) },
      client: () => h.client,
      now: () => h.sim.clock.now()
    })
    const leaver = guideWithColleagues(h.sim, h.db)
    h.sim.depart(leaver)
    const { planId } = await services.plan({ handoverUserid: leaver, kind: 'resigned' })
    services.execute(planId)
    expect(changed.at(-1)).toEqual([
      'customer_transfer',
      'group_transfer',
      'sync_outbox',
      'audit_log'
    ])
    for (const command of sent) await h.deliver(command)
    expect(services.hasOpenTransfers()).toBe(true)

    h.sim.advance(24 * HOUR)
    events.emit('sync:finished', {} as SyncRunSummary)
    for (let i = 0; i < 100 && services.hasOpenTransfers(); i++)
      await new Promise((r) => setTimeout(r, 20))
    expect(services.hasOpenTransfers()).toBe(false)
    expect(h.ledger.forHandover(leaver).every((e) => e.phase === 'settled' && e.status === 1)).toBe(
      true
    )
    expect(changed.at(-1)).toEqual(['customer_transfer', 'group_transfer'])
  })
})
