/**
 * What to do with one attempt's outcome, and how long to back off. Pure, so the policy can be
 * read and tested apart from the I/O.
 *
 * Writes: an errcode reply means WeCom refused before acting, so -1, 45009 and 45033 (and the
 * token errors, handled by the caller) are re-sent like reads. 6000 (数据版本冲突) is re-sent only
 * for reads: for a write it means someone else changed the data, and re-sending would overwrite
 * that change. A lost reply after the request left (reset, timeout, 5xx from a proxy, a
 * truncated body) is retried for reads and surfaced as unknown-outcome for writes.
 */
import type { WecomEnvelopeDto } from '../dto/envelope'
import type { TransportFailure } from './transport'

export interface RetryPolicy {
  /** Re-sends after the first attempt; WeCom advises at most 3 for -1. */
  readonly maxRetries: number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 30_000 }

export type AttemptOutcome =
  | { readonly kind: 'ok'; readonly body: unknown }
  | { readonly kind: 'errcode'; readonly body: WecomEnvelopeDto }
  | { readonly kind: 'shape'; readonly detail: string }
  | TransportFailure

export type Verdict =
  | 'done'
  /** Back off and re-send. */
  | 'retry'
  /** 45033: lower the path's concurrency, then back off and re-send. */
  | 'overloaded'
  /** 45009: pause the path, re-send when the pause ends. */
  | 'rate-limited'
  | 'unknown-outcome'
  | 'fail'

const BUSY = -1
const VERSION_CONFLICT = 6000
const FREQ_LIMIT = 45009
const CONCURRENCY_LIMIT = 45033

export function judge(outcome: AttemptOutcome, idempotent: boolean): Verdict {
  switch (outcome.kind) {
    case 'ok':
      return 'done'
    case 'errcode':
      return judgeErrcode(outcome.body.errcode, idempotent)
    case 'shape':
      // A write that answered errcode 0 did act; we only cannot read its reply.
      return idempotent ? 'fail' : 'unknown-outcome'
    case 'failed':
      if (!outcome.retryable) return 'fail'
      return idempotent || !outcome.sent ? 'retry' : 'unknown-outcome'
  }
}

function judgeErrcode(errcode: number, idempotent: boolean): Verdict {
  if (errcode === FREQ_LIMIT) return 'rate-limited'
  if (errcode === CONCURRENCY_LIMIT) return 'overloaded'
  if (errcode === BUSY) return 'retry'
  if (errcode === VERSION_CONFLICT && idempotent) return 'retry'
  return 'fail'
}

/** "Equal jitter": half the delay is fixed so retries always back off, half spreads callers. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
