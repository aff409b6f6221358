import type Database from 'better-sqlite3'

/**
 * Bookkeeping: per-entity sync checkpoints, the outbox of writes owed to WeCom (user work:
 * changes to it must stay additive), the audit log of every user action, and settings.
 */
export default function migrate0040(db: Database.Database): void {
  db.exec(`
    CREATE TABLE sync_state (
      entity       TEXT PRIMARY KEY,
      cursor       TEXT,
      status       TEXT NOT NULL DEFAULT 'idle' CHECK (status IN ('idle', 'running', 'failed', 'done')),
      done         INTEGER NOT NULL DEFAULT 0,
      total        INTEGER,
      started_at   INTEGER,
      finished_at  INTEGER,
      last_error   TEXT
    ) STRICT;

    CREATE TABLE sync_outbox (
      id               INTEGER PRIMARY KEY,
      entity           TEXT NOT NULL,
      entity_id        TEXT NOT NULL,
      op               TEXT NOT NULL,
      payload          TEXT NOT NULL,
      idempotency_key  TEXT NOT NULL UNIQUE,
      attempts         INTEGER NOT NULL DEFAULT 0,
      next_try_at      INTEGER NOT NULL DEFAULT 0,
      last_error       TEXT,
      created_at       INTEGER NOT NULL,
      delivered_at     INTEGER
    ) STRICT;
    CREATE INDEX sync_outbox_by_due ON sync_outbox (delivered_at, next_try_at, id);

    CREATE TABLE audit_log (
      id         INTEGER PRIMARY KEY,
      at         INTEGER NOT NULL,
      actor      TEXT NOT NULL,
      action     TEXT NOT NULL,
      entity     TEXT NOT NULL,
      entity_id  TEXT NOT NULL,
      before     TEXT,
      after      TEXT
    ) STRICT;
    CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, at);

    CREATE TABLE setting (
      key    TEXT PRIMARY KEY,
      value  TEXT NOT NULL
    ) STRICT;
  `)
}
