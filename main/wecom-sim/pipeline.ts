/**
 * One request through the server, in the order WeCom appears to check things: injected fault,
 * method, trusted IP, token (41001 / 40014 / 42001), JSON body (47001), concurrency (45033),
 * quota (45009), which secret the API needs (48002), then the handler. Every refusal is an
 * HTTP 200 error body with the endpoint's list fields left empty.
 */
import {
  findWecomEndpoint,
  type WecomEndpoint,
  type WecomEndpointPath,
  type WecomSecretKind
} from '../wecom/endpoints'
import type { FaultKind } from './faults'
import type { Fields } from './request-fields'
import { needsAppSecret, type RouteHandler, type SimApiPath } from './routes'
import type { SimState } from './state'
import type { QuotaTracker } from './quota'
import type { FaultInjector } from './faults'
import type { TokenStore } from './tokens'
import { errorBody, errorText, formatErrmsg, SimApiError } from './wire'

export interface IncomingCall {
  readonly method: string
  /** Path under /cgi-bin/. */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly rawBody: string
  readonly ip: string
  /** Calls in flight on this path when this one arrived, itself included. */
  readonly inFlight: number
}

export type SimReply =
  | { readonly kind: 'json'; readonly body: Record<string, unknown>; readonly truncate: boolean }
  | { readonly kind: 'http500' | 'timeout' | 'reset' | 'not-found' }

export interface PipelineResult {
  readonly reply: SimReply
  readonly path: WecomEndpointPath | null
  readonly secret: WecomSecretKind | null
  readonly fault: FaultKind | null
}

export interface PipelineParts {
  readonly sim: SimState
  readonly tokens: TokenStore
  readonly quota: QuotaTracker
  readonly faults: FaultInjector
  readonly routes: Record<SimApiPath, RouteHandler>
  /** Brings time-driven state (due takeovers) up to the sim clock before a request is read. */
  readonly settle: () => void
}

export class Pipeline {
  private hints = 0

  constructor(private readonly parts: PipelineParts) {}

  run(call: IncomingCall): PipelineResult {
    const endpoint = findWecomEndpoint(call.path)
    if (!endpoint || endpoint.path !== call.path) {
      return { reply: { kind: 'not-found' }, path: null, secret: null, fault: null }
    }
    const path = endpoint.path as WecomEndpointPath
    this.parts.settle()
    const fault = this.parts.faults.pick(path)
    const secret = this.secretOf(path, call)
    const result = (reply: SimReply) => ({ reply, path, secret, fault: fault?.kind ?? null })
    if (fault && fault.kind !== 'errcode' && fault.kind !== 'truncate') {
      return result({ kind: fault.kind })
    }
    try {
      if (fault?.kind === 'errcode') throw new SimApiError(fault.code ?? -1)
      const body = this.serve(endpoint, path, call)
      return result({ kind: 'json', body, truncate: fault?.kind === 'truncate' })
    } catch (error) {
      if (!(error instanceof SimApiError)) throw error
      return result({ kind: 'json', body: this.errorFor(path, error, call.ip), truncate: false })
    }
  }

  private serve(endpoint: WecomEndpoint, path: WecomEndpointPath, call: IncomingCall) {
    const { sim, tokens } = this.parts
    if (call.method !== endpoint.method) {
      throw new SimApiError(endpoint.method === 'GET' ? 43001 : 43002)
    }
    if (path === 'gettoken') return this.gettoken(call)
    const trusted = sim.settings.trustedIps
    if (trusted && !trusted.includes(call.ip)) throw new SimApiError(60020)
    const kind = tokens.verify(call.query.access_token ?? null, sim.now())
    const input = endpoint.method === 'GET' ? call.query : parseJsonObject(call.rawBody)
    this.admit(path, call)
    const needs = endpoint.secret === 'contacts' ? 'contacts' : needsAppSecret(path) ? 'app' : null
    if (needs && kind !== needs) throw new SimApiError(48002)
    const fields = this.parts.routes[path as SimApiPath]({ path, input, secret: kind })
    return { errcode: 0, errmsg: 'ok', ...fields }
  }

  /** 45033 above the concurrency threshold, then the quota (counts this call or 45009). */
  private admit(path: WecomEndpointPath, call: IncomingCall): void {
    const { sim, quota } = this.parts
    if (call.inFlight > sim.settings.maxConcurrentPerApi) throw new SimApiError(45033)
    quota.take(path, sim.now(), sim.settings.quota)
  }

  private gettoken(call: IncomingCall): Record<string, unknown> {
    const { sim, tokens } = this.parts
    const { corpid, corpsecret } = call.query
    if (!corpid) throw new SimApiError(41002)
    if (!corpsecret) throw new SimApiError(41004)
    if (corpid !== sim.corp.corpId) throw new SimApiError(40013)
    const kind = this.secretKind(corpsecret)
    if (!kind) throw new SimApiError(40001)
    this.admit('gettoken', call)
    const ttl = sim.settings.tokenTtlSec
    return {
      errcode: 0,
      errmsg: 'ok',
      access_token: tokens.issue(kind, sim.now(), ttl),
      expires_in: ttl
    }
  }

  private secretKind(secret: string | undefined): WecomSecretKind | null {
    const { corp } = this.parts.sim
    if (secret === corp.appSecret) return 'app'
    if (secret === corp.contactsSecret) return 'contacts'
    return null
  }

  /** For the call log: the secret exchanged (gettoken) or whose token was presented. */
  private secretOf(path: WecomEndpointPath, call: IncomingCall): WecomSecretKind | null {
    if (path === 'gettoken') return this.secretKind(call.query.corpsecret)
    return this.parts.tokens.kindOf(call.query.access_token ?? null)
  }

  private errorFor(path: WecomEndpointPath, error: SimApiError, ip: string) {
    const code = error.errcode
    const hint = `${this.parts.sim.nowSec()}${String(++this.hints).padStart(15, '0')}`
    return errorBody(path, code, formatErrmsg(code, error.text ?? errorText(code), hint, ip))
  }
}

function parseJsonObject(raw: string): Fields {
  let value: unknown
  try {
    value = raw.trim() === '' ? {} : (JSON.parse(raw) as unknown)
  } catch {
    throw new SimApiError(47001)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SimApiError(47001)
  }
  return value as Fields
}
