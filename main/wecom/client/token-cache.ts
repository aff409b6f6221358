/**
 * access_token cache. Keyed by (corpid, secret): each secret has its own token, and SDKs that
 * keyed by corp alone handed the app's token to contact writes (spec §2). Refreshes are
 * single-flight so a burst of callers costs one gettoken, which WeCom rate-limits hard.
 */
import { createHash } from 'node:crypto'
import type { Clock } from './clock'

/** A token plus the generation it came from, so a stale rejection cannot drop a newer token. */
export interface TokenHandle {
  readonly value: string
  readonly generation: number
}

export interface FreshToken {
  readonly value: string
  readonly expiresInSec: number
}

interface Entry {
  readonly handle: TokenHandle
  readonly refreshAt: number
}

/** The secret is hashed so the key can be logged or inspected without leaking it. */
export function tokenKey(corpId: string, secret: string): string {
  const digest = createHash('sha256').update(secret).digest('hex').slice(0, 16)
  return `${corpId}:${digest}`
}

export class TokenCache {
  private readonly entries = new Map<string, Entry>()
  private readonly inflight = new Map<string, Promise<TokenHandle>>()
  private generation = 0
  private fetchCount = 0

  /** marginMs: refresh this long before expiry (capped at half the lifetime). */
  constructor(
    private readonly clock: Clock,
    private readonly marginMs = 300_000
  ) {}

  get(key: string, fetch: () => Promise<FreshToken>): Promise<TokenHandle> {
    const entry = this.entries.get(key)
    if (entry && this.clock.now() < entry.refreshAt) return Promise.resolve(entry.handle)
    return this.inflight.get(key) ?? this.refresh(key, fetch)
  }

  /** Drops the token only if it is still the one the caller was refused with. */
  invalidate(key: string, handle: TokenHandle): void {
    if (this.entries.get(key)?.handle.generation === handle.generation) this.entries.delete(key)
  }

  /** Cached token values, so the client can mask them in any text it reports. */
  values(): string[] {
    return [...this.entries.values()].map((entry) => entry.handle.value)
  }

  /** How many times a token was fetched (single-flight: once per burst). */
  get fetches(): number {
    return this.fetchCount
  }

  private refresh(key: string, fetch: () => Promise<FreshToken>): Promise<TokenHandle> {
    this.fetchCount++
    const pending = fetch()
      .then((fresh) => this.store(key, fresh))
      .finally(() => this.inflight.delete(key))
    this.inflight.set(key, pending)
    return pending
  }

  private store(key: string, fresh: FreshToken): TokenHandle {
    const lifetimeMs = fresh.expiresInSec * 1000
    const margin = Math.min(this.marginMs, lifetimeMs / 2)
    const handle = { value: fresh.value, generation: ++this.generation }
    this.entries.set(key, { handle, refreshAt: this.clock.now() + lifetimeMs - margin })
    return handle
  }
}
