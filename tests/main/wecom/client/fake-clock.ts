/**
 * A clock that jumps to the next timer whenever the process has nothing else to run, so code
 * that sleeps for minutes finishes in milliseconds while its order of events stays exact.
 */
import type { Clock } from '../../../../main/wecom/client/clock'

interface Timer {
  readonly at: number
  readonly seq: number
  readonly resolve: () => void
}

/** 2025-01-06 10:00:00 in China: a Monday morning, away from minute/hour/day edges. */
export const T0 = Date.UTC(2025, 0, 6, 2, 0, 0)

export class FakeClock implements Clock {
  /** Every sleep asked for, in order. */
  readonly sleeps: number[] = []
  private t: number
  private timers: Timer[] = []
  private seq = 0
  private scheduled = false

  constructor(start = T0) {
    this.t = start
  }

  now(): number {
    return this.t
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    return new Promise((resolve) => {
      this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, resolve })
      this.schedule()
    })
  }

  /** Moves time forward by hand (timers due by then fire in order on the next idle turns). */
  advance(ms: number): void {
    this.t += ms
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.fireNext()
    })
  }

  private fireNext(): void {
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq)
    const next = this.timers.shift()
    if (!next) return
    this.t = Math.max(this.t, next.at)
    next.resolve()
    if (this.timers.length > 0) this.schedule()
  }
}
