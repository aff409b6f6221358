import { describe, expect, it } from 'vitest'
import type { HandoverService } from '../../../../main/services/handover-service'
import { guideWithColleagues, handoverSetup, HOUR } from './handover-harness'

/** A plan for `userid` in which only `keep` is handed over (the rest 暂不交接). */
async function planOnly(service: HandoverService, userid: string, keep: readonly string[]) {
  const { planId, plan } = await service.plan({
    handoverUserid: userid,
    kind: 'in_service',
    transferMessage: '您好，之后由我为您服务'
  })
  const edits = plan.customers
    .filter((c) => !keep.includes(c.externalUserid))
    .map((c, i) => ({
      row: i + 2,
      target: 'customer' as const,
      id: c.externalUserid,
      takeoverUserid: null
    }))
  const groupEdits = plan.groups.map((g, i) => ({
    row: i + 1000,
    target: 'group' as const,
    id: g.chatId,
    takeoverUserid: null
  }))
  expect(service.edit(planId, [...edits, ...groupEdits]).issues).toEqual([])
  return planId
}

describe('在职继承 against the simulator', () => {
  it('stops a third in-service transfer within 90 days locally, before WeCom’s 40128', async () => {
    const h = await handoverSetup()
    let owner = guideWithColleagues(h.sim, h.db)
    const customer =
      h.db
        .prepare<[string], string>(
          'SELECT external_userid FROM follow_relation WHERE userid = ? AND removed_at IS NULL ORDER BY external_userid LIMIT 1'
        )
        .pluck()
        .get(owner) ?? ''

    for (let round = 1; round <= 2; round++) {
      const planId = await planOnly(h.service, owner, [customer])
      expect(h.service.preflight(planId).failed).toBe(0)
      expect(h.service.execute(planId)).toMatchObject({ customers: 1, groups: 0 })
      await h.deliverAll()
      h.sim.advance(24 * HOUR)
      await h.service.reconcile()
      const [entry] = h.ledger.forHandover(owner)
      expect(entry).toMatchObject({
        phase: 'settled',
        status: 1,
        kind: 'in_service',
        externalUserid: customer
      })
      owner = entry?.takeoverUserid ?? ''
      await h.resync() // the cache learns the new owner, as the next scheduled sync would
    }

    const third = await planOnly(h.service, owner, [customer])
    const check = h.service.preflight(third)
    const row = check.rows.find((r) => r.id === customer)
    expect(row?.verdict).toMatchObject({ ok: false, problem: 'budget-spent' })
    expect(row?.verdict.ok === false && row.verdict.message).toMatch(
      /90 天内已在职转接 2 次.*40128/
    )
    expect(check.customerChunks).toEqual([])
    expect(() => h.service.execute(third)).toThrow(/没有能通过预检/)

    // WeCom agrees: sending anyway is refused per customer with 40128.
    const takeover = row?.takeoverUserid ?? ''
    const reply = await h.client.call('externalcontact/transfer_customer', {
      handover_userid: owner,
      takeover_userid: takeover,
      external_userid: [customer]
    })
    expect(reply.customer).toEqual([{ external_userid: customer, errcode: 40128 }])
  })
})
