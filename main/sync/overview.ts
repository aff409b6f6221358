/** The Sync screen's snapshot, read from sync_state and the last run's summary. */
import {
  SYNC_ENTITIES,
  type QuotaMeter,
  type SyncEntityStatus,
  type SyncOverview,
  type SyncRunSummary
} from '../../preload/contract/models'
import type { SettingRepo } from '../db/repos/setting-repo'
import type { SyncStateRepo } from '../db/repos/sync-state-repo'
import { LAST_RUN_SETTING_KEY } from './sync-run'
import { entityState, isCancelled, parseCheckpoint, parseError } from './sync-state'

export interface OverviewInput {
  readonly state: SyncStateRepo
  readonly settings: SettingRepo
  readonly source: 'demo' | 'wecom'
  readonly running: boolean
  readonly nextRunAt: number | null
  readonly quota: QuotaMeter[]
}

export function buildOverview(input: OverviewInput): SyncOverview {
  const entities = SYNC_ENTITIES.map((entity): SyncEntityStatus => {
    const record = input.state.get(entity)
    const state = entityState(record, input.running)
    return {
      entity,
      state,
      done: record?.done ?? 0,
      total: record?.total ?? null,
      rows: parseCheckpoint(record)?.rows ?? 0,
      startedAt: record?.started_at ?? null,
      finishedAt: record?.finished_at ?? null,
      lastError: isCancelled(record) ? null : parseError(record)
    }
  })
  return {
    source: input.source,
    running: input.running,
    entities,
    lastRun: input.settings.get<SyncRunSummary>(LAST_RUN_SETTING_KEY) ?? null,
    nextRunAt: input.nextRunAt,
    quota: input.quota
  }
}
