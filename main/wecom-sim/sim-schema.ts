/**
 * State only the server has: the cache schema mirrors WeCom's data but not its bookkeeping, so
 * the simulator keeps transfers, refusals, departures, sent messages and tag ages in sim_*
 * tables beside the demo's tables, in the same database.
 */
import type { Db } from '../db/connection'

export function ensureSimTables(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS sim_member_extra (
      userid          TEXT PRIMARY KEY,
      -- epoch ms the member left (status 5); get_unassigned_list's dimission_time
      dimission_time  INTEGER,
      -- 0 = not real-name verified: cannot take over customers (40098)
      real_name       INTEGER NOT NULL DEFAULT 1,
      -- overrides the corp-wide customer cap for takeovers (status 4)
      customer_cap    INTEGER
    ) STRICT;

    CREATE TABLE IF NOT EXISTS sim_transfer (
      id               INTEGER PRIMARY KEY,
      kind             TEXT NOT NULL CHECK (kind IN ('resigned', 'onjob')),
      handover_userid  TEXT NOT NULL,
      takeover_userid  TEXT NOT NULL,
      external_userid  TEXT NOT NULL,
      requested_at     INTEGER NOT NULL,
      takeover_at      INTEGER NOT NULL,
      -- 1 接替完毕, 2 等待接替, 3 客户拒绝, 4 接替成员客户达到上限, 5 无接替记录
      status           INTEGER NOT NULL DEFAULT 2,
      settled_at       INTEGER
    ) STRICT;
    CREATE INDEX IF NOT EXISTS sim_transfer_by_pair
      ON sim_transfer (kind, handover_userid, takeover_userid, id);
    CREATE INDEX IF NOT EXISTS sim_transfer_by_customer
      ON sim_transfer (external_userid, kind, requested_at);
    -- transfer_result shows each customer's latest record of a pair: a seek, not a pair scan
    CREATE INDEX IF NOT EXISTS sim_transfer_latest
      ON sim_transfer (handover_userid, takeover_userid, external_userid, kind, id);
    CREATE INDEX IF NOT EXISTS sim_transfer_pending
      ON sim_transfer (handover_userid, external_userid) WHERE status = 2;
    CREATE INDEX IF NOT EXISTS sim_transfer_due ON sim_transfer (takeover_at) WHERE status = 2;

    CREATE TABLE IF NOT EXISTS sim_refusal (
      external_userid  TEXT PRIMARY KEY
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS sim_group_transfer (
      id               INTEGER PRIMARY KEY,
      kind             TEXT NOT NULL CHECK (kind IN ('resigned', 'onjob')),
      chat_id          TEXT NOT NULL,
      handover_userid  TEXT NOT NULL,
      takeover_userid  TEXT NOT NULL,
      requested_at     INTEGER NOT NULL,
      due_at           INTEGER NOT NULL,
      -- 2 in progress, 1 done
      status           INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS sim_group_transfer_due ON sim_group_transfer (due_at)
      WHERE status = 2;

    CREATE TABLE IF NOT EXISTS sim_message (
      id           INTEGER PRIMARY KEY,
      msgid        TEXT NOT NULL,
      sent_at      INTEGER NOT NULL,
      agentid      INTEGER NOT NULL,
      msgtype      TEXT NOT NULL,
      content      TEXT NOT NULL,
      touser       TEXT,
      toparty      TEXT,
      totag        TEXT,
      invaliduser  TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- create_time of tags and groups added through the API (seeded ones date from the seed)
    CREATE TABLE IF NOT EXISTS sim_tag_meta (
      id           TEXT PRIMARY KEY,
      create_time  INTEGER NOT NULL
    ) STRICT;
  `)
}

const DAY_MS = 86_400_000

/** FNV-1a: a stable hash for per-id choices that must not depend on request order. */
export function stableHash(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/**
 * The cache schema has no departure date, but get_unassigned_list must report one: members the
 * demo seeded as departed get a date 1–60 days before the seed time, derived from their userid.
 */
export function backfillDepartures(db: Db, seededAt: number): void {
  const departed = db
    .prepare<[], { userid: string }>(
      `SELECT m.userid FROM member m
       LEFT JOIN sim_member_extra x ON x.userid = m.userid
       WHERE m.status = 5 AND x.dimission_time IS NULL`
    )
    .all()
  const upsert = db.prepare(
    `INSERT INTO sim_member_extra (userid, dimission_time) VALUES (?, ?)
     ON CONFLICT (userid) DO UPDATE SET dimission_time = excluded.dimission_time`
  )
  db.transaction(() => {
    for (const { userid } of departed) {
      upsert.run(userid, seededAt - (1 + (stableHash(userid) % 60)) * DAY_MS)
    }
  })()
}

/** When the demo was seeded (setting demo.seededAt), if it was. */
export function readSeededAt(db: Db): number | undefined {
  const raw = db
    .prepare<[], string>("SELECT value FROM setting WHERE key = 'demo.seededAt'")
    .pluck()
    .get()
  const value = raw === undefined ? undefined : (JSON.parse(raw) as unknown)
  return typeof value === 'number' ? value : undefined
}
