/** The sync engine's public surface; the other files in this folder are its parts. */
export {
  createSyncEngine,
  type SyncEngine,
  type SyncEngineOptions,
  type SyncRunHandle
} from './engine'
export type { SyncTimers } from './schedule'
export { cacheDigest, DIGEST_TABLES } from './digest'
export { DEFAULT_TUNING, SYNC_QUOTA_FRACTION, type SyncTuning } from './job'
export { GROUP_REFRESH_SETTING_KEY } from './jobs/groups-job'
export { LAST_RUN_SETTING_KEY } from './sync-run'
export { DURATIONS_SETTING_KEY } from './progress'
