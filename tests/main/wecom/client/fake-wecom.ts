/**
 * A tiny in-test WeCom: an injected fetch that routes by path to per-test handlers, answers
 * gettoken by itself, and records every request with the fake time it arrived.
 */
import type { FetchLike } from '../../../../main/wecom/client/transport'
import type { FakeClock } from './fake-clock'

export const CORP_ID = 'ww-test-corp'
export const APP_SECRET = 'APPSECRET-must-not-leak-1234567890'
export const CONTACTS_SECRET = 'CONTACTSSECRET-must-not-leak-0987654321'

export interface SeenRequest {
  readonly path: string
  readonly method: string
  readonly query: Readonly<Record<string, string>>
  readonly body: unknown
  readonly at: number
  readonly token: string | undefined
}

export type FakeReply =
  | { readonly type: 'json'; readonly body: unknown; readonly status: number }
  | { readonly type: 'raw'; readonly text: string; readonly status: number }
  | { readonly type: 'throw'; readonly error: Error }
  | { readonly type: 'hang' }

export const reply = {
  ok: (fields: Record<string, unknown> = {}): FakeReply => ({
    type: 'json',
    body: { errcode: 0, errmsg: 'ok', ...fields },
    status: 200
  }),
  error: (errcode: number, errmsg = `error ${errcode}`): FakeReply => ({
    type: 'json',
    body: { errcode, errmsg },
    status: 200
  }),
  raw: (text: string, status = 200): FakeReply => ({ type: 'raw', text, status }),
  /** What undici throws when the peer drops the connection. */
  reset: (): FakeReply => ({ type: 'throw', error: networkError('ECONNRESET', 'read ECONNRESET') }),
  refused: (): FakeReply => ({
    type: 'throw',
    error: networkError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1')
  }),
  hang: (): FakeReply => ({ type: 'hang' })
}

export function networkError(code: string, message: string): Error {
  const cause = Object.assign(new Error(message), { code })
  return new TypeError('fetch failed', { cause })
}

/** nth counts requests to this path, from 1. */
export type Handler = (request: SeenRequest, nth: number) => FakeReply

export interface FakeWecom {
  readonly fetch: FetchLike
  readonly seen: SeenRequest[]
  count(path: string): number
  /** Which token each secret's gettoken issues next: `${label}-${n}`. */
  tokensIssued(): string[]
}

export function fakeWecom(clock: FakeClock, handlers: Record<string, Handler> = {}): FakeWecom {
  const seen: SeenRequest[] = []
  const counts = new Map<string, number>()
  const issued: string[] = []
  const gettoken: Handler = (request) => {
    const label = request.query.corpsecret === CONTACTS_SECRET ? 'contacts-token' : 'app-token'
    const token = `${label}-${issued.length + 1}`
    issued.push(token)
    return reply.ok({ access_token: token, expires_in: 7200 })
  }
  const fetch: FetchLike = async (url, init) => {
    const parsed = new URL(url)
    const path = parsed.pathname.replace(/^\/cgi-bin\//, '')
    const query = Object.fromEntries(parsed.searchParams)
    const body = init.body === undefined ? undefined : (JSON.parse(init.body) as unknown)
    const token = query.access_token
    const request = { path, method: init.method, query, body, at: clock.now(), token }
    seen.push(request)
    const nth = (counts.get(path) ?? 0) + 1
    counts.set(path, nth)
    const handler = handlers[path] ?? (path === 'gettoken' ? gettoken : () => reply.ok())
    return respond(handler(request, nth), init.signal)
  }
  return { fetch, seen, count: (path) => counts.get(path) ?? 0, tokensIssued: () => [...issued] }
}

async function respond(answer: FakeReply, signal: AbortSignal) {
  switch (answer.type) {
    case 'json':
      return textResponse(JSON.stringify(answer.body), answer.status)
    case 'raw':
      return textResponse(answer.text, answer.status)
    case 'throw':
      throw answer.error
    case 'hang':
      return new Promise<never>((_, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true })
      })
  }
}

function textResponse(text: string, status: number) {
  return { status, text: () => Promise.resolve(text) }
}
