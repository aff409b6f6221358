import { describe, expect, it } from 'vitest'
import { WecomClient } from '../../../../main/wecom/client/client'
import { TokenCache, tokenKey } from '../../../../main/wecom/client/token-cache'
import { WecomError } from '../../../../main/wecom/client/wecom-error'
import { FakeClock } from './fake-clock'
import {
  APP_SECRET,
  CONTACTS_SECRET,
  CORP_ID,
  fakeWecom,
  reply,
  type Handler
} from './fake-wecom'
import { USER, rejection, setup } from './setup'

const userGet: Handler = () => reply.ok(USER)

/** Accepts only tokens in `valid`; others get `errcode` (42001 expired or 40014 invalid). */
function tokenChecked(valid: Set<string>, errcode: number): Handler {
  return (request) => (valid.has(request.token ?? '') ? reply.ok(USER) : reply.error(errcode))
}

describe('token cache in the client', () => {
  it('shares one gettoken among 20 parallel calls', async () => {
    const { client, server } = setup({ 'user/get': userGet })
    const calls = Array.from({ length: 20 }, (_, i) => client.call('user/get', { userid: `u${i}` }))
    await Promise.all(calls)
    expect(server.count('gettoken')).toBe(1)
    expect(server.count('user/get')).toBe(20)
    expect(client.stats()).toMatchObject({ gettokenCalls: 1, tokenFetches: 1 })
    expect(new Set(server.seen.filter((r) => r.path === 'user/get').map((r) => r.token))).toEqual(
      new Set(['app-token-1'])
    )
  })

  it('uses separate tokens for the app secret and the contacts secret', async () => {
    const { client, server } = setup({ 'user/get': userGet })
    await client.call('user/get', { userid: 'u1' })
    await client.call('user/list_id', { limit: 100 })
    await client.call('user/get', { userid: 'u2' })
    const gettokens = server.seen.filter((r) => r.path === 'gettoken')
    expect(gettokens.map((r) => r.query.corpsecret)).toEqual([APP_SECRET, CONTACTS_SECRET])
    expect(server.seen.find((r) => r.path === 'user/list_id')?.token).toBe('contacts-token-2')
    expect(server.seen.filter((r) => r.path === 'user/get').map((r) => r.token)).toEqual([
      'app-token-1',
      'app-token-1'
    ])
  })

  it('refreshes once when a token expires mid-stream (42001) and the call succeeds', async () => {
    const valid = new Set<string>()
    const { client, server } = setup({
      gettoken: () => {
        const token = `tok-${valid.size + 1}`
        valid.clear()
        valid.add(token)
        return reply.ok({ access_token: token, expires_in: 7200 })
      },
      'user/get': tokenChecked(valid, 42001)
    })
    for (let i = 0; i < 5; i++) await client.call('user/get', { userid: `u${i}` })
    valid.clear() // WeCom invalidated the token early
    const parallel = Array.from({ length: 10 }, () => client.call('user/get', { userid: 'v' }))
    await expect(Promise.all(parallel)).resolves.toHaveLength(10)
    expect(server.count('gettoken')).toBe(2)
    expect(client.stats().tokenFetches).toBe(2)
  })

  it('treats 40014 like an expired token: one refresh, then the call succeeds', async () => {
    const valid = new Set<string>(['app-token-2'])
    const { client, server } = setup({ 'user/get': tokenChecked(valid, 40014) })
    await expect(client.call('user/get', { userid: 'u1' })).resolves.toMatchObject(USER)
    expect(server.count('gettoken')).toBe(2)
    expect(server.count('user/get')).toBe(2)
  })

  it('fails after one refresh when the fresh token is refused too (no loop)', async () => {
    const { client, server } = setup({ 'user/get': () => reply.error(42001, 'expired') })
    const error = await rejection(client.call('user/get', { userid: 'u1' }))
    expect(error).toBeInstanceOf(WecomError)
    expect(error).toMatchObject({ code: 'wecom-config', errcode: 42001, path: 'user/get' })
    expect((error as WecomError).message).toContain('Secret')
    expect(server.count('gettoken')).toBe(2)
    expect(server.count('user/get')).toBe(2)
  })

  it('refreshes a little before expires_in ends, not after', async () => {
    const { client, server, clock } = setup({ 'user/get': userGet })
    await client.call('user/get', { userid: 'u1' })
    clock.advance(7200_000 - 300_000 - 1)
    await client.call('user/get', { userid: 'u1' })
    expect(server.count('gettoken')).toBe(1)
    clock.advance(1)
    await client.call('user/get', { userid: 'u1' })
    expect(server.count('gettoken')).toBe(2)
  })

  it('names the secret to set when the contacts secret is missing, sends nothing', async () => {
    const clock = new FakeClock()
    const server = fakeWecom(clock)
    const secrets = { app: APP_SECRET }
    const client = new WecomClient({ corpId: CORP_ID, secrets, clock, fetch: server.fetch })
    const error = await rejection(client.call('user/update', { userid: 'u1', name: '李四' }))
    expect(error).toMatchObject({ code: 'wecom-config', failure: 'missing-secret' })
    expect(error).toMatchObject({ path: 'user/update' })
    expect((error as WecomError).message).toContain('通讯录同步')
    expect(server.seen).toHaveLength(0)
  })

  it('fails every waiting caller once when gettoken is refused, naming the secret', async () => {
    const { client, server } = setup({ gettoken: () => reply.error(40001, 'invalid credential') })
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => client.call('user/get', { userid: 'u1' }))
    )
    expect(results.every((r) => r.status === 'rejected')).toBe(true)
    const error = (results[0] as PromiseRejectedResult).reason as WecomError
    expect(error).toMatchObject({ code: 'wecom-config', errcode: 40001, path: 'gettoken' })
    expect(error.message).toContain('客户联系应用')
    expect(server.count('gettoken')).toBe(1)
  })
})

describe('TokenCache', () => {
  it('keys by corp and secret, and hides the secret in the key', () => {
    expect(tokenKey('corp', 'a-secret')).not.toBe(tokenKey('corp', 'b-secret'))
    expect(tokenKey('corp', 'a-secret')).not.toBe(tokenKey('other', 'a-secret'))
    expect(tokenKey('corp', 'a-secret')).not.toContain('a-secret')
  })

  it('ignores a stale rejection, even when WeCom reissued the same token value', async () => {
    const cache = new TokenCache(new FakeClock())
    let fetches = 0
    const fetch = () => {
      fetches++
      return Promise.resolve({ value: 'same-token', expiresInSec: 7200 })
    }
    const first = await cache.get('k', fetch)
    cache.invalidate('k', first)
    const second = await cache.get('k', fetch)
    cache.invalidate('k', first) // a late 42001 for the first generation
    expect(await cache.get('k', fetch)).toBe(second)
    expect(fetches).toBe(2)
  })
})
