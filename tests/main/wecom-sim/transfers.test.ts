import { describe, expect, it } from 'vitest'
import type { WecomSimulator } from '../../../main/wecom-sim'
import { DAY, post, scalar, startSim, token, type Body } from './harness'

interface Pair {
  handover: string
  takeover: string
  customers: string[]
}

/**
 * Two active follow users; customers of the handover that the takeover does not follow. For a
 * resigned transfer the handover (another member) leaves first, so the test does not depend on
 * whom the demo seeded as departed.
 */
function pick(sim: WecomSimulator, kind: 'onjob' | 'resigned' = 'onjob'): Pair {
  const users = sim.db
    .prepare(
      `SELECT m.userid FROM member m WHERE m.status = 1 AND m.is_follow_user = 1
       AND (SELECT count(*) FROM follow_relation f WHERE f.userid = m.userid) >= 6
       ORDER BY m.userid`
    )
    .pluck()
    .all() as string[]
  const takeovers = sim.db
    .prepare(
      'SELECT userid FROM member WHERE status = 1 AND is_follow_user = 1 ORDER BY userid DESC'
    )
    .pluck()
    .all() as string[]
  const handover = (kind === 'onjob' ? users[0] : users[1]) ?? ''
  const takeover = takeovers.find((u) => u !== users[0] && u !== users[1]) ?? ''
  if (kind === 'resigned') sim.depart(handover)
  const customers = sim.db
    .prepare(
      `SELECT external_userid FROM follow_relation f WHERE userid = ? AND NOT EXISTS
       (SELECT 1 FROM follow_relation o
        WHERE o.userid = ? AND o.external_userid = f.external_userid)
       ORDER BY external_userid LIMIT 6`
    )
    .pluck()
    .all(handover, takeover) as string[]
  return { handover, takeover, customers }
}

const follows = (sim: WecomSimulator, userid: string, ext: string) =>
  scalar(
    sim,
    'SELECT count(*) FROM follow_relation WHERE userid = ? AND external_userid = ?',
    userid,
    ext
  ) === 1

async function request(sim: WecomSimulator, kind: 'onjob' | 'resigned', p: Pair, ids: string[]) {
  const path =
    kind === 'onjob'
      ? 'externalcontact/transfer_customer'
      : 'externalcontact/resigned/transfer_customer'
  // A fresh token each time: tests jump the clock past the 2-hour token lifetime.
  const t = await token(sim)
  const body = await post(
    sim,
    path,
    { handover_userid: p.handover, takeover_userid: p.takeover, external_userid: ids },
    t
  )
  expect(body.errcode).toBe(0)
  return (body.customer as { external_userid: string; errcode: number }[]).map((c) => c.errcode)
}

async function results(sim: WecomSimulator, kind: 'onjob' | 'resigned', p: Pair) {
  const path =
    kind === 'onjob'
      ? 'externalcontact/transfer_result'
      : 'externalcontact/resigned/transfer_result'
  const body: Body = await post(
    sim,
    path,
    { handover_userid: p.handover, takeover_userid: p.takeover },
    await token(sim)
  )
  expect(body).toMatchObject({ errcode: 0, next_cursor: '' })
  const rows = body.customer as { external_userid: string; status: number; takeover_time: number }[]
  return new Map(rows.map((r) => [r.external_userid, r]))
}

