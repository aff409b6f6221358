import { describe, expect, it } from 'vitest'
import { simClient } from '../../sync/sync-harness'
import { guideWithColleagues, handoverSetup } from './handover-harness'

async function firstChunk() {
  const h = await handoverSetup()
  const leaver = guideWithColleagues(h.sim, h.db)
  h.sim.depart(leaver)
  const { planId } = await h.service.plan({ handoverUserid: leaver, kind: 'resigned' })
  h.service.execute(planId)
  const chunk = h.commands.find((c) => c.kind === 'customer.transfer')
  if (!chunk || chunk.kind !== 'customer.transfer') throw new Error('no customer chunk')
  return { h, chunk }
}

describe('executeTransferChunk when the whole call fails', () => {
  it('a refusal WeCom will repeat (60011) rejects every row with that errcode', async () => {
    const { h, chunk } = await firstChunk()
    h.sim.faults.add({
      path: 'externalcontact/resigned/transfer_customer',
      kind: 'errcode',
      code: 60011,
      times: 1
    })
    await expect(h.deliver(chunk)).rejects.toMatchObject({ errcode: 60011 })
    const rows = h.ledger.byBatch(chunk.batchId)
    expect(rows.every((e) => e.phase === 'rejected' && e.errcode === 60011)).toBe(true)
  })

  it('a passing one (45009 quota) puts the rows back in line, and the retry sends them', async () => {
    const { h, chunk } = await firstChunk()
    h.sim.faults.add({
      path: 'externalcontact/resigned/transfer_customer',
      kind: 'errcode',
      code: 45009,
      times: 1
    })
    const noRetry = simClient(h.sim, { retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 } })
    await expect(h.deliver(chunk, noRetry)).rejects.toMatchObject({ errcode: 45009 })
    expect(h.ledger.byBatch(chunk.batchId).every((e) => e.phase === 'queued')).toBe(true)
    h.sim.advance(61_000)
    const outcome = await h.deliver(chunk)
    expect(outcome).toMatchObject({
      sent: chunk.external_userid.length,
      accepted: chunk.external_userid.length
    })
    expect(h.ledger.byBatch(chunk.batchId).every((e) => e.phase === 'waiting')).toBe(true)
  })

  it('per-customer refusals are kept per row (40129 for a customer already in transfer)', async () => {
    const { h, chunk } = await firstChunk()
    const [first] = chunk.external_userid
    // Someone else (the WeCom admin page) started a transfer of this customer meanwhile.
    const other = h.db
      .prepare<[string], string>('SELECT takeover_userid FROM customer_transfer WHERE batch_id = ?')
      .pluck()
      .get(chunk.batchId)
    await h.client.call('externalcontact/resigned/transfer_customer', {
      handover_userid: chunk.handover_userid,
      takeover_userid: other ?? '',
      external_userid: [first ?? '']
    })
    const outcome = await h.deliver(chunk)
    expect(outcome.refused).toEqual([{ id: first, errcode: 40129 }])
    expect(h.ledger.byBatch(chunk.batchId).find((e) => e.externalUserid === first)).toMatchObject({
      phase: 'rejected',
      errcode: 40129
    })
  })
})
