/** Public surface of the patrol planner (see README.md in this folder). */
export type * from './model'
export { planPatrol, DEFAULT_PATROL_BUDGET_MS, type PatrolRun } from './plan-patrol'
export { DEFAULT_FREQUENCIES, visitsInPeriod, minGap } from './frequency'
export { candidatePatterns, isSpaced } from './patterns'
export { startWindows, openIntervals } from './windows'
