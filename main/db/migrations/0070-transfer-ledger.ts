import type Database from 'better-sqlite3'

/**
 * The transfer ledger (客户交接): WeCom's transfer_result has no request id, so the console keeps
 * one row per (handover, takeover, customer, requested_at) with the per-customer errcode of the
 * call and the status the reconciler reads back, and one row per group handed to a new owner.
 * `phase` only moves forward (see main/domain/handover/ledger-entry.ts); the CHECKs keep the
 * columns consistent with it. This is user work like the outbox: later changes stay additive.
 */
export default function migrate0070(db: Database.Database): void {
  db.exec(`
    CREATE TABLE customer_transfer (
      id               INTEGER PRIMARY KEY,
      kind             TEXT NOT NULL CHECK (kind IN ('resigned', 'in_service')),
      -- one transfer_customer call (≤100 customers); the outbox row's entity_id
      batch_id         TEXT NOT NULL,
      handover_userid  TEXT NOT NULL,
      takeover_userid  TEXT NOT NULL,
      external_userid  TEXT NOT NULL,
      requested_at     INTEGER NOT NULL,
      phase            TEXT NOT NULL DEFAULT 'queued'
        CHECK (phase IN ('queued', 'sending', 'waiting', 'settled', 'rejected')),
      sent_at          INTEGER,
      -- the call's per-customer errcode; 0 = accepted (takeover in 24 h), not done
      errcode          INTEGER,
      -- transfer_result: 1 接替完毕, 2 等待接替, 3 客户拒绝, 4 接替成员客户达到上限, 5 无接替记录
      status           INTEGER CHECK (status BETWEEN 1 AND 5),
      -- the automatic takeover time (end of the 24 h countdown), epoch ms
      takeover_at      INTEGER,
      checked_at       INTEGER,
      is_final         INTEGER GENERATED ALWAYS AS (phase IN ('settled', 'rejected')) VIRTUAL,
      UNIQUE (handover_userid, takeover_userid, external_userid, requested_at),
      CHECK ((phase = 'queued') = (sent_at IS NULL)),
      CHECK ((phase = 'rejected') = (errcode IS NOT NULL AND errcode <> 0)),
      CHECK ((phase IN ('waiting', 'settled')) = (errcode IS NOT NULL AND errcode = 0)),
      CHECK ((phase = 'waiting') = (status IS NOT NULL AND status = 2)),
      CHECK ((phase = 'settled') = (status IS NOT NULL AND status <> 2))
    ) STRICT;
    CREATE INDEX customer_transfer_by_batch ON customer_transfer (batch_id);
    CREATE INDEX customer_transfer_by_handover ON customer_transfer (handover_userid, requested_at);
    CREATE INDEX customer_transfer_by_customer ON customer_transfer (external_userid, kind, requested_at);
    -- what the reconciler walks: pairs with rows not yet final
    CREATE INDEX customer_transfer_open ON customer_transfer (kind, handover_userid, takeover_userid)
      WHERE phase IN ('sending', 'waiting');

    CREATE TABLE group_transfer (
      id               INTEGER PRIMARY KEY,
      kind             TEXT NOT NULL CHECK (kind IN ('resigned', 'in_service')),
      batch_id         TEXT NOT NULL,
      handover_userid  TEXT NOT NULL,
      takeover_userid  TEXT NOT NULL,
      chat_id          TEXT NOT NULL,
      requested_at     INTEGER NOT NULL,
      phase            TEXT NOT NULL DEFAULT 'queued'
        CHECK (phase IN ('queued', 'sending', 'done', 'failed')),
      sent_at          INTEGER,
      -- from failed_chat_list; a listed chat failed whatever its errcode says
      errcode          INTEGER,
      errmsg           TEXT,
      UNIQUE (chat_id, takeover_userid, requested_at),
      CHECK ((phase = 'queued') = (sent_at IS NULL)),
      CHECK ((phase = 'failed') = (errcode IS NOT NULL))
    ) STRICT;
    CREATE INDEX group_transfer_by_batch ON group_transfer (batch_id);
    CREATE INDEX group_transfer_by_handover ON group_transfer (handover_userid, requested_at);
  `)
}
