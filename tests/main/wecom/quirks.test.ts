/**
 * One test per known wire quirk: first on the corpus file that shows it (skipped when the
 * shared corpus is absent), then on a minimal hand-made body so the rule holds without it.
 */
import { describe, expect, it } from 'vitest'
import {
  WECOM_ENDPOINTS,
  parseWecomResponse,
  type WecomEndpointPath
} from '../../../main/wecom/endpoints'
import { parseWecomBody, wecomEnvelopeSchema } from '../../../main/wecom/dto/envelope'
import { FIXTURES_PRESENT, observedBody, readFixtureJson } from './fixtures'

function ok<P extends WecomEndpointPath>(path: P, body: unknown) {
  const parsed = parseWecomResponse(path, body)
  if (parsed.kind !== 'ok') throw new Error(`${path}: expected ok, got ${parsed.kind}`)
  return parsed.body
}

/** go-wecom's response body of `path`, wechatpy's body named `name`. */
const goWecom = (path: string) => readFixtureJson(`go-wecom/cgi-bin/${path}.response.json`)
const wechatpy = (name: string) => readFixtureJson(`wechatpy/${name}.json`)

describe.skipIf(!FIXTURES_PRESENT)('quirks in the shared corpus', () => {
  it('missing errcode/errmsg reads as success (wechatpy gettoken)', () => {
    expect(ok('gettoken', wechatpy('gettoken'))).toMatchObject({
      errcode: 0,
      errmsg: '',
      access_token: '1234567890',
      expires_in: 7200
    })
  })

  it('user gender "1" becomes the number 1 (go-wecom user/get, user/list)', () => {
    expect(ok('user/get', goWecom('user/get')).gender).toBe(1)
    expect(ok('user/list', goWecom('user/list')).userlist[0]?.gender).toBe(1)
  })

  it('customer gender stays a number (externalcontact/get)', () => {
    const body = ok('externalcontact/get', goWecom('externalcontact/get'))
    expect(body.external_contact.gender).toBe(1)
  })

  it('old remark_company → remark_corp_name, numeric mobiles → strings (wechatpy)', () => {
    const body = ok('externalcontact/get', wechatpy('externalcontact_get'))
    const [first, second] = body.follow_user
    expect(first?.remark_corp_name).toBe('腾讯科技')
    expect(first).not.toHaveProperty('remark_company')
    expect(first?.remark_mobiles).toEqual(['138000001', '130000002'])
    expect(second).toMatchObject({ tags: [], remark_mobiles: [], remark_corp_name: undefined })
  })

  it('remark_corp_name and string mobiles pass through (go-wecom get)', () => {
    const body = ok('externalcontact/get', goWecom('externalcontact/get'))
    expect(body.follow_user[0]).toMatchObject({
      remark_corp_name: '腾讯科技',
      remark_mobiles: ['13800000001', '13000000002']
    })
  })

  it('follow_info without userid parses (wechatpy batch/get_by_user)', () => {
    const raw = wechatpy('externalcontact_batch_get_by_user')
    const body = ok('externalcontact/batch/get_by_user', raw)
    const followers = body.external_contact_list.map((row) => row.follow_info.userid)
    expect(followers).toEqual([undefined, undefined])
    expect(body.next_cursor).toBe('')
  })

  it('follow_info with userid keeps it (go-wecom batch/get_by_user)', () => {
    const raw = goWecom('externalcontact/batch/get_by_user')
    const body = ok('externalcontact/batch/get_by_user', raw)
    const followers = body.external_contact_list.map((row) => row.follow_info.userid)
    expect(followers).toEqual(['rocky', 'lisi'])
    expect(body.next_cursor).toBe('r9FqSqsI8fgNbHLHE5QoCP50UIg2cFQbfma3l2QsmwI')
  })

  it('absent next_cursor becomes "" while is_last says false (wechatpy unassigned)', () => {
    const body = ok(
      'externalcontact/get_unassigned_list',
      wechatpy('externalcontact_get_unassigned_list')
    )
    expect(body).toMatchObject({ next_cursor: '', is_last: false })
  })

  it('present empty next_cursor stays "" (observed resigned/transfer_result)', () => {
    const observed = observedBody('resigned_transfer_result-ok')
    const body = ok('externalcontact/resigned/transfer_result', observed)
    expect(body.next_cursor).toBe('')
    expect(body.customer[0]).toMatchObject({ status: 1, takeover_time: 1664612338 })
  })

  it.each([
    ['batch_get_by_user-45033', 'externalcontact/batch/get_by_user', 45033],
    ['user_get-60011', 'user/get', 60011],
    ['groupchat_list-60020', 'externalcontact/groupchat/list', 60020],
    ['externalcontact_list-84061', 'externalcontact/list', 84061]
  ] as const)('error body with empty lists is an error, not malformed (%s)', (id, path, code) => {
    const parsed = parseWecomResponse(path, observedBody(id))
    expect(parsed).toMatchObject({ kind: 'error', body: { errcode: code } })
  })

  it('a real WeChat customer lacks position/unionid; an add_way 0 follower no oper_userid', () => {
    const body = ok('externalcontact/get', observedBody('externalcontact_get-ok'))
    expect(body.external_contact.type).toBe(1)
    expect(body.external_contact).not.toHaveProperty('position')
    expect(body.external_contact).not.toHaveProperty('unionid')
    expect(body.follow_user.find((f) => f.add_way === 0)?.oper_userid).toBeUndefined()
  })

  it('a type-2 (personal) tag has no tag_id', () => {
    const body = ok('externalcontact/get', goWecom('externalcontact/get'))
    expect(body.follow_user[0]?.tags.map((t) => t.tag_id)).toEqual([
      'etAJ2GCAAAXtWyujaWJHDDGi0mACHAAA',
      undefined,
      'stAJ2GCAAAXtWyujaWJHDDGi0mACHAAA'
    ])
  })

  it('older department and simple-user bodies lack order, department_leader and department', () => {
    const depts = ok('department/list', wechatpy('department_list'))
    expect(depts.department[0]).toMatchObject({ id: 2, department_leader: [] })
    expect(depts.department[0]).not.toHaveProperty('order')
    const users = ok('user/simplelist', wechatpy('user_simplelist'))
    expect(users.userlist[0]).toMatchObject({ userid: 'zhangsan', department: [] })
  })

  it('message/send "" invaliduser becomes an empty list (wxjava stub)', () => {
    type Stub = { request: { uri: string }; response: { text: string } }
    const stubs = readFixtureJson('wxjava/moco/message.json') as Stub[]
    const send = stubs.find((s) => s.request.uri === '/cgi-bin/message/send')
    expect(ok('message/send', JSON.parse(send?.response.text ?? '{}')).invaliduser).toEqual([])
  })

  it('failed_chat_list keeps errcode 0 next to a failure errmsg (go-wecom artefact)', () => {
    const body = ok(
      'externalcontact/groupchat/onjob_transfer',
      goWecom('externalcontact/groupchat/onjob_transfer')
    )
    expect(body.failed_chat_list).toEqual([
      expect.objectContaining({ errcode: 0, errmsg: 'chat is not external group chat' })
    ])
  })
})

