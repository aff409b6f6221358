/**
 * Rarer WAL checkpoints while a sync run lasts. A run commits a few thousand customer rows at a
 * time, and their keys (customer ids, names, tags) land all over their B-trees, so each commit
 * dirties thousands of pages. At SQLite's default checkpoint every 1,000 WAL pages, every commit
 * also copies its pages into the database file and syncs it: measured at 1M relations, that is
 * about two thirds of the write time. The run's end folds the WAL in once (and truncates it),
 * so no screen's next write pays for the run's checkpoint.
 */
import type { Db } from '../db/connection'

export async function withBulkWrites<T>(
  db: Db,
  checkpointPages: number,
  work: () => Promise<T>
): Promise<T> {
  if (!(checkpointPages > 0)) return work()
  const before = db.pragma('wal_autocheckpoint', { simple: true }) as number
  db.pragma(`wal_autocheckpoint = ${Math.round(checkpointPages)}`)
  try {
    return await work()
  } finally {
    if (db.open) restore(db, before)
  }
}

function restore(db: Db, checkpointPages: number): void {
  db.pragma(`wal_autocheckpoint = ${checkpointPages}`)
  try {
    db.pragma('wal_checkpoint(TRUNCATE)')
  } catch {
    // The run's data is committed either way; the next automatic checkpoint folds the WAL in.
  }
}
