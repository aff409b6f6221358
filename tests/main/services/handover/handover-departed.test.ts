import { describe, expect, it } from 'vitest'
import type { WecomSimulator } from '../../../../main/wecom-sim'
import { handoverSetup } from './handover-harness'

/** An active guide who owns groups, stripped of customers in WeCom's truth, then departed. */
function groupsOnlyLeaver(sim: WecomSimulator): { userid: string; chats: number } {
  const owner = sim.db
    .prepare<[], { owner: string; n: number }>(
      `SELECT g.owner, count(*) AS n FROM group_chat g JOIN member m ON m.userid = g.owner
       WHERE m.status = 1 AND g.status = 0 GROUP BY g.owner ORDER BY n DESC, g.owner LIMIT 1`
    )
    .get()
  if (!owner) throw new Error('no group owner in the demo')
  sim.db.prepare('DELETE FROM follow_relation_tag WHERE userid = ?').run(owner.owner)
  sim.db.prepare('DELETE FROM follow_relation WHERE userid = ?').run(owner.owner)
  sim.depart(owner.owner)
  return { userid: owner.owner, chats: owner.n }
}

describe('departed guides', () => {
  it('finds an owner with only groups, absent from get_unassigned_list, by the status scan', async () => {
    const h = await handoverSetup()
    const leaver = groupsOnlyLeaver(h.sim)
    const departed = await h.service.departed()
    expect(departed.find((d) => d.userid === leaver.userid)).toMatchObject({
      customerCount: 0,
      groupCount: leaver.chats,
      dimissionAt: null
    })
    // groupchat/list was asked by status only: owner_filter with a departed owner fails (40003).
    const lists = h.sim.callLog.all('externalcontact/groupchat/list')
    expect(lists.length).toBeGreaterThan(0)
  })

  it('falls back to the cached group statuses when WeCom refuses a status-only scan (81017)', async () => {
    const h = await handoverSetup()
    const leaver = groupsOnlyLeaver(h.sim)
    await h.resync() // the cache learns the groups are 离职待继承
    h.sim.configure({ groupChatListMaxVisible: 1 })
    const departed = await h.service.departed()
    const refused = h.sim.callLog
      .all('externalcontact/groupchat/list')
      .filter((e) => e.errcode === 81017)
    expect(refused.length).toBe(1)
    expect(departed.find((d) => d.userid === leaver.userid)).toMatchObject({
      groupCount: leaver.chats
    })
  })
})
