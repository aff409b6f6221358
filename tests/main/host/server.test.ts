import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { request } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEventBus } from '../../../main/app/event-bus'
import { startHost, type Host } from '../../../main/host/server'
import type { Dispatch } from '../../../main/rpc/dispatch'

/** Raw HTTP so the test controls Host and Origin exactly as an attacker's browser would. */
function send(
  host: Host,
  opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      }
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

const calls: Array<[string, unknown]> = []
const dispatch: Dispatch = async (channel, input) => {
  calls.push([channel, input])
  return { ok: true, data: { echoed: input } }
}

let host: Host
let staticDir: string
const events = createEventBus()

beforeEach(async () => {
  calls.length = 0
  staticDir = mkdtempSync(join(tmpdir(), 'zhanggui-static-'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ok</title>')
  host = await startHost({ dispatch, events, staticDir })
})
afterEach(async () => {
  await host.close()
  rmSync(staticDir, { recursive: true, force: true })
})

const json = (token?: string, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  host: `127.0.0.1:${host.port}`,
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  ...extra
})

describe('loopback host', () => {
  it('listens on 127.0.0.1 only, on a random port, with a fresh token per run', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const other = await startHost({ dispatch, events })
    expect(other.token).not.toBe(host.token)
    expect(other.token.length).toBeGreaterThanOrEqual(32)
    await other.close()
  })

  it('answers a call that carries the token', async () => {
    const res = await send(host, { path: '/api/invoke/app:status', method: 'POST', headers: json(host.token), body: '{}' })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toEqual({ ok: true, data: { echoed: {} } })
    expect(calls).toEqual([['app:status', {}]])
  })

  it('refuses a call without the token, or with a wrong one, before reaching any service', async () => {
    const none = await send(host, { path: '/api/invoke/app:status', method: 'POST', headers: json(), body: '{}' })
    const wrong = await send(host, {
      path: '/api/invoke/app:status',
      method: 'POST',
      headers: json('x'.repeat(host.token.length)),
      body: '{}'
    })
    const events = await send(host, { path: '/api/events', headers: json() })
    expect([none.status, wrong.status, events.status]).toEqual([401, 401, 401])
    expect(calls).toEqual([])
  })

  it('refuses a call from a foreign Origin even with the token', async () => {
    const res = await send(host, {
      path: '/api/invoke/app:status',
      method: 'POST',
      headers: json(host.token, { origin: 'http://evil.example' }),
      body: '{}'
    })
    expect(res.status).toBe(403)
    expect(calls).toEqual([])
  })

  it('refuses a rebound DNS name in the Host header, for pages and calls alike', async () => {
    const page = await send(host, { path: '/', headers: { host: `evil.example:${host.port}` } })
    const api = await send(host, {
      path: '/api/invoke/app:status',
      method: 'POST',
      headers: json(host.token, { host: `evil.example:${host.port}` }),
      body: '{}'
    })
    expect([page.status, api.status]).toEqual([421, 421])
    expect(calls).toEqual([])
  })

  it('serves the renderer with the CSP and never a file outside its folder', async () => {
    const page = await send(host, { path: '/', headers: { host: `127.0.0.1:${host.port}` } })
    expect(page.status).toBe(200)
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'")
    const escape = await send(host, { path: '/..%2f..%2fetc%2fpasswd', headers: { host: `127.0.0.1:${host.port}` } })
    expect(escape.status).toBe(404)
  })

  it('rejects non-JSON bodies and unparsable JSON with a clear error', async () => {
    const text = await send(host, {
      path: '/api/invoke/app:status',
      method: 'POST',
      headers: { ...json(host.token), 'content-type': 'text/plain' },
      body: '{}'
    })
    const broken = await send(host, { path: '/api/invoke/app:status', method: 'POST', headers: json(host.token), body: '{' })
    expect(text.status).toBe(415)
    expect(JSON.parse(broken.body).error.code).toBe('invalid-input')
  })

  it('streams push events to a client holding the token', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: '/api/events', headers: json(host.token) },
        (res) => {
          let buf = ''
          res.on('data', (c) => {
            buf += c
            if (buf.includes('event: db:changed')) {
              req.destroy()
              resolve(buf)
            }
          })
          setTimeout(() => events.emit('db:changed', { tables: ['store'] }), 20)
        }
      )
      req.on('error', reject)
      req.end()
    })
    expect(received).toContain('data: {"tables":["store"]}')
  })
})
