import type { Db } from '../db/connection'
import type { OutboxItem, OutboxState, OutboxSummary } from '../../preload/contract/models'
import { createOutboxReader } from './outbox-reader'
import type { OutboxWorker } from './outbox-worker'
import { createOutboxWriter } from './outbox-writer'

/**
 * The outbox as services see it: a writer whose enqueues wake the worker, the reader, and the
 * Sync screen's three requests. Without a worker (tests of other services) rows just wait.
 */
export function createOutboxService(deps: { db: Db; now: () => number; worker?: OutboxWorker | undefined }) {
  const { worker } = deps
  const writer = createOutboxWriter(deps.db, deps.now, worker ? () => worker.wake() : undefined)
  const reader = createOutboxReader(deps.db)
  return {
    writer,
    reader,
    summary: (): OutboxSummary => reader.summary(),
    list: (q: { state?: OutboxState | undefined; limit?: number | undefined }): OutboxItem[] =>
      reader.list({ state: q.state, limit: q.limit ?? 200 }),
    /** The user's 重试: these failed rows, or every failed row when ids is absent. */
    retry: (q: { ids?: number[] | undefined }): { requeued: number } =>
      worker ? worker.retry(q.ids) : { requeued: 0 }
  }
}
export type OutboxService = ReturnType<typeof createOutboxService>
