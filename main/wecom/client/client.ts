/**
 * The resilient WeCom client: typed calls from the endpoint table, a token per secret, pacing
 * below the quota, 45009 pauses, AIMD concurrency on 45033, bounded retries, and typed errors
 * with zh-CN advice. See retry.ts for what is re-sent and rate-limiter.ts for the 45009 policy.
 */
import {
  WECOM_ENDPOINTS,
  parseWecomResponse,
  type WecomEndpoint,
  type WecomEndpointPath,
  type WecomGetPath,
  type WecomPostPath,
  type WecomQuery,
  type WecomRequest,
  type WecomResponse,
  type WecomSecretKind
} from '../endpoints'
import type { WecomTokenDto } from '../dto/token'
import { PathConcurrency, type ConcurrencyUse } from './concurrency'
import { resolveConfig, type ResolvedConfig, type WecomClientConfig } from './config'
import {
  errcodeError,
  missingCorpIdError,
  missingSecretError,
  rateLimitedError,
  tokenStillRejectedError,
  transportError,
  unexpectedShapeError,
  unknownOutcomeError,
  type CallContext
} from './error-factory'
import { isIdempotent } from './idempotency'
import { paginate, type CursorPath, type WecomPage } from './paginate'
import { RateLimiter, type QuotaUse } from './rate-limiter'
import { redactSecrets } from './redact'
import { buildUrl, prepareRequest, type PreparedRequest } from './request'
import { backoffDelay, judge, type AttemptOutcome } from './retry'
import { TokenCache, tokenKey, type TokenHandle } from './token-cache'
import { sendHttp } from './transport'
import { WecomError } from './wecom-error'

/** Every endpoint but gettoken, which only the token cache calls. */
export type WecomApiPath = Exclude<WecomEndpointPath, 'gettoken'>

export type WecomCallInput<P extends WecomApiPath> = P extends WecomPostPath
  ? WecomRequest<P>
  : P extends WecomGetPath
    ? WecomQuery<P>
    : never

export interface WecomClientStats {
  /** HTTP requests sent on all paths, retries and gettoken included. */
  readonly requests: number
  /** Re-sends after -1, 45033, network failures and the like (not 45009 pauses). */
  readonly retries: number
  /** HTTP requests to gettoken. */
  readonly gettokenCalls: number
  /** Token fetches; concurrent callers share one. */
  readonly tokenFetches: number
  /** Calls refused with 40014/42001 that dropped their token. */
  readonly tokenRejections: number
}

/** One row of the Sync screen's meters. */
export interface WecomPathMeter extends QuotaUse {
  readonly concurrency: ConcurrencyUse
}

interface Sent {
  readonly outcome: AttemptOutcome
  readonly sentAt: number
}

export class WecomClient {
  private readonly cfg: ResolvedConfig
  private readonly tokens: TokenCache
  private readonly limiter: RateLimiter
  private readonly concurrency: PathConcurrency
  private readonly counters = {
    requests: 0,
    retries: 0,
    gettokenCalls: 0,
    tokenFetches: 0,
    tokenRejections: 0
  }

  constructor(config: WecomClientConfig) {
    this.cfg = resolveConfig(config)
    const clock = this.cfg.clock
    this.tokens = config.tokenCache ?? new TokenCache(clock, this.cfg.tokenRefreshMarginMs)
    const { perMinute, perHour, maxConcurrency, concurrencyRecoverAfter } = this.cfg
    this.limiter = new RateLimiter(clock, { perMinute, perHour })
    this.concurrency = new PathConcurrency(maxConcurrency, concurrencyRecoverAfter)
  }

  /** Resolves with the parsed success body; rejects with WecomError only. */
  async call<P extends WecomApiPath>(path: P, input: WecomCallInput<P>): Promise<WecomResponse<P>> {
    const endpoint: WecomEndpoint = WECOM_ENDPOINTS[path]
    if (endpoint.secret === 'none') throw new Error(`${path} is not called directly`)
    const secret = endpoint.secret
    const prepared = prepareRequest(endpoint, input)
    const body = await this.withToken(endpoint.path, secret, (token) =>
      this.send(endpoint, prepared, secret, token)
    )
    return body as WecomResponse<P>
  }

  /** Cursor pages of `path` from input.cursor on; see paginate.ts. */
  paginate<P extends CursorPath, T>(
    path: P,
    input: WecomCallInput<P>,
    getItems: (body: WecomResponse<P>) => readonly T[]
  ): AsyncGenerator<WecomPage<P, T>, void, undefined> {
    return paginate(this, path, input, getItems)
  }

  stats(): WecomClientStats {
    return { ...this.counters }
  }

  /** Quota use, pauses and concurrency of every path called so far. */
  meters(): WecomPathMeter[] {
    const paths = new Set([...this.limiter.paths(), ...this.concurrency.paths()])
    return [...paths]
      .sort()
      .map((path) => ({ ...this.limiter.use(path), concurrency: this.concurrency.of(path).use() }))
  }

  /** Masks secrets, tokens and credential URL parameters in text headed for a log. */
  redact(text: string): string {
    const { app, contacts } = this.cfg.secrets
    return redactSecrets(text, [app, contacts ?? '', ...this.tokens.values()])
  }

  /** 40014/42001: drop the token, fetch one more (shared with concurrent callers), retry once. */
  private async withToken(
    path: string,
    secret: WecomSecretKind,
    run: (token: string) => Promise<unknown>
  ): Promise<unknown> {
    const key = this.tokenKeyFor(path, secret)
    const first = await this.token(key, secret)
    try {
      return await run(first.value)
    } catch (error) {
      if (!isTokenRejection(error)) throw error
      this.counters.tokenRejections++
      this.tokens.invalidate(key, first)
    }
    const fresh = await this.token(key, secret)
    try {
      return await run(fresh.value)
    } catch (error) {
      throw isTokenRejection(error) ? tokenStillRejectedError(error) : error
    }
  }

