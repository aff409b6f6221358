/** Request schemas enforce PAGE_LIMITS, so an oversized call is caught before it is sent. */
import { describe, expect, it } from 'vitest'
import { WECOM_ENDPOINTS, type WecomPostPath } from '../../../main/wecom/endpoints'
import { PAGE_LIMITS } from '../../../main/wecom/dto/page-limits'

const ids = (n: number, prefix = 'id') => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

/** `accepts(body)` for one POST endpoint. */
const acceptor = (path: WecomPostPath) => (body: unknown) =>
  WECOM_ENDPOINTS[path].request.safeParse(body).success

describe('request limits', () => {
  it('batch/get_by_user: 1..100 userids, limit ≤100', () => {
    const accepts = acceptor('externalcontact/batch/get_by_user')
    const { userids, limit } = PAGE_LIMITS['externalcontact/batch/get_by_user']
    expect(accepts({ userid_list: ids(userids), limit })).toBe(true)
    expect(accepts({ userid_list: ids(userids + 1) })).toBe(false)
    expect(accepts({ userid_list: ['a'], limit: limit + 1 })).toBe(false)
    expect(accepts({ userid_list: [] })).toBe(false)
  })

  it('user/list_id: limit ≤10000', () => {
    const accepts = acceptor('user/list_id')
    expect(accepts({ cursor: '', limit: 10_000 })).toBe(true)
    expect(accepts({ limit: 10_001 })).toBe(false)
  })

  it('get_unassigned_list: page_size ≤1000', () => {
    const accepts = acceptor('externalcontact/get_unassigned_list')
    expect(accepts({ page_size: 1000 })).toBe(true)
    expect(accepts({ page_size: 1001 })).toBe(false)
  })

  it('groupchat/list: limit 1..1000, owner filter ≤100', () => {
    const accepts = acceptor('externalcontact/groupchat/list')
    expect(accepts({ limit: 1000, status_filter: 1 })).toBe(true)
    expect(accepts({ limit: 1001 })).toBe(false)
    expect(accepts({ limit: 10, owner_filter: { userid_list: ids(101) } })).toBe(false)
  })

  it.each([
    'externalcontact/resigned/transfer_customer',
    'externalcontact/transfer_customer'
  ] as const)('%s: 1..100 customers', (path) => {
    const accepts = acceptor(path)
    const base = { handover_userid: 'a', takeover_userid: 'b' }
    expect(accepts({ ...base, external_userid: ids(100, 'wm') })).toBe(true)
    expect(accepts({ ...base, external_userid: ids(101, 'wm') })).toBe(false)
    expect(accepts({ ...base, external_userid: [] })).toBe(false)
  })

  it('transfer_customer: success message ≤200 characters', () => {
    const accepts = acceptor('externalcontact/transfer_customer')
    const base = { handover_userid: 'a', takeover_userid: 'b', external_userid: ['wm1'] }
    expect(accepts({ ...base, transfer_success_msg: '您'.repeat(200) })).toBe(true)
    expect(accepts({ ...base, transfer_success_msg: '您'.repeat(201) })).toBe(false)
  })

  it.each([
    'externalcontact/groupchat/transfer',
    'externalcontact/groupchat/onjob_transfer'
  ] as const)('%s: 1..100 chats', (path) => {
    const accepts = acceptor(path)
    expect(accepts({ chat_id_list: ids(100, 'wr'), new_owner: 'x' })).toBe(true)
    expect(accepts({ chat_id_list: ids(101, 'wr'), new_owner: 'x' })).toBe(false)
    expect(accepts({ chat_id_list: [], new_owner: 'x' })).toBe(false)
  })

  it('message/send: ≤1000 users as "a|b", text or markdown, some recipient required', () => {
    const accepts = acceptor('message/send')
    const text = { msgtype: 'text', agentid: 1000002, text: { content: '今日盘点' } }
    const markdown = { msgtype: 'markdown', agentid: 1, markdown: { content: '**x**' } }
    expect(accepts({ ...text, touser: ids(1000).join('|') })).toBe(true)
    expect(accepts({ ...text, touser: ids(1001).join('|') })).toBe(false)
    expect(accepts({ ...text, touser: '@all' })).toBe(true)
    expect(accepts(text)).toBe(false)
    expect(accepts({ ...markdown, toparty: '2' })).toBe(true)
    const image = { msgtype: 'image', agentid: 1, touser: 'a', image: { media_id: 'm' } }
    expect(accepts(image)).toBe(false)
  })

  it('mark_tag and del_corp_tag refuse an empty change', () => {
    const markTag = acceptor('externalcontact/mark_tag')
    expect(markTag({ userid: 'a', external_userid: 'wm1' })).toBe(false)
    expect(markTag({ userid: 'a', external_userid: 'wm1', add_tag: ['et1'] })).toBe(true)
    expect(acceptor('externalcontact/del_corp_tag')({ tag_id: [] })).toBe(false)
  })

  it('refuses a misspelt or legacy field instead of silently dropping it', () => {
    const accepts = acceptor('externalcontact/batch/get_by_user')
    expect(accepts({ userid: 'legacy-single-userid' })).toBe(false)
  })
})
