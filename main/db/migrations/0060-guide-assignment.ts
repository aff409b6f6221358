import type Database from 'better-sqlite3'

/**
 * Guide assignment (issue #4): HQ's own guide tags, a per-guide stats table so the guide grid
 * never counts millions of follow relations per query, and the stack of bulk actions that undo
 * and redo walk. `member.is_guide` (0010) stays HQ's local mark: WeCom has no guide field.
 */
export default function migrate0060(db: Database.Database): void {
  db.exec(`
    CREATE TABLE guide_tag (
      userid  TEXT NOT NULL REFERENCES member (userid) ON DELETE CASCADE,
      tag     TEXT NOT NULL,
      PRIMARY KEY (userid, tag)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX guide_tag_by_tag ON guide_tag (tag, userid);

    -- Refreshed in one statement after a sync writes customers or groups (guide-stats-repo).
    CREATE TABLE guide_stats (
      userid          TEXT PRIMARY KEY,
      customer_count  INTEGER NOT NULL DEFAULT 0,
      group_count     INTEGER NOT NULL DEFAULT 0,
      refreshed_at    INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;

    -- One row per applied bulk action; 'changes' holds every guide's state before and after,
    -- so undo and redo restore exact states. A new action discards the redo branch.
    CREATE TABLE guide_action (
      id          TEXT PRIMARY KEY,
      seq         INTEGER NOT NULL UNIQUE,
      at          INTEGER NOT NULL,
      actor       TEXT NOT NULL,
      kind        TEXT NOT NULL,
      summary     TEXT NOT NULL,
      changes     TEXT NOT NULL,
      state       TEXT NOT NULL CHECK (state IN ('done', 'undone', 'discarded')),
      undone_at   INTEGER
    ) STRICT;
    CREATE INDEX guide_action_by_state ON guide_action (state, seq);

    INSERT INTO guide_stats (userid, customer_count, group_count, refreshed_at)
    SELECT m.userid,
      (SELECT count(*) FROM follow_relation f WHERE f.userid = m.userid AND f.removed_at IS NULL),
      (SELECT count(*) FROM group_chat g WHERE g.owner = m.userid AND g.removed_at IS NULL),
      0
    FROM member m;
  `)
}
