/** Delivery timing; tests shorten it. */
export interface OutboxTuning {
  /** Rows read per query; the worker re-reads until none are due. */
  batch: number
  /** Idle re-check, so rows enqueued by a writer without a wake-up still go out. */
  pollMs: number
  /** First retry delay; doubles per attempt up to maxDelayMs. */
  baseDelayMs: number
  maxDelayMs: number
  /** Transient failures in a row before the row is failed for the user to retry. */
  maxAttempts: number
  /** How long close waits for the send in flight. */
  stopWaitMs: number
}

export const OUTBOX_TUNING: OutboxTuning = {
  batch: 50,
  pollMs: 5_000,
  baseDelayMs: 5_000,
  maxDelayMs: 10 * 60_000,
  maxAttempts: 12,
  stopWaitMs: 5_000
}

/** Equal-jitter exponential backoff: always waits at least half, spreads the other half. */
export function nextTryAt(now: number, attempts: number, t: OutboxTuning, random: () => number): number {
  const ceiling = Math.min(t.maxDelayMs, t.baseDelayMs * 2 ** Math.max(0, attempts - 1))
  return now + Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
