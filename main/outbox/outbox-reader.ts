import type { Db } from '../db/connection'
import type { OutboxErrorInfo, OutboxItem, OutboxState, OutboxSummary } from '../../preload/contract/models'
import { englishFor } from './outbox-errors'

/** The latest outbox row for one entity id: what the grids show next to a pending change. */
export interface OutboxRowStatus {
  id: number
  kind: string
  state: OutboxState
  attempts: number
  lastError: OutboxErrorInfo | null
  deliveredAt: number | null
  createdAt: number
}

interface Row {
  id: number
  entity: string
  entity_id: string
  op: string
  state: OutboxState
  attempts: number
  created_at: number
  next_try_at: number
  delivered_at: number | null
  error_code: string | null
  last_error: string | null
  action_id: string | null
}

const COLUMNS = `id, entity, entity_id, op, state, attempts, created_at, next_try_at, delivered_at,
  error_code, last_error, action_id`
/** SQLite caps bound parameters; grids ask for one page of ids, chunks keep huge asks safe. */
const IDS_PER_QUERY = 500

/** Read side of the outbox for services and the Sync screen; never writes. */
export function createOutboxReader(db: Db) {
  // Superseded rows never count: they were replaced by a newer row for the same id.
  const counts = db.prepare<[], { state: OutboxState; n: number }>(
    `SELECT state, count(*) AS n FROM sync_outbox WHERE state != 'superseded' GROUP BY state`
  )
  const listAll = db.prepare<{ limit: number }, Row>(
    `SELECT ${COLUMNS} FROM sync_outbox WHERE state != 'superseded' ORDER BY id DESC LIMIT @limit`
  )
  const listByState = db.prepare<{ state: string; limit: number }, Row>(
    `SELECT ${COLUMNS} FROM sync_outbox WHERE state = @state ORDER BY id DESC LIMIT @limit`
  )
  const latestFor = (n: number) =>
    db.prepare<unknown[], Row>(
      `SELECT ${COLUMNS} FROM sync_outbox o WHERE o.entity = ? AND o.entity_id IN (${Array(n).fill('?').join(',')})
         AND o.state != 'superseded'
         AND o.id = (SELECT max(id) FROM sync_outbox l WHERE l.entity = o.entity AND l.entity_id = o.entity_id
                     AND l.state != 'superseded')`
    )

  return {
    /** Latest non-superseded row per id; ids with no row are absent from the map. */
    statusFor(entity: string, ids: readonly string[]): Map<string, OutboxRowStatus> {
      const out = new Map<string, OutboxRowStatus>()
      for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
        const chunk = ids.slice(i, i + IDS_PER_QUERY)
        for (const r of latestFor(chunk.length).all(entity, ...chunk)) out.set(r.entity_id, toStatus(r))
      }
      return out
    },
    summary(): OutboxSummary {
      const s: OutboxSummary = { pending: 0, sending: 0, delivered: 0, failed: 0 }
      for (const r of counts.all()) if (r.state in s) s[r.state] = r.n
      return s
    },
    /** Newest first. */
    list(q: { state?: OutboxState | undefined; limit: number }): OutboxItem[] {
      const rows = q.state ? listByState.all({ state: q.state, limit: q.limit }) : listAll.all({ limit: q.limit })
      return rows.map(toItem)
    }
  }
}
export type OutboxReader = ReturnType<typeof createOutboxReader>

function errorOf(r: Row): OutboxErrorInfo | null {
  if (r.error_code === null) return null
  return { code: r.error_code, zh: r.last_error ?? '', en: englishFor(r.error_code) }
}

function toStatus(r: Row): OutboxRowStatus {
  return {
    id: r.id,
    kind: r.op,
    state: r.state,
    attempts: r.attempts,
    lastError: errorOf(r),
    deliveredAt: r.delivered_at,
    createdAt: r.created_at
  }
}

function toItem(r: Row): OutboxItem {
  return {
    id: r.id,
    kind: r.op,
    entity: r.entity,
    entityId: r.entity_id,
    state: r.state,
    attempts: r.attempts,
    createdAt: r.created_at,
    nextTryAt: r.next_try_at,
    deliveredAt: r.delivered_at,
    lastError: errorOf(r),
    actionId: r.action_id
  }
}
