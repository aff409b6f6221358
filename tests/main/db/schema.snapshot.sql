-- trigger guide_view_member_delete
CREATE TRIGGER guide_view_member_delete AFTER DELETE ON member BEGIN INSERT INTO guide_view_dirty (userid) SELECT OLD.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = OLD.userid); END;

-- trigger guide_view_member_insert
CREATE TRIGGER guide_view_member_insert AFTER INSERT ON member BEGIN INSERT INTO guide_view_dirty (userid) SELECT NEW.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = NEW.userid); END;

-- trigger guide_view_member_rekey
CREATE TRIGGER guide_view_member_rekey AFTER UPDATE OF userid ON member WHEN OLD.userid != NEW.userid
BEGIN INSERT INTO guide_view_dirty (userid) SELECT OLD.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = OLD.userid); END;

-- trigger guide_view_member_update
CREATE TRIGGER guide_view_member_update AFTER UPDATE ON member BEGIN INSERT INTO guide_view_dirty (userid) SELECT NEW.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = NEW.userid); END;

-- trigger guide_view_outbox_delete
CREATE TRIGGER guide_view_outbox_delete AFTER DELETE ON sync_outbox WHEN OLD.entity = 'member'
BEGIN INSERT INTO guide_view_dirty (userid) SELECT OLD.entity_id
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = OLD.entity_id); END;

-- trigger guide_view_outbox_insert
CREATE TRIGGER guide_view_outbox_insert AFTER INSERT ON sync_outbox WHEN NEW.entity = 'member'
BEGIN INSERT INTO guide_view_dirty (userid) SELECT NEW.entity_id
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = NEW.entity_id); END;

-- trigger guide_view_outbox_update
CREATE TRIGGER guide_view_outbox_update AFTER UPDATE OF state, error_code, last_error ON sync_outbox
  WHEN NEW.entity = 'member'
BEGIN INSERT INTO guide_view_dirty (userid) SELECT NEW.entity_id
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = NEW.entity_id); END;

-- trigger guide_view_region_update
CREATE TRIGGER guide_view_region_update AFTER UPDATE OF name, sort_order ON region BEGIN
  INSERT INTO guide_view_dirty (userid) SELECT DISTINCT userid FROM (SELECT g.userid FROM store s JOIN guide_store g ON g.store_id = s.id WHERE s.region_id = NEW.id)
 WHERE userid NOT IN (SELECT userid FROM guide_view_dirty);
END;

-- trigger guide_view_stats_insert
CREATE TRIGGER guide_view_stats_insert AFTER INSERT ON guide_stats BEGIN INSERT INTO guide_view_dirty (userid) SELECT NEW.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = NEW.userid); END;

-- trigger guide_view_stats_update
CREATE TRIGGER guide_view_stats_update AFTER UPDATE ON guide_stats
  WHEN OLD.customer_count IS NOT NEW.customer_count OR OLD.group_count IS NOT NEW.group_count
BEGIN INSERT INTO guide_view_dirty (userid) SELECT NEW.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = NEW.userid); END;

-- trigger guide_view_store_link_delete
CREATE TRIGGER guide_view_store_link_delete AFTER DELETE ON guide_store BEGIN INSERT INTO guide_view_dirty (userid) SELECT OLD.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = OLD.userid); END;

-- trigger guide_view_store_link_insert
CREATE TRIGGER guide_view_store_link_insert AFTER INSERT ON guide_store BEGIN INSERT INTO guide_view_dirty (userid) SELECT NEW.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = NEW.userid); END;

-- trigger guide_view_store_link_update
CREATE TRIGGER guide_view_store_link_update AFTER UPDATE ON guide_store BEGIN
  INSERT INTO guide_view_dirty (userid) SELECT OLD.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = OLD.userid); INSERT INTO guide_view_dirty (userid) SELECT NEW.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = NEW.userid);
END;

-- trigger guide_view_store_update
CREATE TRIGGER guide_view_store_update AFTER UPDATE OF code, name, region_id, removed_at ON store BEGIN
  INSERT INTO guide_view_dirty (userid) SELECT DISTINCT userid FROM (SELECT userid FROM guide_store WHERE store_id IN (OLD.id, NEW.id))
 WHERE userid NOT IN (SELECT userid FROM guide_view_dirty);
END;

-- trigger guide_view_tag_delete
CREATE TRIGGER guide_view_tag_delete AFTER DELETE ON guide_tag BEGIN INSERT INTO guide_view_dirty (userid) SELECT OLD.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = OLD.userid); END;

