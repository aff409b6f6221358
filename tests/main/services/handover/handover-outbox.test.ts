import { describe, expect, it } from 'vitest'
import { createEventBus } from '../../../../main/app/event-bus'
import type { Db } from '../../../../main/db/connection'
import { createOutboxWorker, type OutboxWorker } from '../../../../main/outbox/outbox-worker'
import { createOutboxWriter } from '../../../../main/outbox/outbox-writer'
import type { WecomClient } from '../../../../main/wecom/client'
import { guideWithColleagues, handoverSetup } from './handover-harness'

/** The real writer and worker on the handover's cache, on the simulator's clock. */
function realOutbox() {
  let worker: OutboxWorker | null = null
  const enqueuer = (db: Db, client: WecomClient, now: () => number) => {
    worker = createOutboxWorker({
      db,
      events: createEventBus(),
      now,
      random: () => 0,
      client: () => client
    })
    return createOutboxWriter(db, now)
  }
  return { enqueuer, worker: () => worker! }
}

const outboxStates = (db: Db) =>
  db
    .prepare<[], { op: string; state: string; error_code: string | null }>(
      'SELECT op, state, error_code FROM sync_outbox ORDER BY id'
    )
    .all()

describe('handover through the outbox', () => {
  it('delivers every chunk once; a lost reply is reconciled from transfer_result, not re-sent', async () => {
    const outbox = realOutbox()
    const h = await handoverSetup({ enqueuer: outbox.enqueuer })
    const leaver = guideWithColleagues(h.sim, h.db)
    h.sim.depart(leaver)
    const { planId } = await h.service.plan({ handoverUserid: leaver, kind: 'resigned' })
    const summary = h.service.execute(planId)
    expect(outboxStates(h.db).length).toBe(summary.batches)

    // The first transfer call takes effect but its reply is cut in half.
    h.sim.faults.add({
      path: 'externalcontact/resigned/transfer_customer',
      kind: 'truncate',
      times: 1
    })
    const chunks = summary.batches - (summary.groups > 0 ? 1 : 0)
    await outbox.worker().runDue()
    expect(outboxStates(h.db).filter((r) => r.error_code === 'wecom-unknown-outcome')).toHaveLength(
      1
    )
    // Retries wait out their backoff on the simulator's clock.
    for (let i = 0; i < 10 && outboxStates(h.db).some((r) => r.state !== 'delivered'); i++) {
      h.sim.advance(5 * 60_000)
      await outbox.worker().runDue()
    }
    // The worker reconciled the row: transfer_result said WeCom had accepted the chunk, so
    // transfer_customer was called once per chunk, never twice.
    expect(h.sim.callLog.count('externalcontact/resigned/transfer_customer')).toBe(chunks)
    expect(h.sim.callLog.count('externalcontact/resigned/transfer_result')).toBeGreaterThanOrEqual(
      1
    )
    expect(outboxStates(h.db).every((r) => r.state === 'delivered')).toBe(true)
    const phases = new Set(h.ledger.forHandover(leaver).map((e) => e.phase))
    expect(phases).toEqual(new Set(['waiting']))
    expect(h.groups.forHandover(leaver).every((g) => g.phase === 'done')).toBe(true)
  })
})
