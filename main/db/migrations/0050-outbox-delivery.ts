import type Database from 'better-sqlite3'

/**
 * Outbox delivery bookkeeping, additive only (the outbox holds unsynced user work): an explicit
 * state so "sending" survives a crash and is re-sent, the user action that caused the row, the
 * WeCom result, a stable error code for the UI, and which newer row superseded an unsent one.
 */
export default function migrate0050(db: Database.Database): void {
  db.exec(`
    ALTER TABLE sync_outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending'
      CHECK (state IN ('pending', 'sending', 'delivered', 'failed', 'superseded'));
    ALTER TABLE sync_outbox ADD COLUMN action_id TEXT;
    ALTER TABLE sync_outbox ADD COLUMN result TEXT;
    ALTER TABLE sync_outbox ADD COLUMN error_code TEXT;
    ALTER TABLE sync_outbox ADD COLUMN superseded_by INTEGER;
    ALTER TABLE sync_outbox ADD COLUMN sent_at INTEGER;
    UPDATE sync_outbox SET state = 'delivered' WHERE delivered_at IS NOT NULL;
    CREATE INDEX sync_outbox_by_state ON sync_outbox (state, next_try_at, id);
    CREATE INDEX sync_outbox_by_entity ON sync_outbox (entity, entity_id, id);
  `)
}
