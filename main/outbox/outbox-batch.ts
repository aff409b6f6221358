import { randomBytes } from 'node:crypto'
import type { Db } from '../db/connection'
import { SUPERSEDABLE, type OutboxKind } from './commands'

/** Kinds whose newer row replaces an unsent older one, as SQL text for an IN list (fixed names). */
const SUPERSEDABLE_KINDS = (Object.keys(SUPERSEDABLE) as OutboxKind[])
  .filter((k) => SUPERSEDABLE[k])
  .map((k) => `'${k}'`)
  .join(', ')

/**
 * Idempotency keys that sort by creation: a time prefix, a random part so two writers in the same
 * millisecond never collide, then the row's position in its batch. New keys append to the end of
 * the unique index instead of landing on random pages, which made 20,000 UUID inserts slow. The
 * ':' keeps them apart from the random UUIDs older rows carry, so uniqueness still holds.
 */
export function createKeyPrefix(at: number): string {
  return `${Math.max(0, Math.trunc(at)).toString(36).padStart(9, '0')}-${randomBytes(8).toString('hex')}`
}

/** Padded so a batch's keys sort in row order (10M rows per batch before order would slip). */
export const keyFor = (prefix: string, seq: number): string => `${prefix}:${String(seq).padStart(7, '0')}`

/**
 * The batch supersede, one statement: every pending or failed row of a supersedable kind that has
 * a newer row of the same (entity, entity_id, kind) in the batch [first, last] points at the first
 * such newer row. That is exactly what one single enqueue after another leaves (each supersedes
 * the rows before it, so an older row ends pointing at the next one), including two rows of one
 * entity inside the batch. Both lookups seek `sync_outbox_by_entity (entity, entity_id, id)`.
 * Only this connection's inserts lie in [first, last]: enqueue is synchronous in one transaction.
 */
export const BATCH_SUPERSEDE_SQL = `UPDATE sync_outbox AS o SET state = 'superseded', superseded_by = (
     SELECT min(n.id) FROM sync_outbox n
     WHERE n.entity = o.entity AND n.entity_id = o.entity_id AND n.id > o.id
       AND n.id BETWEEN @first AND @last AND n.op = o.op)
   WHERE o.id IN (
     SELECT older.id FROM sync_outbox n
     -- CROSS JOIN keeps the batch as the outer loop (the planner would otherwise walk every pending
     -- row by state); '+' keeps the state index out, so each batch row seeks by entity.
     CROSS JOIN sync_outbox older ON older.entity = n.entity AND older.entity_id = n.entity_id AND older.id < n.id
     WHERE n.id BETWEEN @first AND @last AND n.op IN (${SUPERSEDABLE_KINDS})
       AND older.op = n.op AND +older.state IN ('pending', 'failed'))`

export function createBatchSupersede(db: Db) {
  const supersede = db.prepare<{ first: number; last: number }>(BATCH_SUPERSEDE_SQL)
  /** Rows superseded; a no-op when no kind is supersedable or the batch is empty. */
  return (first: number, last: number): number =>
    SUPERSEDABLE_KINDS === '' || last < first ? 0 : supersede.run({ first, last }).changes
}
