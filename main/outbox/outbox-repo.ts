import type { Db } from '../db/connection'

/** A state the outbox row can be in; 'superseded' rows were replaced by a newer unsent one. */
export type OutboxState = 'pending' | 'sending' | 'delivered' | 'failed' | 'superseded'

/** One `sync_outbox` row as the worker and reader use it. */
export interface OutboxRecord {
  id: number
  entity: string
  entity_id: string
  op: string
  payload: string
  idempotency_key: string
  state: OutboxState
  attempts: number
  next_try_at: number
  last_error: string | null
  error_code: string | null
  result: string | null
  action_id: string | null
  created_at: number
  sent_at: number | null
  delivered_at: number | null
  superseded_by: number | null
}

export interface NewOutboxRow {
  entity: string
  entityId: string
  op: string
  payload: string
  idempotencyKey: string
  actionId: string | null
  createdAt: number
}

const COLUMNS = `id, entity, entity_id, op, payload, idempotency_key, state, attempts, next_try_at, last_error,
  error_code, result, action_id, created_at, sent_at, delivered_at, superseded_by`

/**
 * All SQL for `sync_outbox`. Single statements only: writes join the caller's transaction
 * (enqueue) or are one atomic statement each (the worker's state moves), never a transaction here.
 */
export function createOutboxRepo(db: Db) {
  const insert = db.prepare<NewOutboxRow>(
    `INSERT INTO sync_outbox
       (entity, entity_id, op, payload, idempotency_key, action_id, created_at, state, next_try_at)
     VALUES (@entity, @entityId, @op, @payload, @idempotencyKey, @actionId, @createdAt, 'pending', 0)`
  )
  // 'failed' rows are superseded too: retrying a stale failure after a newer change would undo it.
  const supersede = db.prepare<{ id: number; entity: string; entityId: string; op: string }>(
    `UPDATE sync_outbox SET state = 'superseded', superseded_by = @id
     WHERE entity = @entity AND entity_id = @entityId AND op = @op AND id < @id AND state IN ('pending', 'failed')`
  )
  // Per (entity, entity_id) rows go out in creation order: a row waits for older unfinished ones.
  const due = db.prepare<{ now: number; limit: number }, OutboxRecord>(
    `SELECT ${COLUMNS} FROM sync_outbox o
     WHERE o.state = 'pending' AND o.next_try_at <= @now
       AND NOT EXISTS (SELECT 1 FROM sync_outbox p WHERE p.entity = o.entity AND p.entity_id = o.entity_id
                       AND p.id < o.id AND p.state IN ('pending', 'sending'))
     ORDER BY o.id LIMIT @limit`
  )
  const nextWake = db.prepare<[], { at: number | null }>(
    `SELECT min(next_try_at) AS at FROM sync_outbox WHERE state = 'pending'`
  )
  const markSending = db.prepare<{ id: number; at: number }>(
    `UPDATE sync_outbox SET state = 'sending', attempts = attempts + 1, sent_at = @at
     WHERE id = @id AND state = 'pending'`
  )
  const markDelivered = db.prepare<{ id: number; at: number; result: string | null }>(
    `UPDATE sync_outbox SET state = 'delivered', delivered_at = @at, result = @result,
       last_error = NULL, error_code = NULL
     WHERE id = @id AND state = 'sending'`
  )
  const markRetry = db.prepare<{ id: number; nextTryAt: number; code: string; message: string }>(
    `UPDATE sync_outbox SET state = 'pending', next_try_at = @nextTryAt, error_code = @code, last_error = @message
     WHERE id = @id AND state = 'sending'`
  )
  const markFailed = db.prepare<{ id: number; code: string; message: string; result: string | null }>(
    `UPDATE sync_outbox SET state = 'failed', error_code = @code, last_error = @message,
       result = coalesce(@result, result)
     WHERE id = @id AND state = 'sending'`
  )
  const interrupted = db.prepare<[], OutboxRecord>(
    `SELECT ${COLUMNS} FROM sync_outbox WHERE state = 'sending' ORDER BY id`
  )
  // A crash left the row in flight. code 'interrupted' makes a reconciling kind check WeCom first.
  const requeueCrashed = db.prepare<{ id: number; at: number; code: string | null; message: string | null }>(
    `UPDATE sync_outbox SET state = 'pending', next_try_at = @at,
       error_code = coalesce(@code, error_code), last_error = coalesce(@message, last_error)
     WHERE id = @id AND state = 'sending'`
  )
  // The user's retry starts the row's automatic retries afresh.
  const requeueFailed = db.prepare<{ id: number; at: number }>(
    `UPDATE sync_outbox SET state = 'pending', next_try_at = @at, attempts = 0 WHERE id = @id AND state = 'failed'`
  )
  const failedIds = db.prepare<[], { id: number }>(`SELECT id FROM sync_outbox WHERE state = 'failed' ORDER BY id`)
  const byId = db.prepare<[number], OutboxRecord>(`SELECT ${COLUMNS} FROM sync_outbox WHERE id = ?`)

  return {
    insert: (row: NewOutboxRow): number => Number(insert.run(row).lastInsertRowid),
    supersedeOlder: (id: number, entity: string, entityId: string, op: string): number =>
      supersede.run({ id, entity, entityId, op }).changes,
    due: (now: number, limit: number): OutboxRecord[] => due.all({ now, limit }),
    nextWakeAt: (): number | null => nextWake.get()?.at ?? null,
    /** True when this caller claimed the row (it was still pending). */
    markSending: (id: number, at: number): boolean => markSending.run({ id, at }).changes === 1,
    markDelivered: (id: number, at: number, result: string | null): void =>
      void markDelivered.run({ id, at, result }),
    markRetry: (id: number, nextTryAt: number, code: string, message: string): void =>
      void markRetry.run({ id, nextTryAt, code, message }),
    markFailed: (id: number, code: string, message: string, result: string | null): void =>
      void markFailed.run({ id, code, message, result }),
    interrupted: (): OutboxRecord[] => interrupted.all(),
    requeueAfterCrash: (id: number, at: number, code: string | null = null, message: string | null = null): boolean =>
      requeueCrashed.run({ id, at, code, message }).changes === 1,
    /** The user's retry of a failed row; false when it is not (or no longer) failed. */
    requeueFailed: (id: number, at: number): boolean => requeueFailed.run({ id, at }).changes === 1,
    failedIds: (): number[] => failedIds.all().map((r) => r.id),
    byId: (id: number): OutboxRecord | undefined => byId.get(id)
  }
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>
