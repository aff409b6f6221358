import { beforeAll, describe, expect, it } from 'vitest'
import { isSpaced, minGap, planPatrol, type PatrolRequest } from '../../../../main/domain/patrol'
import { checkPlan } from '../../routing/plan-checker'
import { fixtureManager, fixtureRequest, fixtureStores, workingDates } from './patrol-fixture'

const LUNCH = { start: 720, end: 780 }

function expectCheckedDays(run: ReturnType<typeof planPatrol>): void {
  for (const d of run.days) expect(checkPlan(d.problem, d.plan)).toEqual([])
}

describe('patrol planner', () => {
  const request: PatrolRequest = fixtureRequest(24, 10)
  let run: ReturnType<typeof planPatrol>
  beforeAll(() => {
    run = planPatrol(request, { timeLimitMs: 1500, seed: 1 })
  })

  it('produces day plans that pass the independent checker', () => {
    expectCheckedDays(run)
    expect(run.plan.unplaced).toEqual([])
    expect(run.plan.visitsPlaced).toBe(run.plan.visitsRequired)
  })

  it('visits KA stores weekly on evenly spaced days and the others once', () => {
    const daysOf = new Map<string, number[]>()
    run.plan.days.forEach((d) => d.stops.forEach((s) => daysOf.set(s.storeId, [...(daysOf.get(s.storeId) ?? []), request.dates.indexOf(d.date)])))
    for (const store of request.stores) {
      const days = (daysOf.get(store.id) ?? []).sort((a, b) => a - b)
      expect(days.length).toBe(store.type === 'ka' ? 2 : 1)
      expect(isSpaced(days, minGap(days.length, 10))).toBe(true)
    }
  })

  it('keeps every visit out of the lunch break', () => {
    const stops = run.plan.days.flatMap((d) => d.stops)
    expect(stops.length).toBeGreaterThan(0)
    // The solver's times are sums of real travel minutes: allow floating-point noise.
    for (const s of stops) expect(s.end <= LUNCH.start + 1e-6 || s.start >= LUNCH.end - 1e-6).toBe(true)
  })

  it('reports stores without coordinates and visits no window can hold', () => {
    const stores = fixtureStores(6)
    stores[0] = { ...stores[0]!, location: null }
    stores[1] = { ...stores[1]!, openingHours: '12:00-13:00' }
    const res = planPatrol({ dates: workingDates(5), stores, managers: [fixtureManager()] }, { timeLimitMs: 300 })
    expectCheckedDays(res)
    expect(res.plan.unplaced).toContainEqual({ storeId: 's0', visitNo: 0, reason: 'no_coordinates' })
    expect(res.plan.unplaced).toContainEqual({ storeId: 's1', visitNo: 1, reason: 'window_too_short' })
  })

  it('says which visits no working time can reach and honours per-store frequencies', () => {
    const stores = fixtureStores(4)
    stores[0] = { ...stores[0]!, location: { lat: 39.9, lng: 116.4 } } // Beijing, from Shanghai
    stores[1] = { ...stores[1]!, frequency: { visits: 1, weeks: 1 } }
    const res = planPatrol({ dates: workingDates(10), stores, managers: [fixtureManager()] }, { timeLimitMs: 300 })
    expectCheckedDays(res)
    expect(res.plan.unplaced).toContainEqual({ storeId: 's0', visitNo: 1, reason: 'beyond_working_time' })
    expect(res.plan.days.flatMap((d) => d.stops).filter((s) => s.storeId === 's1')).toHaveLength(2)
  })

  it('leaves days nobody works empty and reports progress', () => {
    const progress: string[] = []
    const monday = { ...fixtureManager('li'), weekdays: [1] }
    const res = planPatrol({ dates: workingDates(5), stores: fixtureStores(5), managers: [monday] }, { timeLimitMs: 300, onProgress: (p) => progress.push(p.phase) })
    expectCheckedDays(res)
    expect(new Set(res.plan.days.map((d) => d.date))).toEqual(new Set(['2026-12-07']))
    expect(progress[0]).toBe('first')
  })
})
