/**
 * 巡店 patrol planning as it crosses the bridge: the plan request, the plan (per manager per day
 * the ordered visits with times and slack, unplaced visits with reasons), progress and saved plans.
 * Times of day are minutes after midnight; dates are `YYYY-MM-DD`.
 */
import { z } from 'zod'

export type PatrolStoreType = 'ka' | 'supermarket' | 'convenience' | 'mom_pop'

/** `visits` visits every `weeks` weeks (of five working days). */
export interface VisitFrequency {
  visits: number
  weeks: number
}

export interface LunchBreak {
  /** Start of the break, minutes after midnight. */
  start: number
  minutes: number
}

export type PatrolUnplacedReason = 'window_too_short' | 'beyond_working_time' | 'unreachable_in_period' | 'no_coordinates'

export interface PatrolStop {
  storeId: string
  /** 1-based: which of the store's visits in the period this is. */
  visitNo: number
  arrival: number
  start: number
  end: number
  wait: number
  slack: number
}

export interface PatrolDay {
  managerId: string
  date: string
  stops: PatrolStop[]
  departure: number
  returnAt: number
  travelMinutes: number
  travelKm: number
}

export interface PatrolUnplaced {
  storeId: string
  /** 0 when the whole store is unplannable (no coordinates). */
  visitNo: number
  reason: PatrolUnplacedReason
}

export interface PatrolPlan {
  days: PatrolDay[]
  unplaced: PatrolUnplaced[]
  visitsRequired: number
  visitsPlaced: number
  travelMinutes: number
  travelKm: number
  /** Pattern-and-route improvement rounds run after the first plan. */
  rounds: number
  elapsedMs: number
  /** When the first plan with every placeable visit placed existed; null if none did. */
  firstCompleteMs: number | null
}

export interface PatrolProgress {
  phase: 'first' | 'improve'
  elapsedMs: number
  daysSolved: number
  daysTotal: number
  round: number
  unplaced: number
  travelMinutes: number
}

export type PatrolJobStatus = 'running' | 'done' | 'failed' | 'cancelled'

/** A planning job (in memory until saved) or a saved plan (`planId`). */
export interface PatrolPlanView {
  jobId: string | null
  planId: number | null
  name: string | null
  status: PatrolJobStatus
  request: PatrolPlanInput
  progress: PatrolProgress | null
  plan: PatrolPlan | null
  error: string | null
  createdAt: number
}

export interface PatrolPlanSummary {
  planId: number
  name: string
  createdAt: number
  dateFrom: string
  dateTo: string
  managers: number
  visitsPlaced: number
  visitsRequired: number
  travelKm: number
}

export interface PatrolOptionsView {
  regions: { id: string; name: string }[]
  stores: { id: string; code: string; name: string; regionId: string; city: string; type: PatrolStoreType; hasLocation: boolean }[]
  managers: { userid: string; name: string }[]
}

/** `patrol:progress`: the job's latest progress, then its end. */
export interface PatrolProgressEvent {
  jobId: string
  status: PatrolJobStatus
  progress: PatrolProgress | null
}

const minuteOfDay = z.number().int().min(0).max(24 * 60)
const latLng = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成 YYYY-MM-DD')
const frequency = z.object({ visits: z.number().int().min(1).max(7), weeks: z.number().int().min(1).max(52) }).strict()
const storeType = z.enum(['ka', 'supermarket', 'convenience', 'mom_pop'])

export const patrolManagerInput = z
  .object({
    userid: z.string().min(1).max(64),
    start: latLng,
    end: latLng,
    workStart: minuteOfDay,
    workEnd: minuteOfDay,
    weekdays: z.array(z.number().int().min(1).max(7)).max(7).optional(),
    lunch: z.object({ start: minuteOfDay, minutes: z.number().int().min(10).max(180) }).strict().optional()
  })
  .strict()
  .refine((m) => m.workEnd > m.workStart, '下班时间应晚于上班时间')

export const patrolPlanInput = z
  .object({
    regionIds: z.array(z.string().min(1).max(64)).max(500).optional(),
    storeIds: z.array(z.string().min(1).max(64)).max(20_000).optional(),
    managers: z.array(patrolManagerInput).min(1, '至少选择一位巡店经理').max(50),
    dateFrom: isoDate,
    dateTo: isoDate,
    /** ISO weekdays that are working days (default Monday–Friday). */
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional(),
    frequencies: z.partialRecord(storeType, frequency).optional(),
    storeFrequencies: z.record(z.string().max(64), frequency).optional(),
    storePriorities: z.record(z.string().max(64), z.number().int().min(0).max(9)).optional(),
    timeLimitMs: z.number().int().min(200).max(120_000).optional()
  })
  .strict()
  .refine((q) => q.dateTo >= q.dateFrom, '结束日期不能早于开始日期')

export type PatrolPlanInput = z.infer<typeof patrolPlanInput>
