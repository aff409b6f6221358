import type Database from 'better-sqlite3'

/**
 * 通知 (notices to guides): one `notice` row per send, linked to its message/send outbox rows by
 * entity 'notice' + entity_id = the notice id (and action_id = the audit entry's); delivery is read
 * from those rows, never copied here. `notice_audience` keeps named guide filters
 * (e.g. 华东大区全部导购). Notices are user history: later changes stay additive.
 */
export default function migrate0080(db: Database.Database): void {
  db.exec(`
    CREATE TABLE notice (
      id               INTEGER PRIMARY KEY,
      action_id        TEXT NOT NULL UNIQUE,
      created_at       INTEGER NOT NULL,
      actor            TEXT NOT NULL,
      msgtype          TEXT NOT NULL CHECK (msgtype IN ('text', 'markdown')),
      -- the full message as sent (task lines included)
      content          TEXT NOT NULL,
      -- YYYY-MM-DD when the notice is a task
      due_date         TEXT,
      -- JSON: { kind: 'userids', count } or { kind: 'filter', filter, name }
      audience         TEXT NOT NULL,
      recipient_count  INTEGER NOT NULL CHECK (recipient_count > 0),
      chunk_count      INTEGER NOT NULL CHECK (chunk_count > 0)
    ) STRICT;
    CREATE INDEX notice_by_created ON notice (created_at, id);
    CREATE TABLE notice_audience (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL UNIQUE,
      -- JSON NoticeFilter: regionIds / storeIds / tags / statuses
      filter      TEXT NOT NULL,
      created_at  INTEGER NOT NULL
    ) STRICT;
  `)
}
