import { TAG_CATALOGUE } from './tag-data'

export interface DemoOptions {
  seed: number
  stores: number
  guides: number
  /** Follow relations (guide × customer) in total; customers come out at ~1/1.3 of this. */
  relations: number
  /** How many corp tag groups of the catalogue to create (default: all of them). */
  tagGroups?: number
  enterpriseName?: string
  /**
   * Epoch ms the demo is "as of": `synced_at`, `updated_at` and the setting `demo.seededAt`, and
   * the anchor for relation and group ages. Default: derived from the seed, so a seed alone
   * fixes every byte.
   */
  now?: number
}

export type ResolvedDemoOptions = Required<DemoOptions>

export const DEFAULT_DEMO = {
  seed: 20261124,
  stores: 300,
  guides: 1500,
  relations: 300_000
} as const satisfies DemoOptions

export const DEFAULT_ENTERPRISE_NAME = '掌柜演示品牌'

const DAY_MS = 86_400_000

/**
 * 09:00 Beijing time on the seed read as yyyymmdd (20261124 → 2026-11-24 09:00 +08:00); for
 * other seeds, 09:00 on a day of 2026 picked by the seed.
 */
export function demoBaseTime(seed: number): number {
  const y = Math.floor(seed / 10_000)
  const m = Math.floor(seed / 100) % 100
  const d = seed % 100
  const asDate = Date.UTC(y, m - 1, d, 1)
  const check = new Date(asDate)
  const isDate =
    y >= 2000 && y <= 2100 && check.getUTCMonth() === m - 1 && check.getUTCDate() === d
  if (isDate) return asDate
  return Date.UTC(2026, 0, 1, 1) + (Math.abs(Math.trunc(seed)) % 365) * DAY_MS
}

/** Far beyond any demo; keeps customer ids' sortable prefix (62^5 positions) strictly rising. */
const MAX_RELATIONS = 100_000_000

function checkCount(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`demo option ${name} must be an integer in ${min}..${max}, got ${value}`)
  }
}

/** Fills the defaults and rejects sizes the generator cannot honour. */
export function resolveDemoOptions(options: Partial<DemoOptions> = {}): ResolvedDemoOptions {
  const o = { ...DEFAULT_DEMO, ...options }
  checkCount('seed', o.seed, Number.MIN_SAFE_INTEGER)
  checkCount('stores', o.stores, 1)
  checkCount('guides', o.guides, 0)
  checkCount('relations', o.relations, 0, MAX_RELATIONS)
  const tagGroups = o.tagGroups ?? TAG_CATALOGUE.length
  checkCount('tagGroups', tagGroups, 0)
  if (o.relations > 0 && o.guides === 0) {
    throw new RangeError('demo relations need at least one guide')
  }
  return {
    seed: o.seed,
    stores: o.stores,
    guides: o.guides,
    relations: o.relations,
    tagGroups: Math.min(tagGroups, TAG_CATALOGUE.length),
    enterpriseName: o.enterpriseName ?? DEFAULT_ENTERPRISE_NAME,
    now: o.now ?? demoBaseTime(o.seed)
  }
}