describe('customer transfers', () => {
  it('in-service: pending with takeover_time, then 接替完毕 after 24 h and the relation moved', async () => {
    const sim = await startSim()
    const p = pick(sim)
    const ids = p.customers.slice(0, 3)
    const tagsBefore = scalar(
      sim,
      'SELECT count(*) FROM follow_relation_tag WHERE userid = ? AND external_userid IN (?, ?, ?)',
      p.handover,
      ...ids
    )
    expect(await request(sim, 'onjob', p, ids)).toEqual([0, 0, 0])
    const requestedAt = sim.clock.now()
    const pending = await results(sim, 'onjob', p)
    for (const id of ids) {
      expect(pending.get(id)).toEqual({
        external_userid: id,
        status: 2,
        takeover_time: (requestedAt + DAY) / 1000
      })
    }
    sim.advance(DAY - 1)
    expect((await results(sim, 'onjob', p)).get(ids[0] ?? '')?.status).toBe(2)
    sim.advance(1)
    const done = await results(sim, 'onjob', p)
    for (const id of ids) {
      expect(done.get(id)?.status).toBe(1)
      expect(follows(sim, p.handover, id)).toBe(false)
      expect(follows(sim, p.takeover, id)).toBe(true)
    }
    const tagsAfter = scalar(
      sim,
      'SELECT count(*) FROM follow_relation_tag WHERE userid = ? AND external_userid IN (?, ?, ?)',
      p.takeover,
      ...ids
    )
    expect(tagsAfter).toBe(tagsBefore)
  })

  it('a scripted refusal ends as 客户拒绝: in-service keeps the customer, resigned loses it', async () => {
    const sim = await startSim()
    const onjob = pick(sim)
    const resigned = pick(sim, 'resigned')
    const [a, b] = [onjob.customers[0] ?? '', resigned.customers[0] ?? '']
    sim.refuseTransfers([a, b])
    await request(sim, 'onjob', onjob, [a])
    await request(sim, 'resigned', resigned, [b])
    sim.advance(DAY)
    expect((await results(sim, 'onjob', onjob)).get(a)).toMatchObject({
      status: 3,
      takeover_time: 0
    })
    expect((await results(sim, 'resigned', resigned)).get(b)?.status).toBe(3)
    expect(follows(sim, onjob.handover, a)).toBe(true)
    expect(follows(sim, onjob.takeover, a)).toBe(false)
    expect(follows(sim, resigned.handover, b)).toBe(false)
    expect(follows(sim, resigned.takeover, b)).toBe(false)
  })

  it('a takeover at its customer cap ends as status 4 and nothing moves', async () => {
    const sim = await startSim()
    const p = pick(sim)
    const held = scalar(sim, 'SELECT count(*) FROM follow_relation WHERE userid = ?', p.takeover)
    sim.setCustomerCap(p.takeover, held + 1)
    const ids = p.customers.slice(0, 2)
    await request(sim, 'onjob', p, ids)
    sim.advance(DAY)
    const done = await results(sim, 'onjob', p)
    expect([done.get(ids[0] ?? '')?.status, done.get(ids[1] ?? '')?.status]).toEqual([1, 4])
    expect(follows(sim, p.handover, ids[1] ?? '')).toBe(true)
  })

  it('allows two in-service transfers per customer in 90 days; the third gets 40128', async () => {
    const sim = await startSim()
    const p = pick(sim)
    const back = { handover: p.takeover, takeover: p.handover, customers: p.customers }
    const id = [p.customers[0] ?? '']
    expect(await request(sim, 'onjob', p, id)).toEqual([0])
    sim.advance(DAY)
    expect(await request(sim, 'onjob', back, id)).toEqual([0])
    sim.advance(DAY)
    expect(await request(sim, 'onjob', p, id)).toEqual([40128])
    sim.advance(89 * DAY)
    expect(await request(sim, 'onjob', p, id)).toEqual([0])
  })

  it('answers per-customer errcodes for every refusal reason', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const p = pick(sim)
    const [c0, c1] = p.customers
    const notMine = scalar(
      sim,
      `SELECT external_userid FROM follow_relation WHERE userid <> ? AND external_userid NOT IN
         (SELECT external_userid FROM follow_relation WHERE userid = ?) LIMIT 1`,
      p.handover,
      p.handover
    ) as unknown as string
    expect(await request(sim, 'onjob', p, [c0 ?? '', c0 ?? '', 'wmUNKNOWN', notMine])).toEqual([
      0, 40129, 40096, 40131
    ])
    expect(await request(sim, 'onjob', { ...p, takeover: p.handover }, [c1 ?? ''])).toEqual([40130])
    expect(await request(sim, 'resigned', p, [c1 ?? ''])).toEqual([40097])
    sim.setRealName(p.takeover, false)
    expect(await request(sim, 'onjob', p, [c1 ?? ''])).toEqual([40098])
    const inactive = scalar(
      sim,
      'SELECT userid FROM member WHERE status = 1 AND userid NOT IN (?, ?) LIMIT 1',
      p.handover,
      p.takeover
    ) as unknown as string
    sim.db.prepare('UPDATE member SET status = 4 WHERE userid = ?').run(inactive)
    expect(await request(sim, 'onjob', { ...p, takeover: inactive }, [c1 ?? ''])).toEqual([41054])
    const unknown = await post(
      sim,
      'externalcontact/transfer_customer',
      { handover_userid: p.handover, takeover_userid: 'ghost', external_userid: [c1] },
      t
    )
    expect(unknown).toMatchObject({ errcode: 60111, customer: [] })
  })

  it('in-service: 无接替记录 when the handover lost the customer before the takeover', async () => {
    const sim = await startSim()
    const p = pick(sim)
    const id = p.customers[0] ?? ''
    await request(sim, 'onjob', p, [id])
    sim.db
      .prepare('DELETE FROM follow_relation WHERE userid = ? AND external_userid = ?')
      .run(p.handover, id)
    sim.advance(DAY)
    expect((await results(sim, 'onjob', p)).get(id)?.status).toBe(5)
  })

  it('resigned: unassigned customers are transferred and leave get_unassigned_list', async () => {
    const sim = await startSim()
    const p = pick(sim, 'resigned')
    const unassigned = async () => {
      const body = await post(sim, 'externalcontact/get_unassigned_list', {}, await token(sim))
      return (body.info as { handover_userid: string; external_userid: string }[]).filter(
        (r) => r.handover_userid === p.handover
      )
    }
    const before = await unassigned()
    expect(before.length).toBeGreaterThanOrEqual(6)
    const ids = p.customers.slice(0, 4)
    expect(await request(sim, 'resigned', p, ids)).toEqual([0, 0, 0, 0])
    expect(await unassigned()).toHaveLength(before.length - 4)
    sim.advance(DAY)
    const done = await results(sim, 'resigned', p)
    for (const id of ids) {
      expect(done.get(id)?.status).toBe(1)
      expect(follows(sim, p.takeover, id)).toBe(true)
    }
    expect(await unassigned()).toHaveLength(before.length - 4)
  })

  it('depart(): a member who leaves has unassigned customers and groups to inherit', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const owner = scalar(
      sim,
      `SELECT g.owner FROM group_chat g JOIN member m ON m.userid = g.owner
       WHERE m.status = 1 AND g.status = 0
         AND EXISTS (SELECT 1 FROM follow_relation f WHERE f.userid = g.owner) LIMIT 1`
    ) as unknown as string
    const heir = scalar(
      sim,
      'SELECT userid FROM member WHERE status = 1 AND is_follow_user = 1 AND userid <> ? LIMIT 1',
      owner
    ) as unknown as string
    const chats = sim.db
      .prepare('SELECT chat_id FROM group_chat WHERE owner = ?')
      .pluck()
      .all(owner) as string[]
    const early = await post(
      sim,
      'externalcontact/groupchat/transfer',
      { chat_id_list: chats, new_owner: heir },
      t
    )
    expect((early.failed_chat_list as { errcode: number }[]).map((f) => f.errcode)).toEqual(
      chats.map(() => 90500)
    )
    sim.depart(owner)
    expect((await post(sim, 'externalcontact/get_unassigned_list', {}, t)).info).toContainEqual(
      expect.objectContaining({ handover_userid: owner, dimission_time: sim.clock.now() / 1000 })
    )
    const listed = await post(
      sim,
      'externalcontact/groupchat/list',
      { status_filter: 1, limit: 1000 },
      t
    )
    expect((listed.group_chat_list as { chat_id: string }[]).map((c) => c.chat_id)).toEqual(
      expect.arrayContaining(chats)
    )
    const moved = await post(
      sim,
      'externalcontact/groupchat/transfer',
      { chat_id_list: chats, new_owner: heir },
      t
    )
    expect(moved.failed_chat_list).toEqual([])
    expect(
      scalar(sim, 'SELECT count(*) FROM group_chat WHERE owner = ? AND status = 2', owner)
    ).toBe(chats.length)
    sim.advance(DAY)
    expect(
      scalar(sim, 'SELECT count(*) FROM group_chat WHERE owner = ? AND status = 3', heir)
    ).toBe(chats.length)
  })
})
