import type { PatrolDay, PatrolPlan, PatrolPlanInput, PatrolPlanSummary, PatrolStop } from '../../../preload/contract/patrol-models'
import type { Db } from '../connection'

interface PlanRecord {
  id: number
  name: string
  created_at: number
  date_from: string
  date_to: string
  request: string
  plan: string
}

interface VisitRecord {
  manager_userid: string
  visit_date: string
  store_id: string
  visit_no: number
  arrival_min: number
  start_min: number
  end_min: number
  wait_min: number
  slack_min: number
}

export interface SavedPatrolPlan {
  id: number
  name: string
  createdAt: number
  request: PatrolPlanInput
  plan: PatrolPlan
}

const dayKey = (managerId: string, date: string): string => `${managerId}@${date}`

const toStop = (r: VisitRecord): PatrolStop => ({
  storeId: r.store_id,
  visitNo: r.visit_no,
  arrival: r.arrival_min,
  start: r.start_min,
  end: r.end_min,
  wait: r.wait_min,
  slack: r.slack_min
})

/** All SQL for `patrol_plan` and `patrol_visit`. Callers own the transaction of `insert`. */
export function createPatrolPlanRepo(db: Db) {
  const insertPlan = db.prepare<Omit<PlanRecord, 'id'>>(
    `INSERT INTO patrol_plan (name, created_at, date_from, date_to, request, plan)
     VALUES (@name, @created_at, @date_from, @date_to, @request, @plan)`
  )
  const insertVisit = db.prepare(`INSERT INTO patrol_visit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const one = db.prepare<[number], PlanRecord>('SELECT * FROM patrol_plan WHERE id = ?')
  const visits = db.prepare<[number], VisitRecord>('SELECT * FROM patrol_visit WHERE plan_id = ? ORDER BY manager_userid, visit_date, seq')
  const all = db.prepare<[], PlanRecord>('SELECT * FROM patrol_plan ORDER BY created_at DESC, id DESC')
  const remove = db.prepare<[number]>('DELETE FROM patrol_plan WHERE id = ?')
  const removeVisits = db.prepare<[number]>('DELETE FROM patrol_visit WHERE plan_id = ?')

  return {
    /** The plan row, then one row per stop in route order; returns the new plan id. */
    insert(name: string, createdAt: number, request: PatrolPlanInput, plan: PatrolPlan): number {
      const days = plan.days.map((d) => ({ ...d, stops: [] }))
      const row = { name, created_at: createdAt, date_from: request.dateFrom, date_to: request.dateTo, request: JSON.stringify(request), plan: JSON.stringify({ ...plan, days }) }
      const id = Number(insertPlan.run(row).lastInsertRowid)
      for (const d of plan.days) {
        d.stops.forEach((s, seq) => insertVisit.run(id, d.managerId, d.date, seq, s.storeId, s.visitNo, s.arrival, s.start, s.end, s.wait, s.slack))
      }
      return id
    },
    get(id: number): SavedPatrolPlan | null {
      const r = one.get(id)
      if (!r) return null
      const plan = JSON.parse(r.plan) as PatrolPlan
      const stops = new Map<string, PatrolStop[]>()
      for (const v of visits.all(id)) {
        const key = dayKey(v.manager_userid, v.visit_date)
        stops.set(key, [...(stops.get(key) ?? []), toStop(v)])
      }
      const days: PatrolDay[] = plan.days.map((d) => ({ ...d, stops: stops.get(dayKey(d.managerId, d.date)) ?? [] }))
      return { id: r.id, name: r.name, createdAt: r.created_at, request: JSON.parse(r.request) as PatrolPlanInput, plan: { ...plan, days } }
    },
    list(): PatrolPlanSummary[] {
      return all.all().map((r) => {
        const plan = JSON.parse(r.plan) as PatrolPlan
        const request = JSON.parse(r.request) as PatrolPlanInput
        return { planId: r.id, name: r.name, createdAt: r.created_at, dateFrom: r.date_from, dateTo: r.date_to, managers: request.managers.length, visitsPlaced: plan.visitsPlaced, visitsRequired: plan.visitsRequired, travelKm: plan.travelKm }
      })
    },
    /** Visits first: the cascade needs foreign keys on, which a caller's connection may not have. */
    delete(id: number): boolean {
      removeVisits.run(id)
      return remove.run(id).changes > 0
    }
  }
}
export type PatrolPlanRepo = ReturnType<typeof createPatrolPlanRepo>
