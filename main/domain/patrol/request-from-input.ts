/**
 * The screen's request (regions or stores, managers, a date range) plus the cache's store rows →
 * the planner's request: working dates enumerated, stores filtered, per-store overrides applied.
 */
import type { PatrolPlanInput } from '../../../preload/contract/patrol-models'
import type { PatrolRequest, PatrolStore, PatrolStoreType } from './model'

/** The plan covers at most this many calendar days (a quarter); longer ranges are refused. */
export const MAX_PERIOD_DAYS = 92
const DEFAULT_WEEKDAYS = [1, 2, 3, 4, 5]

export interface StoreSource {
  id: string
  code: string
  name: string
  region_id: string
  type: PatrolStoreType
  opening_hours: string
  visit_minutes: number
  lng: number | null
  lat: number | null
}

/** Dates from `from` to `to` (inclusive) on the given ISO weekdays; null when the range is too long. */
export function workingDates(from: string, to: string, weekdays: readonly number[] = DEFAULT_WEEKDAYS): string[] | null {
  const out: string[] = []
  const end = new Date(`${to}T00:00:00Z`).getTime()
  let day = new Date(`${from}T00:00:00Z`)
  for (let n = 0; day.getTime() <= end; n++, day = new Date(day.getTime() + 86_400_000)) {
    if (n >= MAX_PERIOD_DAYS) return null
    const iso = day.getUTCDay() === 0 ? 7 : day.getUTCDay()
    if (weekdays.includes(iso)) out.push(day.toISOString().slice(0, 10))
  }
  return out
}

function wanted(input: PatrolPlanInput): (s: StoreSource) => boolean {
  const regions = input.regionIds ? new Set(input.regionIds) : null
  const stores = input.storeIds ? new Set(input.storeIds) : null
  return (s) => (regions === null || regions.has(s.region_id)) && (stores === null || stores.has(s.id))
}

function toStore(s: StoreSource, input: PatrolPlanInput): PatrolStore {
  const frequency = input.storeFrequencies?.[s.id]
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    type: s.type,
    openingHours: s.opening_hours,
    visitMinutes: s.visit_minutes,
    location: s.lat === null || s.lng === null ? null : { lat: s.lat, lng: s.lng },
    priority: input.storePriorities?.[s.id] ?? 0,
    ...(frequency ? { frequency } : {})
  }
}

export function requestFromInput(input: PatrolPlanInput, dates: string[], stores: readonly StoreSource[]): PatrolRequest {
  return {
    dates,
    stores: stores.filter(wanted(input)).map((s) => toStore(s, input)),
    managers: input.managers,
    frequencies: input.frequencies ?? {}
  }
}
