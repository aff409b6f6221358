import type Database from 'better-sqlite3'

/**
 * Customers (WeCom external contacts), who follows them (follow_user: one row per guide and
 * customer, the relation handovers move), corp tags and customer groups.
 * Sized for millions of relations: WITHOUT ROWID on the composite keys, an index per lookup path.
 */
export default function migrate0030(db: Database.Database): void {
  db.exec(`
    CREATE TABLE external_contact (
      external_userid  TEXT PRIMARY KEY,
      name             TEXT NOT NULL,
      -- 1 WeChat user, 2 WeCom user
      type             INTEGER NOT NULL DEFAULT 1,
      gender           INTEGER NOT NULL DEFAULT 0,
      corp_name        TEXT,
      unionid          TEXT,
      removed_at       INTEGER,
      synced_at        INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX external_contact_by_name ON external_contact (name);

    CREATE TABLE follow_relation (
      userid           TEXT NOT NULL,
      external_userid  TEXT NOT NULL,
      remark           TEXT,
      add_way          INTEGER NOT NULL DEFAULT 0,
      created_at       INTEGER NOT NULL,
      state            TEXT,
      removed_at       INTEGER,
      synced_at        INTEGER NOT NULL,
      PRIMARY KEY (userid, external_userid)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX follow_relation_by_customer ON follow_relation (external_userid, userid);

    CREATE TABLE corp_tag_group (
      group_id    TEXT PRIMARY KEY,
      name        TEXT NOT NULL,
      sort_order  INTEGER NOT NULL DEFAULT 0,
      removed_at  INTEGER
    ) STRICT;

    CREATE TABLE corp_tag (
      tag_id      TEXT PRIMARY KEY,
      group_id    TEXT NOT NULL REFERENCES corp_tag_group (group_id),
      name        TEXT NOT NULL,
      sort_order  INTEGER NOT NULL DEFAULT 0,
      removed_at  INTEGER
    ) STRICT;

    CREATE TABLE follow_relation_tag (
      userid           TEXT NOT NULL,
      external_userid  TEXT NOT NULL,
      tag_id           TEXT NOT NULL,
      PRIMARY KEY (userid, external_userid, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX follow_relation_tag_by_tag ON follow_relation_tag (tag_id, userid);

    CREATE TABLE group_chat (
      chat_id       TEXT PRIMARY KEY,
      name          TEXT NOT NULL DEFAULT '',
      owner         TEXT NOT NULL,
      member_count  INTEGER NOT NULL DEFAULT 0,
      -- 0 normal, 1 owner left (pending 离职继承), 2 inheriting, 3 inherited
      status        INTEGER NOT NULL DEFAULT 0,
      created_at    INTEGER NOT NULL,
      removed_at    INTEGER,
      synced_at     INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX group_chat_by_owner ON group_chat (owner);
  `)
}
