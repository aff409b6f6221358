import { describe, expect, it } from 'vitest'
import { guideWithColleagues, handoverSetup, HOUR } from './handover-harness'

describe('离职继承 against the simulator', () => {
  it('hands a departed guide’s customers and groups to store colleagues; one refuses, is re-planned', async () => {
    const h = await handoverSetup()
    const leaver = guideWithColleagues(h.sim, h.db)
    const customers = h.sim.db
      .prepare<[string], string>(
        'SELECT external_userid FROM follow_relation WHERE userid = ? ORDER BY external_userid'
      )
      .pluck()
      .all(leaver)
    const chats = h.sim.db
      .prepare<[string], string>('SELECT chat_id FROM group_chat WHERE owner = ?')
      .pluck()
      .all(leaver)
    expect(customers.length).toBeGreaterThanOrEqual(5)
    console.info(`handover of ${customers.length} customers and ${chats.length} groups`)
    h.sim.depart(leaver)
    await h.resync()

    const departed = await h.service.departed()
    expect(departed.find((d) => d.userid === leaver)).toMatchObject({
      customerCount: customers.length,
      groupCount: chats.length
    })

    const { planId, plan } = await h.service.plan({ handoverUserid: leaver, kind: 'resigned' })
    expect(plan.customers.map((c) => c.externalUserid)).toEqual(customers)
    expect(
      plan.customers.every((c) => c.placement.kind === 'assigned' && c.placement.scope === 'store')
    ).toBe(true)
    const check = h.service.preflight(planId)
    expect(check.failed).toBe(0)

    const refuser = customers[0] ?? ''
    h.sim.refuseTransfers([refuser])
    const summary = h.service.execute(planId)
    expect(summary).toMatchObject({ customers: customers.length, groups: chats.length })
    await h.deliverAll()
    const waiting = h.ledger.forHandover(leaver)
    expect(waiting.map((e) => e.phase)).toEqual(customers.map(() => 'waiting'))
    expect(h.groups.forHandover(leaver).every((g) => g.phase === 'done')).toBe(true)

    // Before the 24 hours nothing is final; the countdown is WeCom's takeover_time.
    h.sim.advance(HOUR)
    const early = await h.service.reconcile()
    expect(early.open).toBe(customers.length)

    h.sim.advance(23 * HOUR)
    const late = await h.service.reconcile()
    expect(late).toMatchObject({ open: 0 })
    const settled = h.ledger.forHandover(leaver)
    for (const e of settled) {
      expect(e.phase).toBe('settled')
      if (e.phase === 'settled') expect(e.status).toBe(e.externalUserid === refuser ? 3 : 1)
    }
    // WeCom moved the others to the takeovers the plan chose.
    for (const row of plan.customers.slice(1)) {
      const takeover = row.placement.kind === 'assigned' ? row.placement.takeoverUserid : ''
      const follows = h.sim.db
        .prepare('SELECT 1 FROM follow_relation WHERE userid = ? AND external_userid = ?')
        .get(takeover, row.externalUserid)
      expect(follows, row.externalUserid).toBeDefined()
    }

    const again = h.service.replan(leaver)
    expect(again.plan.customers.map((c) => c.externalUserid)).toEqual([refuser])
    expect(again.plan.customers[0]?.placement.kind).toBe('assigned')
  })

  it('a lost reply is resolved from transfer_result, never sent twice', async () => {
    const h = await handoverSetup()
    const leaver = guideWithColleagues(h.sim, h.db)
    h.sim.depart(leaver)
    const { planId } = await h.service.plan({ handoverUserid: leaver, kind: 'resigned' })
    h.service.execute(planId)
    const first = h.commands.find((c) => c.kind === 'customer.transfer')
    if (!first || first.kind !== 'customer.transfer') throw new Error('no customer chunk')
    // The request reaches WeCom but its reply is dropped: the client reports an unknown outcome.
    h.sim.faults.add({
      path: 'externalcontact/resigned/transfer_customer',
      kind: 'truncate',
      times: 1
    })
    await expect(h.deliver(first)).rejects.toMatchObject({ failure: 'unknown-outcome' })
    expect(h.ledger.byBatch(first.batchId).every((e) => e.phase === 'sending')).toBe(true)

    const calls = () => h.sim.callLog.count('externalcontact/resigned/transfer_customer')
    const before = calls()
    await h.deliver(first)
    expect(calls()).toBe(before) // resolved by transfer_result alone
    expect(h.ledger.byBatch(first.batchId).every((e) => e.phase === 'waiting')).toBe(true)
  })
})
