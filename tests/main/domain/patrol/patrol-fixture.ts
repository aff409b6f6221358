/** A small deterministic region for the planner's tests: stores around a centre, one or two managers. */
import type { PatrolManager, PatrolRequest, PatrolStore, PatrolStoreType } from '../../../../main/domain/patrol'

const TYPES: { type: PatrolStoreType; hours: string; minutes: number }[] = [
  { type: 'ka', hours: '10:00-22:00', minutes: 45 },
  { type: 'supermarket', hours: '08:00-22:00', minutes: 30 },
  { type: 'convenience', hours: '00:00-24:00', minutes: 15 },
  { type: 'mom_pop', hours: '09:00-20:00', minutes: 10 }
]

function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296
}

export function fixtureStores(n: number, seed = 3): PatrolStore[] {
  const rnd = lcg(seed)
  return Array.from({ length: n }, (_, i) => {
    const t = TYPES[i % TYPES.length]!
    const location = { lat: 31.23 + (rnd() - 0.5) * 0.15, lng: 121.47 + (rnd() - 0.5) * 0.15 }
    return { id: `s${i}`, code: `S${i}`, name: `店${i}`, type: t.type, openingHours: t.hours, visitMinutes: t.minutes, location }
  })
}

export function fixtureManager(userid = 'zhang', lunch = true): PatrolManager {
  const home = { lat: 31.23, lng: 121.47 }
  return { userid, start: home, end: home, workStart: 9 * 60, workEnd: 18 * 60, ...(lunch ? { lunch: { start: 12 * 60, minutes: 60 } } : {}) }
}

/** Working days from 2026-12-07 (a Monday), weekends skipped. */
export function workingDates(n: number): string[] {
  const out: string[] = []
  for (let d = new Date('2026-12-07T00:00:00Z'); out.length < n; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10))
  }
  return out
}

export function fixtureRequest(stores: number, days: number): PatrolRequest {
  return { dates: workingDates(days), stores: fixtureStores(stores), managers: [fixtureManager()] }
}
