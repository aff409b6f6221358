import { describe, expect, it } from 'vitest'
import { createGuideRepo } from '../../../../main/db/repos/guide-repo'
import { outboxSetup } from '../../outbox/outbox-harness'
import { startSim, syncSetup, syncUntilOk } from '../../sync/sync-harness'
import { noticeSetup } from './notice-harness'

/** A cache synced from the simulator, the notice services and a worker delivering to it. */
async function synced() {
  const sim = await startSim()
  const { db, engine } = syncSetup(sim)
  await syncUntilOk(engine)
  const { worker } = outboxSetup(sim, { db })
  const { notices } = noticeSetup(db, { agentId: sim.corp.agentId, now: () => sim.clock.now() })
  const deliverAll = async () => {
    for (let i = 0; i < 20 && (await worker.runDue()) > 0; i++);
  }
  return { sim, db, notices, deliverAll }
}

describe('notices delivered through the outbox to the simulator', () => {
  it("sends to a region's guides, shows the delivery and the members WeCom reported invalid, by name", async () => {
    const { sim, db, notices, deliverAll } = await synced()
    const region = createGuideRepo(db).facets().regions.find((r) => r.guideCount >= 3)!
    const draft = { audience: { kind: 'filter' as const, filter: { regionIds: [region.id] } }, msgtype: 'markdown' as const, content: '**本周**陈列检查' }
    const preview = notices.preview(draft)
    expect(preview.recipients).toBeGreaterThan(1)
    expect(preview.blocked).toBeNull()

    // WeCom learns of a departure before the cache does: it reports the member in invaliduser.
    const leaver = preview.sample[0]!
    sim.depart(leaver.userid)
    const sent = notices.send(draft)
    expect(notices.list()[0]!.delivery.state).toBe('pending')
    await deliverAll()

    const item = notices.list()[0]!
    expect(item).toMatchObject({
      id: sent.noticeId,
      recipientCount: preview.recipients,
      delivery: { state: 'sent', pending: 0, sent: 1, failed: 0 },
      audience: { kind: 'filter', filter: { regionIds: [region.id] }, name: null },
      invalidUsers: [{ userid: leaver.userid, name: leaver.name }],
      errors: []
    })
    const message = sim.sentMessages().at(-1)!
    expect(message).toMatchObject({ msgtype: 'markdown', content: '**本周**陈列检查', invaliduser: leaver.userid })
    expect(message.touser!.split('|')).toHaveLength(preview.recipients)
  })

  it('a saved audience resolves at send time and history names it; a failed call shows its reason', async () => {
    const { sim, db, notices, deliverAll } = await synced()
    const region = createGuideRepo(db).facets().regions.find((r) => r.guideCount > 0)!
    const saved = notices.saveAudience('华东大区全部导购', { regionIds: [region.id] })
    notices.send({ audience: { kind: 'saved', audienceId: saved.id }, msgtype: 'text', content: '到店提醒' })
    sim.faults.add({ path: 'message/send', kind: 'errcode', code: 60011, times: 1 })
    await deliverAll()
    const item = notices.list()[0]!
    expect(item.audience).toMatchObject({ kind: 'filter', name: '华东大区全部导购' })
    expect(item.delivery).toMatchObject({ state: 'failed', failed: 1 })
    expect(item.errors[0]).toMatchObject({ code: 'wecom:60011' })
  })
})
