import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../../main/wecom/client/clock'
import { DEFAULT_RETRY, backoffDelay, judge } from '../../../../main/wecom/client/retry'
import type { WecomError } from '../../../../main/wecom/client/wecom-error'
import { reply, type FakeReply, type Handler } from './fake-wecom'
import { USER, rejection, setup } from './setup'

/** Replies from `script` in order, then ok(USER) forever. */
function scripted(...script: FakeReply[]): Handler {
  return (_, nth) => script[nth - 1] ?? reply.ok(USER)
}

const TRANSFER = {
  handover_userid: 'guide-a',
  takeover_userid: 'guide-b',
  external_userid: ['wmCustomer1', 'wmCustomer2']
}
const TRANSFER_OK = reply.ok({
  customer: [
    { external_userid: 'wmCustomer1', errcode: 0 },
    { external_userid: 'wmCustomer2', errcode: 40128 }
  ]
})

describe('retries on a read', () => {
  it('-1 twice then ok: resolves after 2 retries with growing backoff', async () => {
    const busy = reply.error(-1, 'system busy')
    const { client, server, clock } = setup({ 'user/get': scripted(busy, busy) })
    await expect(client.call('user/get', { userid: 'u1' })).resolves.toMatchObject(USER)
    expect(server.count('user/get')).toBe(3)
    expect(client.stats().retries).toBe(2)
    const [first, second] = clock.sleeps
    expect(first).toBeGreaterThanOrEqual(500)
    expect(first).toBeLessThanOrEqual(1000)
    expect(second).toBeGreaterThanOrEqual(1000)
    expect(second).toBeLessThanOrEqual(2000)
  })

  it('-1 four times: wecom-unavailable after 3 retries', async () => {
    const { client, server } = setup({ 'user/get': () => reply.error(-1, 'system busy') })
    const error = await rejection(client.call('user/get', { userid: 'u1' }))
    expect(error).toMatchObject({ code: 'wecom-unavailable', errcode: -1, attempts: 4 })
    expect((error as WecomError).message).toContain('已自动重试 3 次')
    expect(server.count('user/get')).toBe(4)
  })

  it('retries a truncated JSON body on a GET', async () => {
    const truncated = reply.raw('{"errcode":0,"errmsg":"ok","user')
    const { client, server } = setup({ 'user/get': scripted(truncated) })
    await expect(client.call('user/get', { userid: 'u1' })).resolves.toMatchObject(USER)
    expect(server.count('user/get')).toBe(2)
  })

  it('retries an HTTP 500 page from a proxy', async () => {
    const { client, server } = setup({
      'user/get': scripted(reply.raw('<html>502 Bad Gateway</html>', 502), reply.raw('oops', 500))
    })
    await expect(client.call('user/get', { userid: 'u1' })).resolves.toMatchObject(USER)
    expect(server.count('user/get')).toBe(3)
  })

  it('retries a timeout', async () => {
    const { client, server } = setup({ 'user/get': scripted(reply.hang()) }, { timeoutMs: 20 })
    await expect(client.call('user/get', { userid: 'u1' })).resolves.toMatchObject(USER)
    expect(server.count('user/get')).toBe(2)
  })

  it('gives up on network errors with wecom-unavailable after 3 retries', async () => {
    const { client, server } = setup({ 'user/get': () => reply.reset() })
    const error = await rejection(client.call('user/get', { userid: 'u1' }))
    expect(error).toMatchObject({ code: 'wecom-unavailable', failure: 'network', attempts: 4 })
    expect(server.count('user/get')).toBe(4)
  })

  it('does not retry a 404 (wrong base URL) and says to check the address', async () => {
    const { client, server } = setup({ 'user/get': () => reply.raw('not found', 404) })
    const error = await rejection(client.call('user/get', { userid: 'u1' }))
    expect(error).toMatchObject({ code: 'wecom-config', failure: 'http-status' })
    expect((error as WecomError).message).toContain('接口地址')
    expect(server.count('user/get')).toBe(1)
  })

  it('does not retry a row error', async () => {
    const { client, server } = setup({ 'user/get': () => reply.error(60111, 'userid not found') })
    const error = await rejection(client.call('user/get', { userid: 'gone' }))
    expect(error).toMatchObject({ code: 'wecom-rejected', kind: 'row', errcode: 60111 })
    expect(server.count('user/get')).toBe(1)
  })
})

describe('retries on a write', () => {
  const path = 'externalcontact/transfer_customer'

  it('connection reset after send: unknown-outcome, never re-sent', async () => {
    const { client, server } = setup({ [path]: () => reply.reset() })
    const error = await rejection(client.call(path, TRANSFER))
    expect(error).toMatchObject({ code: 'wecom-unknown-outcome', failure: 'unknown-outcome', path })
    expect((error as WecomError).message).toContain('可能已经生效')
    expect(server.count(path)).toBe(1)
  })

  it('timeout and truncated body: unknown-outcome, never re-sent', async () => {
    for (const failure of [reply.hang(), reply.raw('{"errcode":0,"customer":[{"ext')]) {
      const handlers = { [path]: scripted(failure, TRANSFER_OK) }
      const { client, server } = setup(handlers, { timeoutMs: 20 })
      await expect(rejection(client.call(path, TRANSFER))).resolves.toMatchObject({
        code: 'wecom-unknown-outcome'
      })
      expect(server.count(path)).toBe(1)
    }
  })

  it('re-sends after -1, 45033 and a refused connection: WeCom did not act', async () => {
    const { client, server } = setup({
      [path]: scripted(reply.error(-1), reply.error(45033), reply.refused(), TRANSFER_OK)
    })
    const body = await client.call(path, TRANSFER)
    expect(body.customer.map((c) => c.errcode)).toEqual([0, 40128])
    expect(server.count(path)).toBe(4)
  })

  it('does not re-send a write on 6000 (data version conflict)', async () => {
    const { client, server } = setup({ 'user/update': () => reply.error(6000) })
    const error = await rejection(client.call('user/update', { userid: 'u1', name: '李四' }))
    expect(error).toMatchObject({ errcode: 6000 })
    expect(server.count('user/update')).toBe(1)
  })

  it('does re-send a read-only POST after a reset', async () => {
    const { client, server } = setup({
      'externalcontact/transfer_result': scripted(reply.reset(), reply.ok({ customer: [] }))
    })
    await client.call('externalcontact/transfer_result', {
      handover_userid: 'a',
      takeover_userid: 'b'
    })
    expect(server.count('externalcontact/transfer_result')).toBe(2)
  })
})

describe('retry policy', () => {
  it('backoff doubles with equal jitter, capped, deterministic under a seed', () => {
    const a = [0, 1, 2, 10].map((n) => backoffDelay(n, DEFAULT_RETRY, seededRandom(7)))
    const b = [0, 1, 2, 10].map((n) => backoffDelay(n, DEFAULT_RETRY, seededRandom(7)))
    expect(a).toEqual(b)
    expect(a[0]).toBeGreaterThanOrEqual(500)
    expect(a[2]).toBeGreaterThanOrEqual(2000)
    expect(a[3]).toBeLessThanOrEqual(30_000)
  })

  it('judges a write that answered errcode 0 with an unreadable body as unknown-outcome', () => {
    expect(judge({ kind: 'shape', detail: '' }, false)).toBe('unknown-outcome')
    expect(judge({ kind: 'shape', detail: '' }, true)).toBe('fail')
  })
})
