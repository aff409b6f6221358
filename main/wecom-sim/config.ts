/**
 * The simulator's settings: the corp's identity and secrets, and the server behaviour knobs.
 * Defaults are WeCom's published numbers; the knobs can be changed while it runs (configure()),
 * so a test or the demo can lower a quota or narrow the visible range mid-session.
 */
import type { WecomEndpointPath } from '../wecom/endpoints'
import { WECOM_QUOTA } from '../wecom/client/config'
import { seededRandom } from '../wecom/client/clock'

export interface SimCorp {
  readonly corpId: string
  /** The self-built app's secret (customer contact, messages, reads in its visible range). */
  readonly appSecret: string
  /** The 通讯录同步 secret (user/list_id, contact writes). */
  readonly contactsSecret: string
  readonly agentId: number
}

export interface SimSettings {
  /** Per corp per API (doc 90454). */
  readonly quota: { readonly perMinute: number; readonly perHour: number }
  /**
   * Calls in flight on one API above which 45033 is returned. WeCom publishes no number; one
   * community test saw 45033 only from about 400 parallel calls.
   */
  readonly maxConcurrentPerApi: number
  /** Real ms each call is held before it is answered (makes concurrency observable). */
  readonly latencyMs: number | ((path: WecomEndpointPath) => number)
  /** 企业可信IP; null = not enforced. Callers outside get 60020 (gettoken is not checked). */
  readonly trustedIps: readonly string[] | null
  /** The app's 可见范围: departments (with their subtrees) and single members. */
  readonly visibleDepartments: readonly number[]
  readonly visibleUsers: readonly string[]
  readonly tokenTtlSec: number
  /** From transfer request to automatic takeover (doc: 24 h). */
  readonly takeoverDelayMs: number
  /** Customers a member may hold; a takeover beyond it ends as status 4. */
  readonly customerCap: number
  /** Share of customers (picked by a seeded hash of their id) who refuse a transfer. */
  readonly refusalRate: number
  /** groupchat/list without owner_filter fails with 81017 above this many visible members. */
  readonly groupChatListMaxVisible: number
}

export const DEFAULT_SIM_SETTINGS: SimSettings = {
  quota: { ...WECOM_QUOTA },
  maxConcurrentPerApi: 400,
  latencyMs: 0,
  trustedIps: null,
  visibleDepartments: [1],
  visibleUsers: [],
  tokenTtlSec: 7200,
  takeoverDelayMs: 24 * 3_600_000,
  customerCap: 50_000,
  refusalRate: 0,
  groupChatListMaxVisible: 1000
}

export type SimSettingsPatch = Partial<Omit<SimSettings, 'quota'>> & {
  readonly quota?: Partial<SimSettings['quota']>
}

/** Takes only setting keys from `patch` (it may be a whole options object). */
export function mergeSettings(base: SimSettings, patch: SimSettingsPatch = {}): SimSettings {
  const known = Object.entries(patch).filter(([key, value]) => key in base && value !== undefined)
  const merged = { ...base, ...Object.fromEntries(known), quota: { ...base.quota, ...patch.quota } }
  checkPositive('quota.perMinute', merged.quota.perMinute)
  checkPositive('quota.perHour', merged.quota.perHour)
  checkPositive('maxConcurrentPerApi', merged.maxConcurrentPerApi)
  checkPositive('tokenTtlSec', merged.tokenTtlSec)
  if (!(merged.refusalRate >= 0 && merged.refusalRate <= 1)) {
    throw new RangeError('refusalRate must be in [0, 1]')
  }
  return merged
}

function checkPositive(name: string, value: number): void {
  if (!(value > 0)) throw new RangeError(`${name} must be > 0, got ${value}`)
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const HEX = '0123456789abcdef'

export function randomString(random: () => number, length: number, alphabet = ALNUM): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)]
  return out
}

/** ww + 16 hex like a real CorpID; secrets are 43 characters like WeCom's. */
export function demoCorp(seed: number, given: Partial<SimCorp> = {}): SimCorp {
  const random = seededRandom(seed ^ 0x5eed_c0de)
  return {
    corpId: given.corpId ?? `ww${randomString(random, 16, HEX)}`,
    appSecret: given.appSecret ?? randomString(random, 43, `${ALNUM}-_`),
    contactsSecret: given.contactsSecret ?? randomString(random, 43, `${ALNUM}-_`),
    agentId: given.agentId ?? 1_000_002
  }
}
