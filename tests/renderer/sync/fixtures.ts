import {
  SYNC_ENTITIES,
  type QuotaMeter,
  type SyncEntityStatus,
  type SyncOverview,
  type SyncProgress,
  type SyncRunSummary
} from '../../../preload/contract/models'

/** 2024-05-01 10:00 local: a fixed clock for times and countdowns. */
export const T0 = new Date(2024, 4, 1, 10, 0, 0).getTime()

export const entity = (
  name: SyncEntityStatus['entity'],
  patch: Partial<SyncEntityStatus> = {}
): SyncEntityStatus => ({
  entity: name,
  state: 'done',
  done: 10,
  total: 10,
  rows: 100,
  startedAt: T0 - 60_000,
  finishedAt: T0 - 30_000,
  lastError: null,
  ...patch
})

export const meter = (path: string, patch: Partial<QuotaMeter> = {}): QuotaMeter => ({
  path,
  usedMinute: 120,
  limitMinute: 5000,
  usedHour: 3000,
  limitHour: 75_000,
  blockedUntil: null,
  concurrency: 2,
  ...patch
})

export const run = (patch: Partial<SyncRunSummary> = {}): SyncRunSummary => ({
  runId: 'r1',
  startedAt: T0 - 125_000,
  finishedAt: T0,
  outcome: 'ok',
  rows: { departments: 30, members: 400, customers: 20_000 },
  error: null,
  ...patch
})

export const overview = (patch: Partial<SyncOverview> = {}): SyncOverview => ({
  source: 'demo',
  running: false,
  entities: SYNC_ENTITIES.map((e) => entity(e)),
  lastRun: run(),
  nextRunAt: null,
  quota: [meter('user/list_id'), meter('externalcontact/batch/get_by_user')],
  ...patch
})

export const progress = (patch: Partial<SyncProgress> = {}): SyncProgress => ({
  runId: 'r2',
  entity: 'customers',
  done: 50,
  total: 200,
  rows: 4_321,
  etaMs: 200_000,
  quota: [],
  ...patch
})
