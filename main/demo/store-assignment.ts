import { weightedPicker, type Rng } from './prng'
import type { DemoStore } from './records'
import { STORE_PROFILES } from './store-profiles'

/**
 * Each guide's primary store (an index into `stores`), sorted so store-mates are adjacent.
 * About 2 % of stores (at least one) get nobody; every other store gets one guide before any
 * store gets a second, then bigger formats draw more.
 */
export function primaryStores(rng: Rng, stores: readonly DemoStore[], guides: number): number[] {
  const order = rng.shuffle(stores.map((_, i) => i))
  const empty = stores.length >= 2 ? Math.max(1, Math.round(stores.length * 0.02)) : 0
  const staffed = order.slice(empty)
  const pickStore = weightedPicker(staffed.map((i) => STORE_PROFILES[stores[i]!.type].staffWeight))
  const assigned: number[] = []
  for (let g = 0; g < guides; g++) {
    assigned.push(g < staffed.length ? staffed[g]! : staffed[pickStore(rng)]!)
  }
  return assigned.sort((a, b) => a - b)
}

/** Stores grouped by city and by region, to find a second store near the first. */
export function storesNearby(stores: readonly DemoStore[]) {
  const group = (key: (s: DemoStore) => string) => {
    const map = new Map<string, DemoStore[]>()
    for (const s of stores) {
      const list = map.get(key(s))
      if (list) list.push(s)
      else map.set(key(s), [s])
    }
    return map
  }
  const byCity = group((s) => s.city)
  const byRegion = group((s) => s.region_id)
  /** Another store in the same city (else region) for the ~10 % who cover two. */
  return (rng: Rng, primary: DemoStore): DemoStore | undefined => {
    for (const pool of [byCity.get(primary.city)!, byRegion.get(primary.region_id)!]) {
      if (pool.length < 2) continue
      for (;;) {
        const s = rng.pick(pool)
        if (s.id !== primary.id) return s
      }
    }
    return undefined
  }
}
