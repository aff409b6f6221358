/**
 * access_tokens: one kind per secret, expiring on the sim clock. Expired tokens are remembered
 * so a late caller gets 42001 (expired) rather than 40014 (unknown); "expire all now" marks
 * every live token expired, as WeCom does when a secret is reset or a token is invalidated early.
 * Each gettoken issues a fresh token and earlier ones stay valid until their own expiry (whether
 * WeCom still returns the same token within its validity is unconfirmed, spec §1.2).
 */
import type { WecomSecretKind } from '../wecom/endpoints'
import { randomString } from './config'
import { SimApiError } from './wire'

interface TokenRecord {
  readonly kind: WecomSecretKind
  expiresAt: number
}

/** A realistic token is 214 characters (spec §1.2). */
const TOKEN_LENGTH = 214

export class TokenStore {
  private readonly tokens = new Map<string, TokenRecord>()
  private issuedCount = 0

  constructor(private readonly random: () => number) {}

  issue(kind: WecomSecretKind, now: number, ttlSec: number): string {
    const value = randomString(this.random, TOKEN_LENGTH, undefined)
    this.tokens.set(value, { kind, expiresAt: now + ttlSec * 1000 })
    this.issuedCount++
    return value
  }

  /** The secret kind behind a live token; 41001 / 40014 / 42001 otherwise. */
  verify(token: string | null, now: number): WecomSecretKind {
    if (token === null || token === '') throw new SimApiError(41001)
    const record = this.tokens.get(token)
    if (!record) throw new SimApiError(40014)
    if (now >= record.expiresAt) throw new SimApiError(42001)
    return record.kind
  }

  /** Which secret a presented token belongs to, live or not (for the call log). */
  kindOf(token: string | null): WecomSecretKind | null {
    return token ? (this.tokens.get(token)?.kind ?? null) : null
  }

  expireAll(now: number): number {
    let expired = 0
    for (const record of this.tokens.values()) {
      if (record.expiresAt > now) {
        record.expiresAt = now
        expired++
      }
    }
    return expired
  }

  get issued(): number {
    return this.issuedCount
  }
}
