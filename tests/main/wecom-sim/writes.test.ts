import { describe, expect, it } from 'vitest'
import type { WecomSimulator } from '../../../main/wecom-sim'
import { followUsers, get, post, scalar, startSim, token } from './harness'

function activeMember(sim: WecomSimulator, offset = 0): string {
  return scalar(
    sim,
    `SELECT userid FROM member WHERE status = 1 AND is_follow_user = 1
     ORDER BY userid LIMIT 1 OFFSET ?`,
    offset
  ) as unknown as string
}

describe('writes and reads applied to the state', () => {
  it('user/update changes departments, main department and position', async () => {
    const sim = await startSim()
    const contacts = await token(sim, 'contacts')
    const userid = activeMember(sim)
    const body = await post(
      sim,
      'user/update',
      {
        userid,
        department: [101, 102],
        is_leader_in_dept: [0, 1],
        main_department: 102,
        position: '店长',
        new_field_wecom_ignores: 1
      },
      contacts
    )
    expect(body).toMatchObject({ errcode: 0, errmsg: 'updated' })
    const user = await get(sim, 'user/get', { userid }, await token(sim))
    expect(user).toMatchObject({
      department: [101, 102],
      is_leader_in_dept: [0, 1],
      main_department: 102,
      position: '店长'
    })
    expect(user.mobile).toBeUndefined()
    expect((await get(sim, 'user/get', { userid }, contacts)).mobile).toMatch(/^1\d{10}$/)
    expect(
      (await post(sim, 'user/update', { userid, department: [99_999] }, contacts)).errcode
    ).toBe(60003)
    expect(
      (await post(sim, 'user/update', { userid: 'ghost', position: 'x' }, contacts)).errcode
    ).toBe(60111)
    expect((await post(sim, 'user/update', { userid, enable: 0 }, contacts)).errcode).toBe(0)
    expect(scalar(sim, 'SELECT status FROM member WHERE userid = ?', userid)).toBe(2)
  })

  it('corp tags: add (new group, reused group), edit, mark on a relation, delete', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const added = await post(
      sim,
      'externalcontact/add_corp_tag',
      { group_name: '门店活动', order: 9, tag: [{ name: '双十一' }, { name: '店庆', order: 2 }] },
      t
    )
    expect(added.errcode).toBe(0)
    const group = added.tag_group as { group_id: string; tag: { id: string; name: string }[] }
    expect(group.tag.map((x) => x.name)).toEqual(['双十一', '店庆'])
    const again = await post(
      sim,
      'externalcontact/add_corp_tag',
      { group_name: '门店活动', tag: [{ name: '年货节' }] },
      t
    )
    expect((again.tag_group as { group_id: string }).group_id).toBe(group.group_id)
    expect(
      (
        await post(
          sim,
          'externalcontact/add_corp_tag',
          { group_id: group.group_id, tag: [{ name: '店庆' }] },
          t
        )
      ).errcode
    ).toBe(40071)
    const [first, second] = group.tag
    expect(
      (await post(sim, 'externalcontact/edit_corp_tag', { id: first?.id, name: '双11' }, t)).errcode
    ).toBe(0)
    expect(
      (await post(sim, 'externalcontact/edit_corp_tag', { id: first?.id, name: '店庆' }, t)).errcode
    ).toBe(40071)
    const list = await post(
      sim,
      'externalcontact/get_corp_tag_list',
      { group_id: [group.group_id] },
      t
    )
    expect(
      (list.tag_group as { tag: { name: string }[] }[])[0]?.tag.map((x) => x.name).sort()
    ).toEqual(['双11', '年货节', '店庆'].sort())

    const userid = followUsers(sim)[0] ?? ''
    const ext = scalar(
      sim,
      'SELECT external_userid FROM follow_relation WHERE userid = ? LIMIT 1',
      userid
    ) as unknown as string
    const mark = await post(
      sim,
      'externalcontact/mark_tag',
      { userid, external_userid: ext, add_tag: [first?.id, second?.id] },
      t
    )
    expect(mark.errcode).toBe(0)
    expect(
      (
        await post(
          sim,
          'externalcontact/mark_tag',
          { userid, external_userid: ext, add_tag: ['etNOPE'] },
          t
        )
      ).errcode
    ).toBe(40068)
    const detail = await get(sim, 'externalcontact/get', { external_userid: ext }, t)
    const mine = (
      detail.follow_user as { userid: string; tags: { tag_name: string; group_name: string }[] }[]
    ).find((f) => f.userid === userid)
    expect(mine?.tags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tag_name: '双11', group_name: '门店活动', type: 1 })
      ])
    )

    expect(
      (await post(sim, 'externalcontact/del_corp_tag', { tag_id: [first?.id] }, t)).errcode
    ).toBe(0)
    expect(
      scalar(sim, 'SELECT count(*) FROM follow_relation_tag WHERE tag_id = ?', first?.id)
    ).toBe(0)
    expect(
      (await post(sim, 'externalcontact/del_corp_tag', { group_id: [group.group_id] }, t)).errcode
    ).toBe(0)
    expect(
      scalar(sim, 'SELECT count(*) FROM corp_tag_group WHERE group_id = ?', group.group_id)
    ).toBe(0)
  })

  it('message/send reports unknown and departed users as "a|b" and keeps the message', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const departed = activeMember(sim, 1)
    sim.depart(departed)
    const ok = activeMember(sim)
    const body = await post(
      sim,
      'message/send',
      {
        touser: `${ok}|nobody|${departed}`,
        msgtype: 'text',
        agentid: sim.corp.agentId,
        text: { content: '今晚盘点' }
      },
      t
    )
    expect(body).toMatchObject({
      errcode: 0,
      invaliduser: `nobody|${departed}`,
      invalidparty: '',
      invalidtag: ''
    })
    expect(sim.sentMessages()).toEqual([
      expect.objectContaining({ content: '今晚盘点', invaliduser: `nobody|${departed}` })
    ])
    const markdown = {
      touser: 'nobody',
      msgtype: 'markdown',
      agentid: sim.corp.agentId,
      markdown: { content: '**x**' }
    }
    expect((await post(sim, 'message/send', markdown, t)).errcode).toBe(81013)
    expect(
      (await post(sim, 'message/send', { ...markdown, touser: ok, agentid: 1 }, t)).errcode
    ).toBe(301002)
    const tooMany = Array.from({ length: 1001 }, (_, i) => `u${i}`).join('|')
    expect((await post(sim, 'message/send', { ...markdown, touser: tooMany }, t)).errcode).toBe(
      40032
    )
  })

  it('groupchat/get derives members; onjob_transfer moves an active owner’s group at once', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const chat = sim.db
      .prepare(
        `SELECT g.chat_id, g.owner, g.member_count FROM group_chat g
         JOIN member m ON m.userid = g.owner WHERE m.status = 1 AND g.status = 0 LIMIT 1`
      )
      .get() as { chat_id: string; owner: string; member_count: number }
    const body = await post(
      sim,
      'externalcontact/groupchat/get',
      { chat_id: chat.chat_id, need_name: 1 },
      t
    )
    const group = body.group_chat as {
      owner: string
      member_list: { type: number; name?: string }[]
    }
    expect(group.owner).toBe(chat.owner)
    expect(group.member_list[0]).toMatchObject({ type: 1 })
    expect(group.member_list.length).toBeLessThanOrEqual(chat.member_count)
    expect(
      group.member_list.slice(1).every((m) => m.type === 2 && typeof m.name === 'string')
    ).toBe(true)
    expect(
      await post(sim, 'externalcontact/groupchat/get', { chat_id: chat.chat_id, need_name: 1 }, t)
    ).toEqual(body)
    const heir = activeMember(sim, 3) === chat.owner ? activeMember(sim, 4) : activeMember(sim, 3)
    const moved = await post(
      sim,
      'externalcontact/groupchat/onjob_transfer',
      { chat_id_list: [chat.chat_id, 'wrNOPE'], new_owner: heir },
      t
    )
    expect(moved.failed_chat_list).toEqual([
      { chat_id: 'wrNOPE', errcode: 90501, errmsg: expect.any(String) }
    ])
    expect(scalar(sim, 'SELECT owner FROM group_chat WHERE chat_id = ?', chat.chat_id)).toBe(heir)
    const same = await post(
      sim,
      'externalcontact/groupchat/onjob_transfer',
      { chat_id_list: [chat.chat_id], new_owner: heir },
      t
    )
    expect((same.failed_chat_list as { errcode: number }[])[0]?.errcode).toBe(90504)
  })
})
