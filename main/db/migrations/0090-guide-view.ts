import type Database from 'better-sqlite3'

/**
 * Marks one guide's view row stale; the guide id comes from the trigger's row. Not INSERT OR
 * IGNORE: an outer statement's conflict policy overrides the one written in a trigger body.
 */
const dirty = (userid: string) =>
  `INSERT INTO guide_view_dirty (userid) SELECT ${userid}
     WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = ${userid});`

/** Marks every guide `select` returns (a SELECT of one `userid` column). */
const dirtyAll = (select: string) =>
  `INSERT INTO guide_view_dirty (userid) SELECT DISTINCT userid FROM (${select})
     WHERE userid NOT IN (SELECT userid FROM guide_view_dirty);`

/**
 * guide_view: one pre-joined row per listed guide (member with 客户联系, not removed), so the 导购
 * grid reads one table instead of joining stores, regions, tags, stats and the outbox per request.
 * Rows are rebuilt lazily: triggers on every input table mark the guide in guide_view_dirty in the
 * writer's own transaction (sync, bulk actions, imports, handovers, the outbox worker need not know
 * the view exists), and the guide repo rebuilds the marked rows before it reads (guide-view-repo).
 * A mark costs one small insert, so a 20,000-guide bulk action stays cheap and rebuilds once.
 * The view is a cache: dropping both tables and marking every member rebuilds it.
 */
export default function migrate0090(db: Database.Database): void {
  db.exec(`
    CREATE TABLE guide_view (
      userid          TEXT PRIMARY KEY,
      name            TEXT NOT NULL,
      mobile          TEXT,
      -- lower(name || ' ' || userid || ' ' || mobile): what the search box matches
      search_text     TEXT NOT NULL,
      status          INTEGER NOT NULL,
      is_guide        INTEGER NOT NULL,
      synced_at       INTEGER NOT NULL,
      p_id            TEXT,
      p_code          TEXT,
      p_name          TEXT,
      region_id       TEXT,
      region_name     TEXT,
      region_sort     INTEGER,
      -- JSON [{code,id,name}] of live secondary stores, by code; JSON [tag] by tag
      others          TEXT NOT NULL,
      tags            TEXT NOT NULL,
      -- live stores served in any role (the 无门店 filter)
      store_count     INTEGER NOT NULL,
      customer_count  INTEGER NOT NULL,
      group_count     INTEGER NOT NULL,
      -- the latest non-superseded member outbox row: its state and error
      wb_state        TEXT,
      wb_code         TEXT,
      wb_error        TEXT
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX guide_view_by_name ON guide_view (name, userid);
    CREATE INDEX guide_view_by_region ON guide_view (region_id);

    CREATE TABLE guide_view_dirty (userid TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

    CREATE TRIGGER guide_view_member_insert AFTER INSERT ON member BEGIN ${dirty('NEW.userid')} END;
    -- Bulk actions update thousands of members: one mark per row unless the id itself changes.
    CREATE TRIGGER guide_view_member_update AFTER UPDATE ON member BEGIN ${dirty('NEW.userid')} END;
    CREATE TRIGGER guide_view_member_rekey AFTER UPDATE OF userid ON member WHEN OLD.userid != NEW.userid
    BEGIN ${dirty('OLD.userid')} END;
    CREATE TRIGGER guide_view_member_delete AFTER DELETE ON member BEGIN ${dirty('OLD.userid')} END;

    CREATE TRIGGER guide_view_store_link_insert AFTER INSERT ON guide_store BEGIN ${dirty('NEW.userid')} END;
    CREATE TRIGGER guide_view_store_link_update AFTER UPDATE ON guide_store BEGIN
      ${dirty('OLD.userid')} ${dirty('NEW.userid')}
    END;
    CREATE TRIGGER guide_view_store_link_delete AFTER DELETE ON guide_store BEGIN ${dirty('OLD.userid')} END;

    CREATE TRIGGER guide_view_tag_insert AFTER INSERT ON guide_tag BEGIN ${dirty('NEW.userid')} END;
    CREATE TRIGGER guide_view_tag_update AFTER UPDATE ON guide_tag BEGIN
      ${dirty('OLD.userid')} ${dirty('NEW.userid')}
    END;
    CREATE TRIGGER guide_view_tag_delete AFTER DELETE ON guide_tag BEGIN ${dirty('OLD.userid')} END;

    -- A store's code, name, region or removal shows on every guide serving it.
    CREATE TRIGGER guide_view_store_update AFTER UPDATE OF code, name, region_id, removed_at ON store BEGIN
      ${dirtyAll('SELECT userid FROM guide_store WHERE store_id IN (OLD.id, NEW.id)')}
    END;
    -- A region's name and order show on the guides whose primary store lies in it.
    CREATE TRIGGER guide_view_region_update AFTER UPDATE OF name, sort_order ON region BEGIN
      ${dirtyAll('SELECT g.userid FROM store s JOIN guide_store g ON g.store_id = s.id WHERE s.region_id = NEW.id')}
    END;

    -- The stats refresh rewrites every row; only changed counts need a rebuild.
    CREATE TRIGGER guide_view_stats_insert AFTER INSERT ON guide_stats BEGIN ${dirty('NEW.userid')} END;
    CREATE TRIGGER guide_view_stats_update AFTER UPDATE ON guide_stats
      WHEN OLD.customer_count IS NOT NEW.customer_count OR OLD.group_count IS NOT NEW.group_count
    BEGIN ${dirty('NEW.userid')} END;

    -- Write-back column: member rows of the outbox, as they are queued, sent, delivered or fail.
    CREATE TRIGGER guide_view_outbox_insert AFTER INSERT ON sync_outbox WHEN NEW.entity = 'member'
    BEGIN ${dirty('NEW.entity_id')} END;
    CREATE TRIGGER guide_view_outbox_update AFTER UPDATE OF state, error_code, last_error ON sync_outbox
      WHEN NEW.entity = 'member'
    BEGIN ${dirty('NEW.entity_id')} END;
    CREATE TRIGGER guide_view_outbox_delete AFTER DELETE ON sync_outbox WHEN OLD.entity = 'member'
    BEGIN ${dirty('OLD.entity_id')} END;

    INSERT INTO guide_view_dirty (userid) SELECT userid FROM member;
  `)
}
