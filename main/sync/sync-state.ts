/**
 * How the engine reads and writes sync_state. One row per entity holds its checkpoint (JSON in
 * `cursor`), progress and last error; the row 'run' holds the run's epoch (`started_at`), so a
 * resumed run stamps rows with the same synced_at as the run it continues.
 *
 * The schema's status CHECK has no 'cancelled', so a cancelled entity or run is stored as
 * 'idle' with last_error code 'cancelled' and keeps its checkpoint.
 */
import type { SyncStateRecord, SyncStateRepo, SyncStateStatus } from '../db/repos/sync-state-repo'
import type { SyncEntityState } from '../../preload/contract/models'
import type { Checkpoint } from './job'

export const RUN_ROW = 'run'
export const CANCELLED_CODE = 'cancelled'

export interface SyncErrorInfo {
  code: string
  message: string
}

export interface StoredCheckpoint extends Checkpoint {
  /** Rows this entity wrote in this run so far. */
  readonly rows: number
}

export function parseCheckpoint(record: SyncStateRecord | undefined): StoredCheckpoint | null {
  if (!record?.cursor) return null
  try {
    const value = JSON.parse(record.cursor) as Partial<StoredCheckpoint>
    if (typeof value.unit !== 'number' || typeof value.cursor !== 'string') return null
    return { unit: value.unit, cursor: value.cursor, extra: value.extra, rows: value.rows ?? 0 }
  } catch {
    return null
  }
}

export function parseError(record: SyncStateRecord | undefined): SyncErrorInfo | null {
  if (!record?.last_error) return null
  try {
    const value = JSON.parse(record.last_error) as Partial<SyncErrorInfo>
    return { code: String(value.code ?? 'internal'), message: String(value.message ?? '') }
  } catch {
    return null
  }
}

export function isCancelled(record: SyncStateRecord | undefined): boolean {
  return record?.status === 'idle' && parseError(record)?.code === CANCELLED_CODE
}

/** The state the Sync screen shows for a stored row. */
export function entityState(record: SyncStateRecord | undefined, active: boolean): SyncEntityState {
  if (!record) return 'idle'
  if (isCancelled(record)) return 'cancelled'
  // 'running' left behind by a process that died: it resumes on the next run.
  if (record.status === 'running' && !active) return 'idle'
  return record.status
}

export interface EntityWrite {
  readonly status: SyncStateStatus
  readonly checkpoint: StoredCheckpoint | null
  readonly total: number | null
  readonly run: number
  readonly finishedAt?: number | null
  readonly error?: SyncErrorInfo | null
}

export function writeEntity(repo: SyncStateRepo, entity: string, w: EntityWrite): void {
  repo.put({
    entity,
    cursor: w.checkpoint ? JSON.stringify(w.checkpoint) : null,
    status: w.status,
    done: w.checkpoint?.unit ?? 0,
    total: w.total,
    started_at: w.run,
    finished_at: w.finishedAt ?? null,
    last_error: w.error ? JSON.stringify(w.error) : null
  })
}
