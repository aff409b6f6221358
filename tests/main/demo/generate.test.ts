import { describe, expect, it } from 'vitest'
import { openingHoursProblem } from '../../../main/domain/stores/opening-hours'
import { generateDemo } from '../../../main/demo/generate'
import { CHINA_BOUNDS, REGIONS } from '../../../main/demo/geo-data'
import { demoBaseTime, resolveDemoOptions } from '../../../main/demo/options'
import type { DemoCustomer } from '../../../main/demo/records'

const SMALL = { seed: 42, stores: 300, guides: 400, relations: 3000 }
const demo = generateDemo(SMALL)
const customers: DemoCustomer[] = [...demo.customers()]
const cities = new Map(REGIONS.flatMap((r) => r.cities.map((c) => [c.name, c] as const)))

/** Great-circle distance in km. */
function distanceKm(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const rad = Math.PI / 180
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(a))
}

describe('geo data', () => {
  it('has unique store-code prefixes and city centres inside China', () => {
    const all = REGIONS.flatMap((r) => r.cities)
    expect(new Set(all.map((c) => c.code)).size).toBe(all.length)
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length)
    for (const c of all) {
      expect(c.code).toMatch(/^[A-Z]{2}$/)
      expect(c.lng).toBeGreaterThan(CHINA_BOUNDS.minLng)
      expect(c.lng).toBeLessThan(CHINA_BOUNDS.maxLng)
      expect(c.districts.length).toBeGreaterThanOrEqual(3)
      expect(c.roads.length).toBeGreaterThanOrEqual(5)
    }
  })
})

describe('generated stores', () => {
  it('has exactly the stores asked for, with unique codes, names and ids', () => {
    expect(demo.stores).toHaveLength(SMALL.stores)
    for (const key of ['id', 'code', 'name', 'department_id'] as const) {
      expect(new Set(demo.stores.map((s) => s[key])).size).toBe(SMALL.stores)
    }
    for (const s of demo.stores) expect(s.code).toMatch(/^[A-Z]{2}\d{4}$/)
  })

  it('places every store inside China and within 30 km of its city centre', () => {
    for (const s of demo.stores) {
      const city = cities.get(s.city)!
      expect(s.lng).toBeGreaterThan(CHINA_BOUNDS.minLng)
      expect(s.lng).toBeLessThan(CHINA_BOUNDS.maxLng)
      expect(s.lat).toBeGreaterThan(CHINA_BOUNDS.minLat)
      expect(s.lat).toBeLessThan(CHINA_BOUNDS.maxLat)
      expect(distanceKm(s.lng, s.lat, city.lng, city.lat)).toBeLessThan(30)
      expect(s.address.startsWith(city.full)).toBe(true)
      expect(s.address).toMatch(/\d+号/)
    }
  })

  it('gives valid hours and visit minutes, and the intended type mix', () => {
    for (const s of demo.stores) {
      expect(s.opening_hours).toMatch(/^\d{2}:\d{2}-\d{2}:\d{2}$/)
      expect(openingHoursProblem(s.opening_hours)).toBeNull()
      expect(s.visit_minutes).toBeGreaterThanOrEqual(5)
      expect(s.visit_minutes).toBeLessThanOrEqual(480)
    }
    const count = (t: string) => demo.stores.filter((s) => s.type === t).length
    expect([count('ka'), count('supermarket'), count('convenience'), count('mom_pop')]).toEqual([
      30, 75, 105, 90
    ])
    const ka = demo.stores.filter((s) => s.type === 'ka')
    for (const s of ka) expect(s.visit_minutes).toBeGreaterThanOrEqual(90)
  })

  it('covers every region at the default scale', () => {
    expect(new Set(demo.stores.map((s) => s.region_id)).size).toBe(REGIONS.length)
  })
})

