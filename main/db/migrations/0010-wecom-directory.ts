import type Database from 'better-sqlite3'

/**
 * WeCom's address book as the cache mirrors it: departments and members (userid is WeCom's id).
 * `is_guide` is HQ's own mark (导购标识); everything else comes from WeCom.
 * Rows no longer returned by WeCom get `removed_at` instead of being deleted.
 */
export default function migrate0010(db: Database.Database): void {
  db.exec(`
    CREATE TABLE department (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL,
      name_en     TEXT,
      parent_id   INTEGER NOT NULL DEFAULT 0,
      sort_order  INTEGER NOT NULL DEFAULT 0,
      removed_at  INTEGER,
      synced_at   INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX department_by_parent ON department (parent_id, sort_order);

    CREATE TABLE member (
      userid           TEXT PRIMARY KEY,
      name             TEXT NOT NULL,
      mobile           TEXT,
      gender           INTEGER NOT NULL DEFAULT 0,
      -- WeCom status: 1 active, 2 disabled, 4 not activated, 5 left the corp
      status           INTEGER NOT NULL DEFAULT 1,
      main_department  INTEGER,
      position         TEXT,
      is_follow_user   INTEGER NOT NULL DEFAULT 0,
      is_guide         INTEGER NOT NULL DEFAULT 0,
      removed_at       INTEGER,
      synced_at        INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX member_by_name ON member (name);
    CREATE INDEX member_by_mobile ON member (mobile);

    CREATE TABLE member_department (
      userid         TEXT NOT NULL REFERENCES member (userid) ON DELETE CASCADE,
      department_id  INTEGER NOT NULL,
      is_leader      INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (userid, department_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX member_department_by_department ON member_department (department_id, userid);
  `)
}
