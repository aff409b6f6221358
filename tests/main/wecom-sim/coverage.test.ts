import { describe, expect, it } from 'vitest'
import { WECOM_ENDPOINTS } from '../../../main/wecom/endpoints'
import type { WecomSimulator } from '../../../main/wecom-sim'
import { get, post, scalar, startSim, token } from './harness'

function activeMember(sim: WecomSimulator, offset = 0): string {
  return scalar(
    sim,
    `SELECT userid FROM member WHERE status = 1 AND is_follow_user = 1
     ORDER BY userid LIMIT 1 OFFSET ?`,
    offset
  ) as unknown as string
}

/** Every body the simulator sends is checked against the client's schemas by the harness. */
describe('endpoint coverage', () => {
  it('answers every endpoint of the client table with a body its schema accepts', async () => {
    const sim = await startSim()
    const app = await token(sim)
    const contacts = await token(sim, 'contacts')
    const userid = activeMember(sim)
    const ext = scalar(
      sim,
      'SELECT external_userid FROM follow_relation WHERE userid = ? LIMIT 1',
      userid
    ) as unknown as string
    const chat = scalar(sim, 'SELECT chat_id FROM group_chat LIMIT 1') as unknown as string
    const tag = scalar(sim, 'SELECT tag_id FROM corp_tag LIMIT 1') as unknown as string
    const pair = { handover_userid: userid, takeover_userid: activeMember(sim, 1) }
    const gets: Record<string, Record<string, string>> = {
      'department/list': {},
      'department/simplelist': { id: '10' },
      'department/get': { id: '1' },
      'user/list': { department_id: '2' },
      'user/simplelist': { department_id: '2' },
      'user/get': { userid },
      'externalcontact/get_follow_user_list': {},
      'externalcontact/list': { userid },
      'externalcontact/get': { external_userid: ext }
    }
    const posts: Record<string, [unknown, string]> = {
      'user/list_id': [{}, contacts],
      'user/update': [{ userid, position: '导购' }, contacts],
      'externalcontact/batch/get_by_user': [{ userid_list: [userid] }, app],
      'externalcontact/get_corp_tag_list': [{}, app],
      'externalcontact/add_corp_tag': [{ group_name: '新组', tag: [{ name: '新标签' }] }, app],
      'externalcontact/edit_corp_tag': [{ id: tag, name: '改名' }, app],
      'externalcontact/mark_tag': [{ userid, external_userid: ext, add_tag: [tag] }, app],
      'externalcontact/del_corp_tag': [{ tag_id: [tag] }, app],
      'externalcontact/get_unassigned_list': [{ page_size: 5 }, app],
      'externalcontact/resigned/transfer_customer': [{ ...pair, external_userid: [ext] }, app],
      'externalcontact/resigned/transfer_result': [pair, app],
      'externalcontact/transfer_customer': [
        { ...pair, external_userid: [ext], transfer_success_msg: '您好' },
        app
      ],
      'externalcontact/transfer_result': [pair, app],
      'externalcontact/groupchat/list': [{ limit: 100 }, app],
      'externalcontact/groupchat/get': [{ chat_id: chat }, app],
      'externalcontact/groupchat/transfer': [{ chat_id_list: [chat], new_owner: userid }, app],
      'externalcontact/groupchat/onjob_transfer': [
        { chat_id_list: [chat], new_owner: userid },
        app
      ],
      'message/send': [
        { touser: '@all', msgtype: 'text', agentid: sim.corp.agentId, text: { content: 'hi' } },
        app
      ]
    }
    const covered = new Set(['gettoken'])
    for (const [path, query] of Object.entries(gets)) {
      expect((await get(sim, path, query, app)).errcode, path).toBe(0)
      covered.add(path)
    }
    for (const [path, [body, accessToken]] of Object.entries(posts)) {
      expect((await post(sim, path, body, accessToken)).errcode, path).toBe(0)
      covered.add(path)
    }
    expect([...covered].sort()).toEqual(Object.keys(WECOM_ENDPOINTS).sort())
  })
})