describe('generated members', () => {
  it('has WeCom-looking userids, names and unique mobiles', () => {
    expect(new Set(demo.members.map((m) => m.userid)).size).toBe(demo.members.length)
    expect(new Set(demo.members.map((m) => m.mobile)).size).toBe(demo.members.length)
    for (const m of demo.members) {
      expect(m.userid).toMatch(/^[a-z]+\d*$/)
      expect(m.mobile).toMatch(/^1[3-9]\d{9}$/)
      expect(m.name).toMatch(/^\p{Script=Han}{2,5}$/u)
      expect(m.department[0]).toBe(m.main_department)
    }
    expect(demo.members.filter((m) => m.is_guide)).toHaveLength(SMALL.guides)
  })

  it('gives each guide one primary store and some a secondary one', () => {
    const primary = demo.guideStores.filter((g) => g.role === 'primary')
    expect(primary).toHaveLength(SMALL.guides)
    expect(new Set(primary.map((g) => g.userid)).size).toBe(SMALL.guides)
    const secondary = demo.guideStores.filter((g) => g.role === 'secondary').length
    expect(secondary).toBeGreaterThan(SMALL.guides * 0.04)
    expect(secondary).toBeLessThan(SMALL.guides * 0.16)
  })
})

describe('generated customers', () => {
  it('streams exactly the relations asked for, 1 to 3 followers each', () => {
    const relations = customers.reduce((n, c) => n + c.follow_user.length, 0)
    expect(relations).toBe(SMALL.relations)
    for (const c of customers) {
      expect(c.follow_user.length).toBeGreaterThanOrEqual(1)
      expect(c.follow_user.length).toBeLessThanOrEqual(3)
      expect(new Set(c.follow_user.map((f) => f.userid)).size).toBe(c.follow_user.length)
    }
    expect(customers.length / SMALL.relations).toBeGreaterThan(0.7)
    expect(customers.length / SMALL.relations).toBeLessThan(0.85)
  })

  it('uses unique WeCom-shaped external_userids', () => {
    const ids = customers.map((c) => c.external_contact.external_userid)
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of customers) {
      const e = c.external_contact
      expect(e.external_userid).toMatch(/^w[mo][0-9A-Za-z]{30}$/)
      expect(e.external_userid.startsWith(e.type === 1 ? 'wm' : 'wo')).toBe(true)
      if (e.type === 2) expect(e.corp_name).toMatch(/有限公司$/)
    }
  })

  it('only lets follow-enabled, non-pending guides own customers, skewed', () => {
    const byUser = new Map(demo.members.map((m) => [m.userid, m]))
    const perGuide = new Map<string, number>()
    for (const c of customers) {
      for (const f of c.follow_user) {
        const m = byUser.get(f.userid)!
        expect(m.is_follow_user && m.status !== 4).toBe(true)
        perGuide.set(f.userid, (perGuide.get(f.userid) ?? 0) + 1)
      }
    }
    const counts = [...perGuide.values()].sort((a, b) => a - b)
    const mean = SMALL.relations / counts.length
    expect(counts.at(-1)!).toBeGreaterThan(mean * 2.5)
    expect(counts[0]!).toBeLessThan(mean / 2)
  })

  it('gives a fresh, identical stream on every call', () => {
    const again = [...demo.customers()]
    expect(again).toEqual(customers)
  })
})

describe('options', () => {
  it('keeps stores and guides when only the number of relations changes', () => {
    const bigger = generateDemo({ ...SMALL, relations: 6000 })
    expect(bigger.stores).toEqual(demo.stores)
    expect(bigger.members).toEqual(demo.members)
  })

  it('reads the default seed as a date and rejects impossible sizes', () => {
    expect(new Date(demoBaseTime(20261124)).toISOString()).toBe('2026-11-24T01:00:00.000Z')
    expect(demoBaseTime(7)).toBe(demoBaseTime(7))
    expect(() => resolveDemoOptions({ stores: 0 })).toThrow(RangeError)
    expect(() => resolveDemoOptions({ relations: 1.5 })).toThrow(RangeError)
    expect(() => resolveDemoOptions({ guides: 0, relations: 10 })).toThrow(RangeError)
  })
})
