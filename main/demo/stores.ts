import { STORE_TYPES, type StoreType } from '../../preload/contract/models'
import { allocate } from './allocate'
import { shortDistrict, type CityDef, type RegionDef } from './geo-data'
import type { Rng } from './prng'
import type { DemoStore } from './records'
import { STORE_PROFILES } from './store-profiles'

const KM_PER_DEGREE = 111.32
/** Stores spread ~5 km (one sigma) around the centre, never beyond 15 km. */
const SPREAD_KM = 5
const MAX_KM = 15
const ORDINALS = ['', '二', '三', '四', '五', '六', '七', '八', '九', '十']

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6

/** City centre plus a normal-ish offset, clamped to a 15 km disc. */
function jitteredLocation(rng: Rng, city: CityDef): { lng: number; lat: number } {
  let dx = rng.normalish() * SPREAD_KM
  let dy = rng.normalish() * SPREAD_KM
  const dist = Math.sqrt(dx * dx + dy * dy)
  if (dist > MAX_KM) {
    dx = (dx * MAX_KM) / dist
    dy = (dy * MAX_KM) / dist
  }
  const lat = city.lat + dy / KM_PER_DEGREE
  // V8's Math.cos is its own fdlibm port, identical on every platform: seeds stay portable.
  const kmPerLng = KM_PER_DEGREE * Math.cos((city.lat * Math.PI) / 180)
  return { lng: round6(city.lng + dx / kmPerLng), lat: round6(lat) }
}

/** Store names are unique: a second store on the same road becomes 二店, 三店, ... */
function uniqueName(base: string, used: Set<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n <= ORDINALS.length ? `${ORDINALS[n - 1]}店` : `${n}店`
    const name = `${base}${suffix}`
    if (!used.has(name)) {
      used.add(name)
      return name
    }
  }
}

/** Low house numbers are far more common than high ones. */
const houseNumber = (rng: Rng): number => 1 + Math.floor(rng.next() * rng.next() * 1800)

interface CitySlot {
  region: RegionDef
  city: CityDef
  count: number
}

function storeTypes(rng: Rng, total: number): StoreType[] {
  const counts = allocate(total, STORE_TYPES.map((t) => STORE_PROFILES[t].share))
  return rng.shuffle(STORE_TYPES.flatMap((t, i) => Array<StoreType>(counts[i] ?? 0).fill(t)))
}

function makeStore(rng: Rng, slot: CitySlot, code: string, type: StoreType, used: Set<string>) {
  const { city, region } = slot
  const district = rng.pick(city.districts)
  const road = rng.pick(city.roads)
  const profile = STORE_PROFILES[type]
  const suffix = rng.weighted(profile.addressSuffixes)
  const store: Omit<DemoStore, 'department_id'> = {
    id: `s-${code}`,
    code,
    name: uniqueName(`${city.name}${shortDistrict(district)}${road}`, used),
    region_id: region.id,
    city: city.name,
    address: `${city.full}${district}${road}${houseNumber(rng)}号${suffix}`,
    type,
    opening_hours: rng.weighted(profile.hours),
    visit_minutes: rng.weighted(profile.visitMinutes),
    ...jitteredLocation(rng, city)
  }
  return store
}

/**
 * `total` stores spread over the cities by market weight (exact split), numbered per city with
 * the gaps closed stores leave (SH0001, SH0002, SH0005, ...). Ordered by region, city and code.
 */
export function generateStores(
  rng: Rng,
  regions: readonly RegionDef[],
  total: number
): Omit<DemoStore, 'department_id'>[] {
  const cities = regions.flatMap((region) => region.cities.map((city) => ({ region, city })))
  const counts = allocate(total, cities.map((c) => c.city.weight * (0.85 + 0.3 * rng.next())))
  const slots: CitySlot[] = cities.map((c, i) => ({ ...c, count: counts[i] ?? 0 }))
  const types = storeTypes(rng, total)
  const usedNames = new Set<string>()
  const stores: Omit<DemoStore, 'department_id'>[] = []
  for (const slot of slots) {
    let number = 0
    for (let k = 0; k < slot.count; k++) {
      number += rng.chance(0.8) ? 1 : rng.int(2, 4)
      const code = `${slot.city.code}${String(number).padStart(4, '0')}`
      stores.push(makeStore(rng, slot, code, types[stores.length]!, usedNames))
    }
  }
  return stores
}
