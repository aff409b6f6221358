/**
 * The same client against a real socket (node:http on 127.0.0.1:0) and Node's own fetch, to pin
 * down how undici reports a connection dropped after the request was sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WecomClient } from '../../../../main/wecom/client/client'
import { systemClock } from '../../../../main/wecom/client/clock'
import { TokenCache } from '../../../../main/wecom/client/token-cache'
import type { WecomError } from '../../../../main/wecom/client/wecom-error'
import { APP_SECRET, CORP_ID } from './fake-wecom'
import { USER, rejection } from './setup'

const hits = new Map<string, number>()
let server: Server
let baseUrl = ''

function route(req: IncomingMessage, res: ServerResponse, path: string, nth: number): void {
  const json = (body: unknown) => {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(body))
  }
  if (path === 'gettoken') return json({ errcode: 0, access_token: 'real-token', expires_in: 7200 })
  if (path === 'externalcontact/transfer_customer') return void req.socket.destroy()
  if (path === 'user/get' && nth === 1) return void req.socket.destroy()
  if (path === 'user/simplelist' && nth === 1) {
    // Promise more bytes than we send: the client sees a body cut short.
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' })
    res.write('{"errcode":0,"userlist":[')
    return void setTimeout(() => req.socket.destroy(), 5)
  }
  if (path === 'user/simplelist') return json({ errcode: 0, errmsg: 'ok', userlist: [USER] })
  json({ errcode: 0, errmsg: 'ok', ...USER })
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/cgi-bin\//, '')
    const nth = (hits.get(path) ?? 0) + 1
    hits.set(path, nth)
    req.resume()
    req.on('end', () => route(req, res, path, nth))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cgi-bin/`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** A port that was just listening and is now closed: connecting is refused. */
async function closedPortUrl(): Promise<string> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return `http://127.0.0.1:${port}/cgi-bin/`
}

function client() {
  return new WecomClient({
    baseUrl,
    corpId: CORP_ID,
    secrets: { app: APP_SECRET },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    timeoutMs: 2000
  })
}

describe('over a real socket', () => {
  it('a transfer whose connection drops after sending is unknown-outcome, sent once', async () => {
    const error = await rejection(
      client().call('externalcontact/transfer_customer', {
        handover_userid: 'a',
        takeover_userid: 'b',
        external_userid: ['wm1']
      })
    )
    expect(error).toMatchObject({ code: 'wecom-unknown-outcome' })
    expect(hits.get('externalcontact/transfer_customer')).toBe(1)
  })

  it('a GET whose connection drops is retried', async () => {
    await expect(client().call('user/get', { userid: 'u1' })).resolves.toMatchObject(USER)
    expect(hits.get('user/get')).toBe(2)
  })

  it('a GET whose body is cut short is retried', async () => {
    const body = await client().call('user/simplelist', { department_id: '1' })
    expect(body.userlist).toHaveLength(1)
    expect(hits.get('user/simplelist')).toBe(2)
  })

  it('a refused connection is retried, then reported as unavailable', async () => {
    const closed = new WecomClient({
      baseUrl: await closedPortUrl(),
      corpId: CORP_ID,
      secrets: { app: APP_SECRET },
      retry: { baseDelayMs: 1, maxDelayMs: 5 }
    })
    const error = await rejection(closed.call('user/get', { userid: 'u1' }))
    expect(error).toMatchObject({ code: 'wecom-unavailable', failure: 'network', path: 'gettoken' })
    expect(closed.stats().gettokenCalls).toBe(4)
    expect((error as WecomError).detail).toContain('ECONNREFUSED')
    expect((error as WecomError).detail).toContain('corpsecret=***')
    expect((error as WecomError).detail).not.toContain(APP_SECRET)
  })

  it('a write to a refused connection is re-sent: it never left this machine', async () => {
    const sharedTokens = new TokenCache(systemClock)
    const warm = new WecomClient({
      baseUrl,
      corpId: CORP_ID,
      secrets: { app: APP_SECRET },
      tokenCache: sharedTokens
    })
    await warm.call('user/get', { userid: 'u1' })
    const closed = new WecomClient({
      baseUrl: await closedPortUrl(),
      corpId: CORP_ID,
      secrets: { app: APP_SECRET },
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      tokenCache: sharedTokens
    })
    const error = await rejection(
      closed.call('externalcontact/mark_tag', {
        userid: 'u1',
        external_userid: 'wm1',
        add_tag: ['t1']
      })
    )
    expect(error).toMatchObject({ code: 'wecom-unavailable', failure: 'network' })
    expect(closed.stats().requests).toBe(4)
  })
})
