/**
 * The simulator's time. Token expiry, quota windows and the 24-hour takeover all run on it, and
 * it implements the client's Clock, so the app can hand the same clock to its WecomClient and a
 * demo can jump a day ahead without the two disagreeing about what time it is.
 *
 * factor 0 freezes time (tests move it with advance()); factor 1 is real time; factor 1000 makes
 * a 60 s quota block last 60 ms of real time.
 */
import type { Clock } from '../wecom/client/clock'

export interface SimClockOptions {
  /** Sim epoch ms at creation. Default: Date.now(). */
  readonly startAt?: number
  /** Sim ms per real ms. Default 1. */
  readonly factor?: number
}

interface Sleeper {
  readonly at: number
  readonly seq: number
  readonly resolve: () => void
}

export class SimClock implements Clock {
  private base: number
  private realAnchor = performance.now()
  private rate: number
  private sleepers: Sleeper[] = []
  private seq = 0
  private timer: NodeJS.Timeout | undefined
  private readonly listeners = new Set<(now: number) => void>()

  constructor(options: SimClockOptions = {}) {
    this.base = options.startAt ?? Date.now()
    this.rate = checkFactor(options.factor ?? 1)
  }

  now(): number {
    return Math.floor(this.base + (performance.now() - this.realAnchor) * this.rate)
  }

  get factor(): number {
    return this.rate
  }

  /** Changes the speed from now on; the current sim time is kept. */
  setFactor(factor: number): void {
    this.rebase()
    this.rate = checkFactor(factor)
    this.pump()
  }

  /** Jumps forward (never back: tokens and takeovers only move one way). */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance needs ms >= 0, got ${ms}`)
    this.base += ms
    for (const listener of this.listeners) listener(this.now())
    this.pump()
  }

  /** Resolves once sim time has moved `ms` on, by its own pace or by advance(). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.sleepers.push({ at: this.now() + Math.max(0, ms), seq: this.seq++, resolve })
      this.pump()
    })
  }

  /** Called after every advance(); the simulator settles due takeovers there. */
  onAdvance(listener: (now: number) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Stops the real-time timer; pending sleeps stay pending. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    this.listeners.clear()
  }

  private rebase(): void {
    const realNow = performance.now()
    this.base += (realNow - this.realAnchor) * this.rate
    this.realAnchor = realNow
  }

  private pump(): void {
    const now = this.now()
    this.sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq)
    while (this.sleepers.length > 0 && (this.sleepers[0]?.at ?? Infinity) <= now) {
      this.sleepers.shift()?.resolve()
    }
    this.schedule(now)
  }

  /** One real timer for the earliest sleeper; none when time is frozen. */
  private schedule(now: number): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    const next = this.sleepers[0]
    if (!next || this.rate === 0) return
    const realMs = Math.max(1, Math.ceil((next.at - now) / this.rate))
    this.timer = setTimeout(() => this.pump(), realMs)
  }
}

function checkFactor(factor: number): number {
  if (!(factor >= 0) || !Number.isFinite(factor)) {
    throw new RangeError(`clock factor must be a finite number >= 0, got ${factor}`)
  }
  return factor
}
