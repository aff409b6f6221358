/**
 * Per corp per API limits as WeCom applies them (doc 90454): calls are counted in natural
 * minute and hour windows on the sim clock; the call that goes over gets 45009 and the API is
 * then blocked for 60 s (minute) or 60 min (hour) from that moment, every call in between
 * answered 45009 without being counted. Separately, calls in flight per API above a threshold
 * get 45033.
 */
import { SimApiError } from './wire'

const MINUTE = 60_000
const HOUR = 3_600_000

export type SimBlockLevel = 'minute' | 'hour'

export interface SimQuotaUse {
  readonly path: string
  readonly usedMinute: number
  readonly usedHour: number
  readonly blockedUntil: number | null
  readonly blockLevel: SimBlockLevel | null
}

interface PathCounter {
  minute: number
  minuteCount: number
  hour: number
  hourCount: number
  blockedUntil: number
  blockLevel: SimBlockLevel | null
}

export class QuotaTracker {
  private readonly counters = new Map<string, PathCounter>()

  /** Counts one call, or throws 45009 when the API is blocked or this call breaks a window. */
  take(path: string, now: number, quota: { perMinute: number; perHour: number }): void {
    const c = this.counter(path)
    if (now < c.blockedUntil) throw new SimApiError(45009)
    this.roll(c, now)
    c.minuteCount++
    c.hourCount++
    if (c.hourCount > quota.perHour) this.block(c, 'hour', now + HOUR)
    else if (c.minuteCount > quota.perMinute) this.block(c, 'minute', now + MINUTE)
  }

  use(path: string, now: number): SimQuotaUse {
    const c = this.counter(path)
    this.roll(c, now)
    const blocked = now < c.blockedUntil
    return {
      path,
      usedMinute: c.minuteCount,
      usedHour: c.hourCount,
      blockedUntil: blocked ? c.blockedUntil : null,
      blockLevel: blocked ? c.blockLevel : null
    }
  }

  paths(): string[] {
    return [...this.counters.keys()].sort()
  }

  reset(): void {
    this.counters.clear()
  }

  private block(c: PathCounter, level: SimBlockLevel, until: number): never {
    c.blockedUntil = until
    c.blockLevel = level
    throw new SimApiError(45009)
  }

  private roll(c: PathCounter, now: number): void {
    const minute = Math.floor(now / MINUTE)
    const hour = Math.floor(now / HOUR)
    if (minute !== c.minute) {
      c.minute = minute
      c.minuteCount = 0
    }
    if (hour !== c.hour) {
      c.hour = hour
      c.hourCount = 0
    }
  }

  private counter(path: string): PathCounter {
    let c = this.counters.get(path)
    if (!c) {
      c = { minute: 0, minuteCount: 0, hour: 0, hourCount: 0, blockedUntil: 0, blockLevel: null }
      this.counters.set(path, c)
    }
    return c
  }
}

/** Calls between arrival and the end of their reply, per API. */
export class InFlight {
  private readonly counts = new Map<string, number>()
  private peakCount = 0

  enter(path: string): number {
    const n = (this.counts.get(path) ?? 0) + 1
    this.counts.set(path, n)
    this.peakCount = Math.max(this.peakCount, n)
    return n
  }

  leave(path: string): void {
    this.counts.set(path, Math.max(0, (this.counts.get(path) ?? 0) - 1))
  }

  of(path: string): number {
    return this.counts.get(path) ?? 0
  }

  /** The most calls ever in flight on one API at once. */
  get peak(): number {
    return this.peakCount
  }
}