  private tokenKeyFor(path: string, secret: WecomSecretKind): string {
    if (this.cfg.corpId === '') throw missingCorpIdError(path)
    const value = this.cfg.secrets[secret]
    if (!value) throw missingSecretError(path, secret)
    return tokenKey(this.cfg.corpId, value)
  }

  private token(key: string, secret: WecomSecretKind): Promise<TokenHandle> {
    return this.tokens.get(key, async () => {
      this.counters.tokenFetches++
      const query = { corpid: this.cfg.corpId, corpsecret: this.cfg.secrets[secret] ?? '' }
      const body = (await this.send(WECOM_ENDPOINTS.gettoken, { query }, secret)) as WecomTokenDto
      return { value: body.access_token, expiresInSec: body.expires_in }
    })
  }

  /** One logical call: attempts until done, a final error, or the retry budget is spent. */
  private async send(
    endpoint: WecomEndpoint,
    prepared: PreparedRequest,
    secret: WecomSecretKind,
    token?: string
  ): Promise<unknown> {
    const path = endpoint.path
    const idempotent = isIdempotent(endpoint)
    const { maxRetries } = this.cfg.retry
    let attempts = 0
    let retries = 0
    let pauses = 0
    for (;;) {
      const { outcome, sentAt } = await this.attempt(endpoint, prepared, token, attempts)
      attempts++
      if (outcome.kind === 'ok') {
        this.concurrency.of(path).succeeded()
        return outcome.body
      }
      const ctx: CallContext = { path, secret, attempts }
      const verdict = judge(outcome, idempotent)
      if (verdict === 'rate-limited') {
        const until = this.limiter.block(path, sentAt)
        if (this.cfg.onRateLimited === 'fail' || ++pauses > maxRetries) {
          throw rateLimitedError(path, until, attempts)
        }
        continue
      }
      if (verdict === 'overloaded') this.concurrency.of(path).overloaded()
      if ((verdict === 'retry' || verdict === 'overloaded') && retries < maxRetries) {
        await this.cfg.clock.sleep(backoffDelay(retries++, this.cfg.retry, this.cfg.random))
        this.counters.retries++
        continue
      }
      if (verdict === 'unknown-outcome') throw unknownOutcomeError(ctx, describeOutcome(outcome))
      throw finalError(ctx, outcome)
    }
  }

  /** Waits out a pause, takes a concurrency slot and a pacing slot, then sends once. */
  private async attempt(
    endpoint: WecomEndpoint,
    prepared: PreparedRequest,
    token: string | undefined,
    attempts: number
  ): Promise<Sent> {
    const path = endpoint.path
    const slot = this.concurrency.of(path)
    for (;;) {
      await this.waitForPause(path, attempts)
      await slot.acquire()
      try {
        const wait = this.limiter.reserve(path) - this.cfg.clock.now()
        if (wait > 0) await this.cfg.clock.sleep(wait)
        // A 45009 may have paused the path while this call waited for its slot.
        if (this.limiter.blockedUntil(path) > this.cfg.clock.now()) continue
        const sentAt = this.cfg.clock.now()
        return { outcome: await this.exchange(endpoint, prepared, token), sentAt }
      } finally {
        slot.release()
      }
    }
  }

  /** Never sends inside a pause: waits for its end, or fails with retryAt if told to. */
  private async waitForPause(path: string, attempts: number): Promise<void> {
    const { clock, onRateLimited, maxRateLimitWaitMs } = this.cfg
    for (;;) {
      const until = this.limiter.blockedUntil(path)
      const left = until - clock.now()
      if (left <= 0) return
      if (onRateLimited === 'fail' || left > maxRateLimitWaitMs) {
        throw rateLimitedError(path, until, attempts)
      }
      await clock.sleep(left)
    }
  }

  private async exchange(
    endpoint: WecomEndpoint,
    prepared: PreparedRequest,
    token: string | undefined
  ): Promise<AttemptOutcome> {
    const url = buildUrl(this.cfg.baseUrl, endpoint.path, prepared.query, token)
    this.counters.requests++
    if (endpoint.path === 'gettoken') this.counters.gettokenCalls++
    const result = await sendHttp(this.cfg.fetch, {
      url,
      method: endpoint.method,
      body: prepared.body,
      timeoutMs: this.cfg.timeoutMs
    })
    if (result.kind === 'failed') {
      return { ...result, detail: this.redact(`${endpoint.method} ${url}: ${result.detail}`) }
    }
    const parsed = parseWecomResponse(endpoint.path as WecomEndpointPath, result.json)
    if (parsed.kind === 'ok') return { kind: 'ok', body: parsed.body }
    if (parsed.kind === 'error') return { kind: 'errcode', body: parsed.body }
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')
    return { kind: 'shape', detail: `${endpoint.path}: reply does not match schema at ${fields}` }
  }
}

function isTokenRejection(error: unknown): error is WecomError {
  return error instanceof WecomError && error.kind === 'token'
}

function finalError(ctx: CallContext, outcome: Exclude<AttemptOutcome, { kind: 'ok' }>) {
  if (outcome.kind === 'errcode') return errcodeError(ctx, outcome.body)
  if (outcome.kind === 'shape') return unexpectedShapeError(ctx, outcome.detail)
  return transportError(ctx, outcome)
}

function describeOutcome(outcome: AttemptOutcome): string {
  if (outcome.kind === 'failed' || outcome.kind === 'shape') return outcome.detail
  if (outcome.kind === 'errcode') return `errcode ${outcome.body.errcode}`
  return 'ok'
}
