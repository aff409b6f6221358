/**
 * Fault injection, deterministic for a seed: rules pick requests by their position among the
 * requests that match the rule's path (nth, every) or by a seeded draw (probability).
 *
 * Kinds: 'errcode' answers HTTP 200 with that errcode before anything else is checked;
 * 'http500' answers a proxy's HTML 500; 'timeout' holds the socket and never answers;
 * 'reset' drops the connection with a TCP RST. Those three act before the request is handled.
 * 'truncate' handles the request (a write takes effect) and cuts the reply body in half: the
 * lost-reply case a client must treat as an unknown outcome.
 */
import type { WecomEndpointPath } from '../wecom/endpoints'
import { seededRandom } from '../wecom/client/clock'

export type FaultKind = 'errcode' | 'http500' | 'truncate' | 'timeout' | 'reset'

export interface FaultRule {
  /** '*' = every API but gettoken, which is faulted only when named. */
  readonly path: WecomEndpointPath | '*'
  readonly kind: FaultKind
  /** For kind 'errcode', e.g. -1, 42001, 40014, 45033, 45009. */
  readonly code?: number
  /** 1-based positions among the requests matching `path`. */
  readonly nth?: readonly number[]
  /** Every k-th matching request. */
  readonly every?: number
  /** Chance per matching request, drawn from the injector's seeded generator. */
  readonly probability?: number
  /** Fire at most this many times. */
  readonly times?: number
}

export interface FaultHit {
  readonly ruleId: number
  readonly kind: FaultKind
  readonly code?: number | undefined
}

interface ActiveRule {
  readonly id: number
  readonly rule: FaultRule
  seen: number
  fired: number
}

export class FaultInjector {
  private rules: ActiveRule[] = []
  private nextId = 1
  private random: () => number

  constructor(seed: number) {
    this.random = seededRandom(seed)
  }

  /** Returns the rule's id, for remove() and fired(). */
  add(rule: FaultRule): number {
    checkRule(rule)
    const id = this.nextId++
    this.rules.push({ id, rule, seen: 0, fired: 0 })
    return id
  }

  addAll(rules: readonly FaultRule[]): number[] {
    return rules.map((rule) => this.add(rule))
  }

  remove(id: number): void {
    this.rules = this.rules.filter((r) => r.id !== id)
  }

  clear(): void {
    this.rules = []
  }

  /** Restarts the generator behind probability rules. */
  reseed(seed: number): void {
    this.random = seededRandom(seed)
  }

  /** Reseeds and installs faultScript(seed): the same seed gives the same faults. */
  script(seed: number, options?: FaultScriptOptions): number[] {
    this.reseed(seed)
    return this.addAll(faultScript(seed, options))
  }

  fired(id: number): number {
    return this.rules.find((r) => r.id === id)?.fired ?? 0
  }

  /** Called once per request: every matching rule counts it, the first that fires wins. */
  pick(path: WecomEndpointPath): FaultHit | null {
    let hit: FaultHit | null = null
    for (const active of this.rules) {
      const { rule } = active
      if (rule.path === '*' ? path === 'gettoken' : rule.path !== path) continue
      active.seen++
      const draw = rule.probability === undefined ? 0 : this.random()
      if (hit || !this.fires(active, draw)) continue
      active.fired++
      hit = { ruleId: active.id, kind: rule.kind, code: rule.code }
    }
    return hit
  }

  private fires(active: ActiveRule, draw: number): boolean {
    const { rule, seen, fired } = active
    if (rule.times !== undefined && fired >= rule.times) return false
    if (rule.nth && !rule.nth.includes(seen)) return false
    if (rule.every !== undefined && seen % rule.every !== 0) return false
    if (rule.probability !== undefined && draw >= rule.probability) return false
    return true
  }
}

function checkRule(rule: FaultRule): void {
  if (rule.kind === 'errcode' && (rule.code === undefined || rule.code === 0)) {
    throw new RangeError('an errcode fault needs a non-zero code')
  }
  if (rule.every !== undefined && !(Number.isInteger(rule.every) && rule.every >= 1)) {
    throw new RangeError('every must be a positive integer')
  }
  const p = rule.probability
  if (p !== undefined && !(p >= 0 && p <= 1)) throw new RangeError('probability must be in [0, 1]')
}

export interface FaultScriptOptions {
  /** Paths to disturb; default every path but gettoken. */
  readonly paths?: readonly (WecomEndpointPath | '*')[]
  /** Share of requests that fail, spread over the kinds. Default 0.08. */
  readonly rate?: number
  /** Add socket-holding timeouts (slow: the client waits its full timeout). Default false. */
  readonly timeouts?: boolean
}

const SCRIPT_ERRCODES = [-1, 45033, 6000] as const

/**
 * A seeded mix for soak tests: per path, busy/concurrency errcodes, 500s, resets and truncated
 * replies with seeded shares of `rate`, plus one token expiry (42001) and one 40014 at seeded
 * positions, so a client's token refresh runs too.
 */
export function faultScript(seed: number, options: FaultScriptOptions = {}): FaultRule[] {
  const random = seededRandom(seed)
  const rate = options.rate ?? 0.08
  const kinds: FaultRule[] = [
    ...SCRIPT_ERRCODES.map((code) => ({ path: '*' as const, kind: 'errcode' as const, code })),
    { path: '*', kind: 'http500' },
    { path: '*', kind: 'reset' },
    { path: '*', kind: 'truncate' },
    ...(options.timeouts ? [{ path: '*', kind: 'timeout' } as const] : [])
  ]
  const weights = kinds.map(() => 0.5 + random())
  const total = weights.reduce((a, b) => a + b, 0)
  const rules: FaultRule[] = []
  for (const path of options.paths ?? ['*']) {
    kinds.forEach((kind, i) => {
      rules.push({ ...kind, path, probability: (rate * (weights[i] ?? 0)) / total })
    })
    rules.push({ path, kind: 'errcode', code: 42001, nth: [5 + Math.floor(random() * 20)] })
    rules.push({ path, kind: 'errcode', code: 40014, nth: [30 + Math.floor(random() * 30)] })
  }
  return rules
}
