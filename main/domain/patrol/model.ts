/**
 * The patrol (巡店) request and plan as the planner sees them: stores with their type, hours and
 * coordinates, managers with their days, a list of working dates. Times of day are minutes after
 * midnight; dates are `YYYY-MM-DD`. Nothing here touches the database.
 */
import type { LatLng, RoadModel } from '../../routing'
import type { LunchBreak, PatrolProgress, PatrolStoreType, VisitFrequency } from '../../../preload/contract/patrol-models'

export type * from '../../../preload/contract/patrol-models'

export interface PatrolStore {
  id: string
  code: string
  name: string
  type: PatrolStoreType
  /** "HH:MM-HH:MM" (see stores/opening-hours.ts); null = no restriction. */
  openingHours: string | null
  visitMinutes: number
  /** GCJ-02; null → the store is listed as not plannable (`no_coordinates`). */
  location: LatLng | null
  /** Overrides the type's default frequency. */
  frequency?: VisitFrequency
  /** Higher first when the days are too full for everyone (default 0). */
  priority?: number
}

export interface PatrolManager {
  userid: string
  start: LatLng
  end: LatLng
  workStart: number
  workEnd: number
  /** ISO weekdays (1 = Monday … 7 = Sunday) this manager works; default every date of the request. */
  weekdays?: number[]
  lunch?: LunchBreak
}

export interface PatrolRequest {
  /** The working dates of the period, ascending. */
  dates: string[]
  stores: PatrolStore[]
  managers: PatrolManager[]
  frequencies?: Partial<Record<PatrolStoreType, VisitFrequency>>
  roadModel?: RoadModel
}

export interface PatrolOptions {
  timeLimitMs?: number
  seed?: number
  signal?: { readonly aborted: boolean }
  onProgress?: (p: PatrolProgress) => void
}
