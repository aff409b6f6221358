import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { invokeSchemas } from '../../../../preload/contract/ipc'
import type { PatrolPlanInput, PatrolProgressEvent } from '../../../../preload/contract/patrol-models'
import { createEventBus } from '../../../../main/app/event-bus'
import type { Db } from '../../../../main/db/connection'
import { seedDemoEnterprise } from '../../../../main/demo/seed'
import { inProcessPatrolRunner, type PatrolRunner } from '../../../../main/services/patrol-runner'
import { createPatrolService, type PatrolService } from '../../../../main/services/patrol-service'
import { createTestDb } from '../../../helpers/test-db'

const SHANGHAI = { lat: 31.23, lng: 121.47 }
const manager = { userid: 'zhang', start: SHANGHAI, end: SHANGHAI, workStart: 540, workEnd: 1080, lunch: { start: 720, minutes: 60 } }

let db: Db
let cleanup: () => void
let events: PatrolProgressEvent[]
let tables: string[][]
let storeIds: string[]

function service(runner: PatrolRunner = inProcessPatrolRunner): PatrolService {
  const bus = createEventBus()
  bus.subscribe((event, payload) => {
    if (event === 'patrol:progress') events.push(payload as PatrolProgressEvent)
    if (event === 'db:changed') tables.push((payload as { tables: string[] }).tables)
  })
  let n = 0
  return createPatrolService({ db, events: bus, runner, newId: () => `job${++n}`, now: () => 1_000 })
}

const input = (): PatrolPlanInput => ({ storeIds, managers: [manager], dateFrom: '2026-12-07', dateTo: '2026-12-13', timeLimitMs: 3_000 })

async function finished(jobId: string): Promise<PatrolProgressEvent> {
  for (let i = 0; i < 200; i++) {
    const end = events.find((e) => e.jobId === jobId && e.status !== 'running')
    if (end) return end
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error('job did not finish')
}

beforeEach(() => {
  ;({ db, cleanup } = createTestDb())
  seedDemoEnterprise(db, { seed: 7, stores: 300, guides: 100, relations: 500 })
  // 60 stores of the East region, Shanghai first: a day's drive reaches Shanghai, not Nanjing.
  storeIds = db.prepare<[], string>("SELECT id FROM store WHERE region_id = 'r-east' ORDER BY city <> '上海', code LIMIT 60").pluck().all()
  db.prepare('UPDATE store SET lat = NULL, lng = NULL WHERE id = ?').run(storeIds[1])
  events = []
  tables = []
})
afterEach(() => cleanup())

describe('patrol service on the demo cache', () => {
  it('lists regions, stores with type and city, and members who can patrol', () => {
    const o = service().options()
    expect(o.regions.map((r) => r.id)).toContain('r-east')
    expect(o.stores.find((s) => s.id === storeIds[1])).toMatchObject({ regionId: 'r-east', hasLocation: false })
    expect(o.stores.every((s) => ['ka', 'supermarket', 'convenience', 'mom_pop'].includes(s.type))).toBe(true)
    expect(o.managers.length).toBeGreaterThan(0)
  })

  it('plans 60 stores × 1 manager × 5 days, saves, reads back and deletes the plan', async () => {
    const s = service()
    expect(invokeSchemas['patrol:plan'].safeParse(input()).success).toBe(true)
    const { jobId } = s.plan(input())
    expect((await finished(jobId)).status).toBe('done')
    expect(events.some((e) => e.status === 'running' && e.progress !== null)).toBe(true)
    const plan = s.get({ jobId }).plan!
    expect(new Set(plan.days.map((d) => d.date)).size).toBeLessThanOrEqual(5)
    expect(plan.days.every((d) => d.managerId === 'zhang' && d.date >= '2026-12-07' && d.date <= '2026-12-11')).toBe(true)
    expect(plan.unplaced).toContainEqual({ storeId: storeIds[1], visitNo: 0, reason: 'no_coordinates' })
    const shanghai = db.prepare<[], string>("SELECT id FROM store WHERE city = '上海' AND lat IS NOT NULL").pluck().all()
    const visited = new Set(plan.days.flatMap((d) => d.stops.map((x) => x.storeId)))
    expect(shanghai.filter((id) => storeIds.includes(id)).every((id) => visited.has(id))).toBe(true)
    for (const u of plan.unplaced) expect(['no_coordinates', 'beyond_working_time', 'unreachable_in_period', 'window_too_short']).toContain(u.reason)

    const { planId } = s.save(jobId, '十二月第一周')
    expect(tables).toContainEqual(['patrol_plan', 'patrol_visit'])
    expect(s.list()).toEqual([expect.objectContaining({ planId, name: '十二月第一周', dateFrom: '2026-12-07', managers: 1, visitsPlaced: plan.visitsPlaced })])
    const saved = s.get({ planId })
    expect(saved.plan!.days).toEqual(plan.days)
    expect(saved.plan!.unplaced).toEqual(plan.unplaced)
    expect(s.delete(planId)).toEqual({ deleted: true })
    expect(s.list()).toEqual([])
    expect(db.prepare('SELECT COUNT(*) FROM patrol_visit').pluck().get()).toBe(0)
  })

  it('cancels a running job, which then keeps the plan it had', async () => {
    const waitForCancel: PatrolRunner = (_req, o) =>
      new Promise((resolve) => o.signal!.addEventListener('abort', () => resolve({ days: [], unplaced: [], visitsRequired: 0, visitsPlaced: 0, travelMinutes: 0, travelKm: 0, rounds: 0, elapsedMs: 1, firstCompleteMs: null })))
    const s = service(waitForCancel)
    const { jobId } = s.plan(input())
    expect(s.get({ jobId }).status).toBe('running')
    expect(s.cancel(jobId)).toEqual({ cancelled: true })
    expect((await finished(jobId)).status).toBe('cancelled')
    expect(s.cancel(jobId)).toEqual({ cancelled: false })
    expect(() => s.cancel('nope')).toThrow(/找不到/)
  })

  it('refuses a period without working days or longer than a quarter', () => {
    const s = service()
    expect(() => s.plan({ ...input(), dateFrom: '2026-12-12', dateTo: '2026-12-13' })).toThrow(/没有工作日/)
    expect(() => s.plan({ ...input(), dateFrom: '2026-01-01', dateTo: '2026-12-31' })).toThrow(/92/)
  })
})
