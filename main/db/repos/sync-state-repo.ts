import type { Db } from '../connection'

/** What the schema allows in sync_state.status. */
export type SyncStateStatus = 'idle' | 'running' | 'failed' | 'done'

/** One sync_state row: a checkpoint per entity, plus the run's own row (see main/sync). */
export interface SyncStateRecord {
  entity: string
  /** JSON written by the sync engine; null before the first run. */
  cursor: string | null
  status: SyncStateStatus
  done: number
  total: number | null
  started_at: number | null
  finished_at: number | null
  /** JSON {code, message} of the last failure, or null. */
  last_error: string | null
}

/**
 * All SQL for sync_state. Callers write a checkpoint inside the same transaction as the page it
 * describes; this repo opens none of its own.
 */
export function createSyncStateRepo(db: Db) {
  const one = db.prepare<[string], SyncStateRecord>('SELECT * FROM sync_state WHERE entity = ?')
  const all = db.prepare<[], SyncStateRecord>('SELECT * FROM sync_state ORDER BY entity')
  const put = db.prepare<SyncStateRecord>(
    `INSERT INTO sync_state (entity, cursor, status, done, total, started_at, finished_at,
       last_error)
     VALUES (@entity, @cursor, @status, @done, @total, @started_at, @finished_at, @last_error)
     ON CONFLICT (entity) DO UPDATE SET cursor = excluded.cursor, status = excluded.status,
       done = excluded.done, total = excluded.total, started_at = excluded.started_at,
       finished_at = excluded.finished_at, last_error = excluded.last_error`
  )
  return {
    get: (entity: string): SyncStateRecord | undefined => one.get(entity),
    all: (): SyncStateRecord[] => all.all(),
    put: (record: SyncStateRecord): void => void put.run(record)
  }
}
export type SyncStateRepo = ReturnType<typeof createSyncStateRepo>
