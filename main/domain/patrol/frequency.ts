/**
 * How often each store must be seen, and how far apart its visits must be. Defaults follow the
 * issue: KA weekly, supermarkets every two weeks, convenience and mom-and-pop shops monthly.
 */
import type { PatrolStore, PatrolStoreType, VisitFrequency } from './model'

export const WORKING_DAYS_PER_WEEK = 5

export const DEFAULT_FREQUENCIES: Record<PatrolStoreType, VisitFrequency> = {
  ka: { visits: 1, weeks: 1 },
  supermarket: { visits: 1, weeks: 2 },
  convenience: { visits: 1, weeks: 4 },
  mom_pop: { visits: 1, weeks: 4 }
}

export function frequencyOf(store: PatrolStore, overrides: Partial<Record<PatrolStoreType, VisitFrequency>> = {}): VisitFrequency {
  return store.frequency ?? overrides[store.type] ?? DEFAULT_FREQUENCIES[store.type]
}

/**
 * Visits due in a period of `days` working days. Rounded up, so a monthly store is still seen
 * once in a two-week plan (a plan that skips half the shops would need their last visit dates,
 * which the cache does not have); never more than one a day.
 */
export function visitsInPeriod(f: VisitFrequency, days: number): number {
  const due = Math.ceil((days * f.visits) / (f.weeks * WORKING_DAYS_PER_WEEK) - 1e-9)
  return Math.min(days, Math.max(1, due))
}

/** Smallest allowed gap in days between two visits of a store: its even spacing less one day. */
export function minGap(visits: number, days: number): number {
  if (visits <= 1) return days
  return Math.max(1, Math.floor(days / visits) - 1)
}
