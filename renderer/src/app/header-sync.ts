import type { SyncOverview, SyncProgress } from '../../../preload/contract/models'
import { overallPercent } from '../features/sync/sync-format'

/** What the header's compact sync status says. */
export type HeaderSync =
  | { kind: 'running'; percent: number | null }
  | { kind: 'failed'; at: number }
  | { kind: 'cancelled'; at: number }
  | { kind: 'synced'; at: number }
  | { kind: 'never' }

/**
 * From the sync overview and the latest progress event; `lastSyncedAt` (app:status) stands in
 * when the overview is not loaded, e.g. when the demo data was seeded and never synced since.
 */
export function headerSync(
  overview: SyncOverview | undefined,
  progress: SyncProgress | null,
  lastSyncedAt: number | null
): HeaderSync {
  if (progress) return { kind: 'running', percent: overallPercent(progress) }
  if (overview?.running) return { kind: 'running', percent: null }
  const run = overview?.lastRun
  if (run?.outcome === 'failed') return { kind: 'failed', at: run.finishedAt }
  if (run?.outcome === 'cancelled') return { kind: 'cancelled', at: run.finishedAt }
  const at = run?.outcome === 'ok' ? Math.max(run.finishedAt, lastSyncedAt ?? 0) : lastSyncedAt
  return at ? { kind: 'synced', at } : { kind: 'never' }
}
