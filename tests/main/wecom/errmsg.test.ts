import { describe, expect, it } from 'vitest'
import { explainWecomError, parseWecomErrmsg } from '../../../main/wecom/errmsg'
import { wecomEnvelopeSchema } from '../../../main/wecom/dto/envelope'
import { FIXTURES_PRESENT, observedBody } from './fixtures'

const envelope = (id: string) => wecomEnvelopeSchema.parse(observedBody(id))

describe.skipIf(!FIXTURES_PRESENT)('errmsg of observed error bodies', () => {
  it('60020: reads the caller IP and puts it in the trusted-IP advice', () => {
    const body = envelope('groupchat_list-60020')
    expect(parseWecomErrmsg(body.errmsg)).toEqual({
      text: 'not allow to access from your ip',
      hint: '1690282230612130918224239',
      ip: '222.65.121.207',
      moreInfoUrl: 'https://open.work.weixin.qq.com/devtool/query?e=60020'
    })
    const explained = explainWecomError(body)
    expect(explained).toMatchObject({ errcode: 60020, kind: 'config', ip: '222.65.121.207' })
    expect(explained.zh).toContain('企业可信IP')
    expect(explained.zh.split('222.65.121.207')).toHaveLength(3)
    expect(explained.zh).not.toContain('{ip}')
  })

  it('45009: rate limit, with hint and IP', () => {
    const explained = explainWecomError(envelope('gettoken-45009'))
    expect(explained).toMatchObject({
      kind: 'rate-limit',
      text: 'api freq out of limit',
      hint: '1651125626252370061579454',
      ip: '122.14.234.1'
    })
  })

  it('42001: an empty "from ip: " gives no IP', () => {
    const parts = parseWecomErrmsg(envelope('message_send-42001').errmsg)
    expect(parts).toMatchObject({ text: 'access_token expired', hint: '1737759218426833351570099' })
    expect(parts.ip).toBeUndefined()
    expect(explainWecomError(envelope('message_send-42001')).kind).toBe('token')
  })

  it('84061: old hint format, no IP, no space before "more info"', () => {
    const parts = parseWecomErrmsg(envelope('externalcontact_list-84061').errmsg)
    expect(parts).toEqual({
      text: 'not external contact',
      hint: '1597832536_107_9ab8a02b8f210e36f8e36b87aa40a799',
      moreInfoUrl: 'https://open.work.weixin.qq.com/devtool/query?e=84061'
    })
    expect(explainWecomError(envelope('externalcontact_list-84061')).kind).toBe('empty')
  })

  it('60011: text keeps its words despite the space before the comma', () => {
    expect(parseWecomErrmsg(envelope('user_get-60011').errmsg).text).toBe(
      'no privilege to access/modify contact/party/agent'
    )
    expect(explainWecomError(envelope('user_get-60011')).zh).toContain('可见范围')
  })

  it('40058: the detail that names the field survives in text', () => {
    expect(parseWecomErrmsg(envelope('batch_get_by_user-40058-errmsg').errmsg).text).toBe(
      'field `userid_list` exceed max length 64. invalid Request Parameter'
    )
  })

  it('48002 and 301002 are configuration errors', () => {
    expect(explainWecomError(envelope('unknown-48002')).kind).toBe('config')
    expect(explainWecomError(envelope('message_send-301002')).kind).toBe('config')
  })
})

describe('errmsg without the corpus', () => {
  it('60020 without an IP still tells the operator what to do', () => {
    const body = { errcode: 60020, errmsg: 'not allow to access from your ip' }
    const explained = explainWecomError(body)
    expect(explained.ip).toBeUndefined()
    expect(explained.zh).toContain('企业可信IP')
    expect(explained.zh).not.toContain('{ip}')
  })

  it('explains a per-customer errcode that has no errmsg', () => {
    expect(explainWecomError({ errcode: 40128 })).toMatchObject({ kind: 'row', text: '' })
  })

  it('reads an IPv6 caller address', () => {
    const errmsg = 'x, hint: [1], from ip: 240e:3b7::1, more info at https://e'
    expect(parseWecomErrmsg(errmsg).ip).toBe('240e:3b7::1')
  })

  it('passes a plain errmsg through as text', () => {
    const parts = parseWecomErrmsg('Warning: wrong json format. ')
    expect(parts).toEqual({ text: 'Warning: wrong json format.' })
  })

  it('stops on an unlisted errcode and asks for support with the code', () => {
    const explained = explainWecomError({ errcode: 99999, errmsg: 'new thing, hint: [abc]' })
    expect(explained).toMatchObject({ kind: 'config', hint: 'abc', text: 'new thing' })
    expect(explained.zh).toContain('99999')
  })
})
