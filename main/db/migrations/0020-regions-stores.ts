import type Database from 'better-sqlite3'

/**
 * HQ's view of the organisation: regions (大区) and stores, each mapped to a WeCom department
 * when there is one, plus the local attributes WeCom does not hold (type, hours, GCJ-02
 * coordinates, planned visit minutes) and which guides serve which store.
 * Coordinates may be unknown (NULL) for a store sync found before HQ placed it on the map.
 * A store whose department WeCom no longer returns keeps its row with `removed_at` set.
 */
export default function migrate0020(db: Database.Database): void {
  db.exec(`
    CREATE TABLE region (
      id             TEXT PRIMARY KEY,
      name           TEXT NOT NULL,
      department_id  INTEGER UNIQUE,
      sort_order     INTEGER NOT NULL DEFAULT 0,
      removed_at     INTEGER
    ) STRICT;

    CREATE TABLE store (
      id              TEXT PRIMARY KEY,
      code            TEXT NOT NULL UNIQUE,
      name            TEXT NOT NULL,
      region_id       TEXT NOT NULL REFERENCES region (id),
      department_id   INTEGER UNIQUE,
      city            TEXT NOT NULL,
      address         TEXT NOT NULL DEFAULT '',
      type            TEXT NOT NULL CHECK (type IN ('ka', 'supermarket', 'convenience', 'mom_pop')),
      opening_hours   TEXT NOT NULL,
      visit_minutes   INTEGER NOT NULL CHECK (visit_minutes BETWEEN 5 AND 480),
      lng             REAL,
      lat             REAL,
      removed_at      INTEGER,
      updated_at      INTEGER NOT NULL,
      CHECK ((lng IS NULL) = (lat IS NULL))
    ) STRICT;
    CREATE INDEX store_by_region ON store (region_id, code);
    CREATE INDEX store_by_city ON store (city, code);

    CREATE TABLE guide_store (
      userid    TEXT NOT NULL REFERENCES member (userid) ON DELETE CASCADE,
      store_id  TEXT NOT NULL REFERENCES store (id) ON DELETE CASCADE,
      role      TEXT NOT NULL CHECK (role IN ('primary', 'secondary')),
      PRIMARY KEY (userid, store_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX guide_store_by_store ON guide_store (store_id, userid);
    -- a guide has at most one primary store
    CREATE UNIQUE INDEX guide_store_one_primary ON guide_store (userid) WHERE role = 'primary';
  `)
}
