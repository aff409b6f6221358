import type Database from 'better-sqlite3'

/**
 * 巡店 plans saved from the planner: one `patrol_plan` row per saved plan (the request it answered,
 * and its days' travel, unplaced visits and figures as JSON), one `patrol_visit` row per planned
 * stop in route order, so "when is this store visited" is a query. Plans are user work: later
 * changes stay additive.
 */
export default function migrate0100(db: Database.Database): void {
  db.exec(`
    CREATE TABLE patrol_plan (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL,
      created_at  INTEGER NOT NULL,
      date_from   TEXT NOT NULL,
      date_to     TEXT NOT NULL,
      -- JSON PatrolPlanInput
      request     TEXT NOT NULL,
      -- JSON PatrolPlan without the stops (they are patrol_visit rows)
      plan        TEXT NOT NULL
    ) STRICT;
    CREATE INDEX patrol_plan_by_created ON patrol_plan (created_at, id);
    CREATE TABLE patrol_visit (
      plan_id         INTEGER NOT NULL REFERENCES patrol_plan (id) ON DELETE CASCADE,
      manager_userid  TEXT NOT NULL,
      visit_date      TEXT NOT NULL,
      seq             INTEGER NOT NULL,
      store_id        TEXT NOT NULL,
      visit_no        INTEGER NOT NULL,
      -- minutes after midnight
      arrival_min     REAL NOT NULL,
      start_min       REAL NOT NULL,
      end_min         REAL NOT NULL,
      wait_min        REAL NOT NULL,
      slack_min       REAL NOT NULL,
      PRIMARY KEY (plan_id, manager_userid, visit_date, seq)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX patrol_visit_by_store ON patrol_visit (store_id, visit_date);
  `)
}