describe('quirk rules on minimal bodies', () => {
  it('defaults errcode to 0 and errmsg to "" in the envelope', () => {
    expect(wecomEnvelopeSchema.parse({})).toEqual({ errcode: 0, errmsg: '' })
  })

  it('normalises gender strings, numbers and "" to numbers', () => {
    expect(ok('user/get', { userid: 'u1', gender: '2' }).gender).toBe(2)
    expect(ok('user/get', { userid: 'u1', gender: 1 }).gender).toBe(1)
    expect(ok('user/get', { userid: 'u1', gender: '' }).gender).toBe(0)
    expect(ok('user/get', { userid: 'u1' }).gender).toBeUndefined()
  })

  it('prefers remark_corp_name over remark_company when both are present', () => {
    const body = ok('externalcontact/batch/get_by_user', {
      external_contact_list: [
        {
          external_contact: { external_userid: 'wm1', name: 'A', type: 1 },
          follow_info: {
            createtime: 1,
            remark_corp_name: 'new',
            remark_company: 'old',
            remark_mobiles: [13800000000]
          }
        }
      ]
    })
    expect(body.external_contact_list[0]?.follow_info).toMatchObject({
      remark_corp_name: 'new',
      remark_mobiles: ['13800000000'],
      tag_id: [],
      remark: ''
    })
  })

  it('reads absent, null and "" next_cursor as "" (last page)', () => {
    expect(ok('user/list_id', {}).next_cursor).toBe('')
    expect(ok('user/list_id', { next_cursor: null }).next_cursor).toBe('')
    expect(ok('user/list_id', { next_cursor: '' }).next_cursor).toBe('')
    expect(ok('user/list_id', { next_cursor: 'c2' }).next_cursor).toBe('c2')
  })

  it('splits message/send "a|b" id strings into arrays', () => {
    const body = ok('message/send', { invaliduser: 'a|b', invalidparty: '1|2', unlicenseduser: '' })
    expect(body).toMatchObject({
      invaliduser: ['a', 'b'],
      invalidparty: ['1', '2'],
      invalidtag: [],
      unlicenseduser: []
    })
  })

  it('keeps unknown fields WeCom adds later', () => {
    const department = { id: 5, name: '门店', parentid: 1, new_field: 'x' }
    const body = ok('department/get', { department, extra: 1 })
    expect(body).toMatchObject({ extra: 1, department: { new_field: 'x' } })
  })

  it('splits error bodies from success bodies by errcode, and flags drifted success bodies', () => {
    const schema = WECOM_ENDPOINTS['user/get'].response
    const errorBody = { errcode: 60111, errmsg: 'userid not found', department: [] }
    const parsed = parseWecomBody(schema, errorBody)
    expect(parsed).toMatchObject({ kind: 'error', body: { errcode: 60111 } })
    expect(parseWecomBody(schema, { errcode: 0, errmsg: 'ok' }).kind).toBe('malformed')
    expect(parseWecomBody(schema, '<html>502</html>').kind).toBe('malformed')
  })
})
