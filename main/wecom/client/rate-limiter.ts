/**
 * Per-API pacing below WeCom's quota (per corp per API: 10 000/min and 150 000/h, doc 90454) and
 * the pause after a 45009.
 *
 * Pacing: sends of one path go at one per 60 000 / perMinute ms on average, with up to
 * BURST_MS of sends banked (a token bucket, GCRA form): a caller that stalled (a sync writing a
 * batch to SQLite blocks its event loop for a few hundred ms) catches up afterwards instead of
 * losing that time for good. An exact log of send times holds every sliding minute at or below
 * perMinute and every sliding hour at or below perHour whatever the bursts, whether WeCom counts
 * in fixed or sliding windows. Callers reserve a slot synchronously and sleep until it, so N
 * waiters cost N timers, not N² wake-ups.
 *
 * 45009 policy: its errmsg does not say which window tripped, and our clock is not WeCom's, so
 * aligning to WeCom's minute boundary is guesswork. The path pauses 60 s from the reply (covers
 * a fixed or a sliding minute); a 45009 within an hour after a pause ended means the hourly
 * window tripped, so it pauses 60 min; once more within the hour after that, until the next
 * natural day in China (UTC+8), WeCom's day window. Replies for requests sent before the pause
 * began do not escalate it.
 */
import type { Clock } from './clock'

const MINUTE = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000
const CHINA_OFFSET = 8 * HOUR
/** Send time a path may bank: covers a stall of the caller's event loop, not a real burst. */
const BURST_MS = 1_000

export type BlockLevel = 'minute' | 'hour' | 'day'

export interface PathQuota {
  readonly perMinute: number
  readonly perHour: number
}

/** What the Sync screen's meters show for one API path. */
export interface QuotaUse {
  readonly path: string
  /** Sends in the last 60 s / 3600 s (sliding, reserved future slots excluded). */
  readonly usedMinute: number
  readonly usedHour: number
  readonly limitMinute: number
  readonly limitHour: number
  /** Epoch ms until which the path is paused after 45009, or null. */
  readonly blockedUntil: number | null
  readonly blockLevel: BlockLevel | null
}

class PathPacer {
  /** Send times, non-decreasing; entries before `head` have left the hour window. */
  readonly sent: number[] = []
  head = 0
  nextSlot = Number.NEGATIVE_INFINITY
  blockedSince = 0
  blockedUntil = 0
  blockLevel: BlockLevel | null = null

  prune(now: number): void {
    while (this.head < this.sent.length && (this.sent[this.head] ?? 0) <= now - HOUR) this.head++
    if (this.head > 1024 && this.head * 2 > this.sent.length) {
      this.sent.splice(0, this.head)
      this.head = 0
    }
  }

  /** Time of the n-th latest send still in the hour window; -Infinity when there are fewer. */
  nthLatest(n: number): number {
    const i = this.sent.length - n
    return i >= this.head ? (this.sent[i] ?? 0) : Number.NEGATIVE_INFINITY
  }

  /** Sends in (from, to]. */
  countBetween(from: number, to: number): number {
    return this.firstAfter(to) - this.firstAfter(from)
  }

  private firstAfter(t: number): number {
    let lo = this.head
    let hi = this.sent.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.sent[mid] ?? 0) <= t) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

export class RateLimiter {
  private readonly pacers = new Map<string, PathPacer>()
  private readonly spacingMs: number

  constructor(
    private readonly clock: Clock,
    private readonly quota: PathQuota
  ) {
    // Whole milliseconds, rounded up, so float error cannot squeeze one extra send into a minute.
    this.spacingMs = Math.ceil(MINUTE / quota.perMinute)
  }

  /** Epoch ms until which the path is paused; ≤ now when it is not. */
  blockedUntil(path: string): number {
    return this.pacers.get(path)?.blockedUntil ?? 0
  }

  /** Reserves the path's next send slot and returns its time; the caller sleeps until then. */
  reserve(path: string): number {
    const pacer = this.pacer(path)
    const now = this.clock.now()
    pacer.prune(now)
    let at = Math.max(now, pacer.nextSlot - BURST_MS)
    // The perMinute-th latest send must have left the minute window before this one goes.
    at = Math.max(at, pacer.nthLatest(this.quota.perMinute) + MINUTE)
    const inHour = pacer.sent.length - pacer.head
    if (inHour >= this.quota.perHour) at = Math.max(at, pacer.nthLatest(this.quota.perHour) + HOUR)
    pacer.sent.push(at)
    pacer.nextSlot = Math.max(pacer.nextSlot, at) + this.spacingMs
    return at
  }

  /** Records a 45009 for a request sent at `sentAt`; returns the pause's end. */
  block(path: string, sentAt: number): number {
    const pacer = this.pacer(path)
    const now = this.clock.now()
    // Answered during the pause, or sent before it began: the same breach, not a new one.
    if (now < pacer.blockedUntil || sentAt < pacer.blockedSince) return pacer.blockedUntil
    const recurred = pacer.blockLevel !== null && now - pacer.blockedUntil < HOUR
    const level = recurred ? escalate(pacer.blockLevel) : 'minute'
    pacer.blockLevel = level
    pacer.blockedSince = now
    pacer.blockedUntil = pauseEnd(level, now)
    return pacer.blockedUntil
  }

  use(path: string): QuotaUse {
    const pacer = this.pacer(path)
    const now = this.clock.now()
    pacer.prune(now)
    const blocked = pacer.blockedUntil > now
    return {
      path,
      usedMinute: pacer.countBetween(now - MINUTE, now),
      usedHour: pacer.countBetween(now - HOUR, now),
      limitMinute: this.quota.perMinute,
      limitHour: this.quota.perHour,
      blockedUntil: blocked ? pacer.blockedUntil : null,
      blockLevel: blocked ? pacer.blockLevel : null
    }
  }

  paths(): string[] {
    return [...this.pacers.keys()]
  }

  private pacer(path: string): PathPacer {
    let pacer = this.pacers.get(path)
    if (!pacer) {
      pacer = new PathPacer()
      this.pacers.set(path, pacer)
    }
    return pacer
  }
}

function escalate(level: BlockLevel | null): BlockLevel {
  return level === 'minute' ? 'hour' : 'day'
}

function pauseEnd(level: BlockLevel, now: number): number {
  if (level === 'minute') return now + MINUTE
  if (level === 'hour') return now + HOUR
  return nextChinaMidnight(now)
}

function nextChinaMidnight(now: number): number {
  return (Math.floor((now + CHINA_OFFSET) / DAY) + 1) * DAY - CHINA_OFFSET
}
