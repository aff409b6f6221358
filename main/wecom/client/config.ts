/**
 * Client settings. Everything but corpId and the secrets has a default that works against the
 * real server; tests and the simulator inject baseUrl, clock, random and fetch.
 */
import { systemClock, type Clock } from './clock'
import { DEFAULT_RETRY, type RetryPolicy } from './retry'
import type { TokenCache } from './token-cache'
import type { FetchLike } from './transport'

export const DEFAULT_BASE_URL = 'https://qyapi.weixin.qq.com/cgi-bin/'

/** Per corp per API (doc 90454, 2023-08-28; "may change"). */
export const WECOM_QUOTA = { perMinute: 10_000, perHour: 150_000 } as const

export interface WecomClientConfig {
  readonly baseUrl?: string
  readonly corpId: string
  readonly secrets: {
    /** The self-built app listed in 客户联系「可调用接口的应用」. */
    readonly app: string
    /** 通讯录同步 secret: needed only by user/list_id and contact writes. */
    readonly contacts?: string | undefined
  }
  readonly clock?: Clock
  /** [0, 1) source for backoff jitter; pass seededRandom(n) for reproducible runs. */
  readonly random?: () => number
  readonly fetch?: FetchLike
  /** Per HTTP request, real time. Default 15 s. */
  readonly timeoutMs?: number
  /** Share of WeCom's per-API quota to pace at. Default 0.5. */
  readonly quotaFraction?: number
  /** Parallel calls per API path before 45033 lowers it. Default 4. */
  readonly maxConcurrency?: number
  /** Successes in a row that raise a lowered concurrency by one. Default 20. */
  readonly concurrencyRecoverAfter?: number
  readonly retry?: Partial<RetryPolicy>
  /** After 45009: 'wait' until the pause ends (default) or 'fail' at once with retryAt. */
  readonly onRateLimited?: 'wait' | 'fail'
  /** In 'wait' mode, pauses longer than this fail with retryAt instead. Default 60 min. */
  readonly maxRateLimitWaitMs?: number
  /** Refresh a token this long before it expires. Default 5 min. */
  readonly tokenRefreshMarginMs?: number
  /** Share one cache between clients of the same corp (e.g. across a settings reload). */
  readonly tokenCache?: TokenCache
}

export interface ResolvedConfig {
  readonly baseUrl: string
  readonly corpId: string
  readonly secrets: { readonly app: string; readonly contacts: string | undefined }
  readonly clock: Clock
  readonly random: () => number
  readonly fetch: FetchLike
  readonly timeoutMs: number
  readonly perMinute: number
  readonly perHour: number
  readonly maxConcurrency: number
  readonly concurrencyRecoverAfter: number
  readonly retry: RetryPolicy
  readonly onRateLimited: 'wait' | 'fail'
  readonly maxRateLimitWaitMs: number
  readonly tokenRefreshMarginMs: number
}

export function resolveConfig(config: WecomClientConfig): ResolvedConfig {
  const fraction = config.quotaFraction ?? 0.5
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError('quotaFraction must be in (0, 1]')
  const maxConcurrency = config.maxConcurrency ?? 4
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) {
    throw new RangeError('maxConcurrency must be a positive integer')
  }
  return {
    baseUrl: withTrailingSlash(config.baseUrl ?? DEFAULT_BASE_URL),
    corpId: config.corpId.trim(),
    secrets: { app: config.secrets.app.trim(), contacts: config.secrets.contacts?.trim() },
    clock: config.clock ?? systemClock,
    random: config.random ?? Math.random,
    fetch: config.fetch ?? globalThis.fetch,
    timeoutMs: config.timeoutMs ?? 15_000,
    perMinute: Math.max(1, Math.floor(WECOM_QUOTA.perMinute * fraction)),
    perHour: Math.max(1, Math.floor(WECOM_QUOTA.perHour * fraction)),
    maxConcurrency,
    concurrencyRecoverAfter: config.concurrencyRecoverAfter ?? 20,
    retry: { ...DEFAULT_RETRY, ...config.retry },
    onRateLimited: config.onRateLimited ?? 'wait',
    maxRateLimitWaitMs: config.maxRateLimitWaitMs ?? 3_600_000,
    tokenRefreshMarginMs: config.tokenRefreshMarginMs ?? 300_000
  }
}

/** new URL('user/get', base) drops base's last segment unless it ends in '/'. */
function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}
