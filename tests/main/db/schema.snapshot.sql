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

-- table guide_store
CREATE TABLE guide_store (
  userid    TEXT NOT NULL REFERENCES member (userid) ON DELETE CASCADE,
  store_id  TEXT NOT NULL REFERENCES store (id) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('primary', 'secondary')),
  PRIMARY KEY (userid, store_id)
) STRICT, WITHOUT ROWID;

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
) STRICT;

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

-- index department_by_parent
CREATE INDEX department_by_parent ON department (parent_id, sort_order);

-- index external_contact_by_name
CREATE INDEX external_contact_by_name ON external_contact (name);

-- index follow_relation_by_customer
CREATE INDEX follow_relation_by_customer ON follow_relation (external_userid, userid);

-- index follow_relation_tag_by_tag
CREATE INDEX follow_relation_tag_by_tag ON follow_relation_tag (tag_id, userid);

-- index group_chat_by_owner
CREATE INDEX group_chat_by_owner ON group_chat (owner);

-- index guide_store_by_store
CREATE INDEX guide_store_by_store ON guide_store (store_id, userid);

-- index guide_store_one_primary
CREATE UNIQUE INDEX guide_store_one_primary ON guide_store (userid) WHERE role = 'primary';

-- index member_by_mobile
CREATE INDEX member_by_mobile ON member (mobile);

-- index member_by_name
CREATE INDEX member_by_name ON member (name);

-- index member_department_by_department
CREATE INDEX member_department_by_department ON member_department (department_id, userid);

-- index store_by_city
CREATE INDEX store_by_city ON store (city, code);

-- index store_by_region
CREATE INDEX store_by_region ON store (region_id, code);

-- index sync_outbox_by_due
CREATE INDEX sync_outbox_by_due ON sync_outbox (delivered_at, next_try_at, id);