-- trigger guide_view_tag_insert
CREATE TRIGGER guide_view_tag_insert AFTER INSERT ON guide_tag BEGIN INSERT INTO guide_view_dirty (userid) SELECT NEW.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = NEW.userid); END;

-- trigger guide_view_tag_update
CREATE TRIGGER guide_view_tag_update AFTER UPDATE ON guide_tag BEGIN
  INSERT INTO guide_view_dirty (userid) SELECT OLD.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = OLD.userid); INSERT INTO guide_view_dirty (userid) SELECT NEW.userid
 WHERE NOT EXISTS (SELECT 1 FROM guide_view_dirty WHERE userid = NEW.userid);
END;

-- table audit_log
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

-- table corp_tag
CREATE TABLE corp_tag (
  tag_id      TEXT PRIMARY KEY,
  group_id    TEXT NOT NULL REFERENCES corp_tag_group (group_id),
  name        TEXT NOT NULL,
  sort_order  INTEGER NOT NULL DEFAULT 0,
  removed_at  INTEGER
) STRICT;

-- table corp_tag_group
CREATE TABLE corp_tag_group (
  group_id    TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  sort_order  INTEGER NOT NULL DEFAULT 0,
  removed_at  INTEGER
) STRICT;

-- table customer_transfer
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

-- table department
CREATE TABLE department (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  name_en     TEXT,
  parent_id   INTEGER NOT NULL DEFAULT 0,
  sort_order  INTEGER NOT NULL DEFAULT 0,
  removed_at  INTEGER,
  synced_at   INTEGER NOT NULL
) STRICT;

-- table external_contact
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

-- table follow_relation
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

-- table follow_relation_tag
CREATE TABLE follow_relation_tag (
  userid           TEXT NOT NULL,
  external_userid  TEXT NOT NULL,
  tag_id           TEXT NOT NULL,
  PRIMARY KEY (userid, external_userid, tag_id)
) STRICT, WITHOUT ROWID;

-- table group_chat
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

-- table group_transfer
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

-- table guide_action
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

-- table guide_stats
CREATE TABLE guide_stats (
  userid          TEXT PRIMARY KEY,
  customer_count  INTEGER NOT NULL DEFAULT 0,
  group_count     INTEGER NOT NULL DEFAULT 0,
  refreshed_at    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- table guide_store
CREATE TABLE guide_store (
  userid    TEXT NOT NULL REFERENCES member (userid) ON DELETE CASCADE,
  store_id  TEXT NOT NULL REFERENCES store (id) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('primary', 'secondary')),
  PRIMARY KEY (userid, store_id)
) STRICT, WITHOUT ROWID;

-- table guide_tag
CREATE TABLE guide_tag (
  userid  TEXT NOT NULL REFERENCES member (userid) ON DELETE CASCADE,
  tag     TEXT NOT NULL,
  PRIMARY KEY (userid, tag)
) STRICT, WITHOUT ROWID;

-- table guide_view
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

-- table guide_view_dirty
CREATE TABLE guide_view_dirty (userid TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

-- table member
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

-- table member_department
CREATE TABLE member_department (
  userid         TEXT NOT NULL REFERENCES member (userid) ON DELETE CASCADE,
  department_id  INTEGER NOT NULL,
  is_leader      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (userid, department_id)
) STRICT, WITHOUT ROWID;

-- table notice
CREATE TABLE notice (
  id               INTEGER PRIMARY KEY,
  action_id        TEXT NOT NULL UNIQUE,
  created_at       INTEGER NOT NULL,
  actor            TEXT NOT NULL,
  msgtype          TEXT NOT NULL CHECK (msgtype IN ('text', 'markdown')),
  -- the full message as sent (task lines included)
  content          TEXT NOT NULL,
  -- YYYY-MM-DD when the notice is a task
  due_date         TEXT,
  -- JSON: { kind: 'userids', count } or { kind: 'filter', filter, name }
  audience         TEXT NOT NULL,
  recipient_count  INTEGER NOT NULL CHECK (recipient_count > 0),
  chunk_count      INTEGER NOT NULL CHECK (chunk_count > 0)
) STRICT;

-- table notice_audience
CREATE TABLE notice_audience (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  -- JSON NoticeFilter: regionIds / storeIds / tags / statuses
  filter      TEXT NOT NULL,
  created_at  INTEGER NOT NULL
) STRICT;

-- table patrol_plan
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

-- table patrol_visit
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

-- table region
CREATE TABLE region (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  department_id  INTEGER UNIQUE,
  sort_order     INTEGER NOT NULL DEFAULT 0,
  removed_at     INTEGER
) STRICT;

-- table setting
CREATE TABLE setting (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) STRICT;

-- table store
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

-- table sync_outbox
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
, state TEXT NOT NULL DEFAULT 'pending'
  CHECK (state IN ('pending', 'sending', 'delivered', 'failed', 'superseded')), action_id TEXT, result TEXT, error_code TEXT, superseded_by INTEGER, sent_at INTEGER) STRICT;

