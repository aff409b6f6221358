/**
 * Notice tests: the real notice services on a real cache, with the real outbox writer. Delivery
 * runs the real worker against the real simulator (../../outbox/outbox-harness.ts).
 */
import { createEventBus } from '../../../../main/app/event-bus'
import type { Db } from '../../../../main/db/connection'
import { createAuditRepo } from '../../../../main/db/repos/audit-repo'
import { createSettingRepo } from '../../../../main/db/repos/setting-repo'
import { createOutboxWriter } from '../../../../main/outbox/outbox-writer'
import { createNoticeServices } from '../../../../main/services/notice-services'

export function noticeSetup(db: Db, options: { agentId?: number | null; now?: () => number } = {}) {
  const now = options.now ?? (() => 1_760_000_000_000)
  const changed: string[][] = []
  const events = createEventBus()
  events.subscribe((name, payload) => {
    if (name === 'db:changed') changed.push((payload as { tables: string[] }).tables)
  })
  const agentId = options.agentId === undefined ? 1000002 : options.agentId
  let n = 0
  const notices = createNoticeServices({
    db,
    events,
    audit: createAuditRepo(db),
    settings: createSettingRepo(db),
    outbox: createOutboxWriter(db, now),
    agentId: () => agentId,
    now,
    newId: () => `action-${++n}`
  })
  return { notices, changed }
}

/** Members straight into the cache: status 1 active unless given; 客户联系 on unless given. */
export function insertMembers(
  db: Db,
  members: { userid: string; name?: string; status?: number; follow?: boolean; removed?: boolean }[]
): void {
  const insert = db.prepare(
    `INSERT INTO member (userid, name, status, is_follow_user, removed_at, synced_at) VALUES (?, ?, ?, ?, ?, 1)`
  )
  db.transaction(() => {
    for (const m of members) {
      insert.run(m.userid, m.name ?? `导购${m.userid}`, m.status ?? 1, m.follow === false ? 0 : 1, m.removed ? 5 : null)
    }
  })()
}

export interface OutboxRow {
  entity: string
  entity_id: string
  action_id: string
  payload: string
}

export const outboxRows = (db: Db): OutboxRow[] =>
  db.prepare<[], OutboxRow>('SELECT entity, entity_id, action_id, payload FROM sync_outbox ORDER BY id').all()

export const count = (db: Db, table: string): number =>
  db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0
