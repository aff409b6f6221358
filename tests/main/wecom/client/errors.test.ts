import { describe, expect, it } from 'vitest'
import { redactSecrets, redactUrl } from '../../../../main/wecom/client/redact'
import { WecomError } from '../../../../main/wecom/client/wecom-error'
import { AppError } from '../../../../main/errors'
import { APP_SECRET, CONTACTS_SECRET, networkError, reply, type FakeReply } from './fake-wecom'
import { rejection, setup } from './setup'

const IP_60020 =
  'not allow to access from your ip, hint: [1700000000_1_abc], from ip: 203.0.113.45, more info at https://open.work.weixin.qq.com/devtool/query?e=60020'

describe('operator-facing errors', () => {
  it('60020 names the caller IP from errmsg and where to whitelist it', async () => {
    const { client } = setup({
      'externalcontact/groupchat/list': () => reply.error(60020, IP_60020)
    })
    const error = await rejection(client.call('externalcontact/groupchat/list', { limit: 100 }))
    expect(error).toBeInstanceOf(WecomError)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'wecom-config', errcode: 60020, callerIp: '203.0.113.45' })
    const { message } = error as WecomError
    expect(message).toContain('203.0.113.45')
    expect(message).toContain('企业可信IP')
    expect(message).toContain('1700000000_1_abc')
  })

  it('48002 on a contact write says the 通讯录同步 secret is needed', async () => {
    const { client } = setup({ 'user/update': () => reply.error(48002, 'api forbidden') })
    const error = await rejection(client.call('user/update', { userid: 'u1', name: '李四' }))
    expect(error).toMatchObject({ code: 'wecom-config', errcode: 48002 })
    expect((error as WecomError).message).toContain('这个接口需要「通讯录同步」Secret')
    expect((error as WecomError).message).toContain('使用「通讯录同步」Secret')
  })

  it('48002 on a customer API says the app must be allowed in 客户联系', async () => {
    const { client } = setup({ 'externalcontact/get_follow_user_list': () => reply.error(48002) })
    const error = await rejection(client.call('externalcontact/get_follow_user_list', {}))
    expect((error as WecomError).message).toContain('可调用接口的应用')
    expect((error as WecomError).message).toContain('客户联系应用（自建应用）')
  })

  it('rejects input the schema refuses without sending anything', async () => {
    const { client, server } = setup()
    const tooMany = Array.from({ length: 101 }, (_, i) => `wm${i}`)
    const error = await rejection(
      client.call('externalcontact/transfer_customer', {
        handover_userid: 'a',
        takeover_userid: 'b',
        external_userid: tooMany
      })
    )
    expect(error).toMatchObject({ code: 'invalid-input', failure: 'invalid-input' })
    expect((error as WecomError).message).toContain('external_userid')
    expect(server.seen).toHaveLength(0)
  })

  it('a reply that breaks the schema on a read is an internal error, not retried', async () => {
    const { client, server } = setup({ 'user/get': () => reply.ok({ name: 'no userid' }) })
    const error = await rejection(client.call('user/get', { userid: 'u1' }))
    expect(error).toMatchObject({ code: 'internal', failure: 'unexpected-shape' })
    expect(server.count('user/get')).toBe(1)
  })
})

describe('secrets and tokens never leak', () => {
  const leaks = (text: string) =>
    [APP_SECRET, CONTACTS_SECRET, 'app-token-1', 'contacts-token-1'].filter((s) => text.includes(s))

  const failures: Array<[string, FakeReply]> = [
    ['a network error quoting the URL', { type: 'throw', error: leakyError() }],
    ['a timeout', reply.hang()],
    ['a proxy page', reply.raw('<html>bad gateway</html>', 502)],
    ['a truncated body', reply.raw('{"errcode":0')]
  ]

  for (const [name, failure] of failures) {
    it(`on ${name} from gettoken and from a call`, async () => {
      for (const path of ['gettoken', 'user/get']) {
        const { client } = setup({ [path]: () => failure }, { timeoutMs: 10 })
        const error = (await rejection(client.call('user/get', { userid: 'u1' }))) as WecomError
        const texts = [error.message, error.detail, String(error), JSON.stringify(error)]
        expect(leaks(texts.join(' '))).toEqual([])
      }
    })
  }

  it('on errcode replies, including a refused secret', async () => {
    const { client } = setup({ gettoken: () => reply.error(40001, 'invalid credential') })
    const error = (await rejection(client.call('user/list_id', {}))) as WecomError
    expect(leaks(`${error.message} ${error.detail}`)).toEqual([])
    expect(error.message).toContain('通讯录同步')
  })

  it('redacts credential parameters in URLs and literal values in text', () => {
    expect(redactUrl('https://q/cgi-bin/gettoken?corpid=ww1&corpsecret=S3cr3t&x=1#f')).toBe(
      'https://q/cgi-bin/gettoken?corpid=ww1&corpsecret=***&x=1#f'
    )
    expect(redactUrl('GET /user/get?access_token=abc.def-ghi')).toBe(
      'GET /user/get?access_token=***'
    )
    expect(redactSecrets('token abcdefgh in text', ['abcdefgh', '1'])).toBe('token *** in text')
  })

  it('client.redact masks the configured secrets and cached tokens', async () => {
    const { client } = setup()
    await client.call('externalcontact/get_follow_user_list', {})
    expect(client.redact(`x ${APP_SECRET} y app-token-1 z`)).toBe('x *** y *** z')
  })
})

/** A transport error whose text quotes the secret outside any URL parameter. */
function leakyError(): Error {
  return networkError('ECONNRESET', `socket hang up at /gettoken/${APP_SECRET}/${CONTACTS_SECRET}`)
}