-- table sync_state
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

-- index audit_log_by_entity
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, at);

-- index customer_transfer_by_batch
CREATE INDEX customer_transfer_by_batch ON customer_transfer (batch_id);

-- index customer_transfer_by_customer
CREATE INDEX customer_transfer_by_customer ON customer_transfer (external_userid, kind, requested_at);

-- index customer_transfer_by_handover
CREATE INDEX customer_transfer_by_handover ON customer_transfer (handover_userid, requested_at);

-- index customer_transfer_open
CREATE INDEX customer_transfer_open ON customer_transfer (kind, handover_userid, takeover_userid)
  WHERE phase IN ('sending', 'waiting');

-- index department_by_parent
CREATE INDEX department_by_parent ON department (parent_id, sort_order);

-- index external_contact_by_name
CREATE INDEX external_contact_by_name ON external_contact (name);

-- index follow_relation_by_customer
CREATE INDEX follow_relation_by_customer ON follow_relation (external_userid, userid);

-- index follow_relation_live_by_created
CREATE INDEX follow_relation_live_by_created ON follow_relation (created_at)
  WHERE removed_at IS NULL;

-- index follow_relation_live_by_remark
CREATE INDEX follow_relation_live_by_remark ON follow_relation (remark)
  WHERE removed_at IS NULL AND remark IS NOT NULL;

-- index follow_relation_tag_by_tag
CREATE INDEX follow_relation_tag_by_tag ON follow_relation_tag (tag_id, userid);

-- index group_chat_by_owner
CREATE INDEX group_chat_by_owner ON group_chat (owner);

-- index group_transfer_by_batch
CREATE INDEX group_transfer_by_batch ON group_transfer (batch_id);

-- index group_transfer_by_handover
CREATE INDEX group_transfer_by_handover ON group_transfer (handover_userid, requested_at);

-- index guide_action_by_state
CREATE INDEX guide_action_by_state ON guide_action (state, seq);

-- index guide_store_by_store
CREATE INDEX guide_store_by_store ON guide_store (store_id, userid);

-- index guide_store_one_primary
CREATE UNIQUE INDEX guide_store_one_primary ON guide_store (userid) WHERE role = 'primary';

-- index guide_tag_by_tag
CREATE INDEX guide_tag_by_tag ON guide_tag (tag, userid);

-- index guide_view_by_name
CREATE INDEX guide_view_by_name ON guide_view (name, userid);

-- index guide_view_by_region
CREATE INDEX guide_view_by_region ON guide_view (region_id);

-- index member_by_mobile
CREATE INDEX member_by_mobile ON member (mobile);

-- index member_by_name
CREATE INDEX member_by_name ON member (name);

-- index member_department_by_department
CREATE INDEX member_department_by_department ON member_department (department_id, userid);

-- index notice_by_created
CREATE INDEX notice_by_created ON notice (created_at, id);

-- index patrol_plan_by_created
CREATE INDEX patrol_plan_by_created ON patrol_plan (created_at, id);

-- index patrol_visit_by_store
CREATE INDEX patrol_visit_by_store ON patrol_visit (store_id, visit_date);

-- index store_by_city
CREATE INDEX store_by_city ON store (city, code);

-- index store_by_region
CREATE INDEX store_by_region ON store (region_id, code);

-- index sync_outbox_by_due
CREATE INDEX sync_outbox_by_due ON sync_outbox (delivered_at, next_try_at, id);

-- index sync_outbox_by_entity
CREATE INDEX sync_outbox_by_entity ON sync_outbox (entity, entity_id, id);

-- index sync_outbox_by_state
CREATE INDEX sync_outbox_by_state ON sync_outbox (state, next_try_at, id);
