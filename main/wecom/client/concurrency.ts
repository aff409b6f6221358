/**
 * Parallel calls per API path, adapted to 45033 (接口并发调用超过限制). WeCom publishes no number,
 * so the limit is learnt AIMD-style: halve on 45033, add one back after a run of successes.
 */
export interface ConcurrencyUse {
  readonly limit: number
  readonly max: number
  readonly inFlight: number
  readonly waiting: number
}

export class AdaptiveLimit {
  private limit: number
  private inFlight = 0
  private successes = 0
  private readonly waiters: Array<() => void> = []

  constructor(
    private readonly max: number,
    /** Successes in a row that earn one more parallel call. */
    private readonly recoverAfter: number
  ) {
    this.limit = max
  }

  acquire(): Promise<void> {
    if (this.inFlight < this.limit) {
      this.inFlight++
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  release(): void {
    this.inFlight--
    this.pump()
  }

  /** 45033: calls already in flight finish; new ones wait until below the halved limit. */
  overloaded(): void {
    this.limit = Math.max(1, Math.floor(this.limit / 2))
    this.successes = 0
  }

  succeeded(): void {
    if (this.limit >= this.max) return
    if (++this.successes < this.recoverAfter) return
    this.successes = 0
    this.limit++
    this.pump()
  }

  use(): ConcurrencyUse {
    const { limit, max, inFlight } = this
    return { limit, max, inFlight, waiting: this.waiters.length }
  }

  private pump(): void {
    while (this.inFlight < this.limit) {
      const next = this.waiters.shift()
      if (!next) return
      this.inFlight++
      next()
    }
  }
}

export class PathConcurrency {
  private readonly limits = new Map<string, AdaptiveLimit>()

  constructor(
    private readonly max: number,
    private readonly recoverAfter: number
  ) {}

  of(path: string): AdaptiveLimit {
    let limit = this.limits.get(path)
    if (!limit) {
      limit = new AdaptiveLimit(this.max, this.recoverAfter)
      this.limits.set(path, limit)
    }
    return limit
  }

  paths(): string[] {
    return [...this.limits.keys()]
  }
}
