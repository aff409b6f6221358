import { describe, expect, it, afterEach } from 'vitest'
import Database from 'better-sqlite3'
import { mkdtempSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { LATEST_VERSION, MIGRATIONS, migrate } from '../../../main/db/migrations'

const dirs: string[] = []
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhanggui-mig-'))
  dirs.push(dir)
  return join(dir, 'cache.sqlite')
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('openDatabase', () => {
  it('creates a WAL database at the latest schema version', () => {
    const db = openDatabase(tempFile())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('is a no-op when opened again', () => {
    const file = tempFile()
    openDatabase(file).close()
    const db = openDatabase(file)
    expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION })
    db.close()
  })

  it('refuses a database from a newer version and leaves it untouched', () => {
    const file = tempFile()
    const raw = new Database(file)
    raw.pragma('user_version = 999')
    raw.exec('CREATE TABLE future (x INTEGER)')
    raw.close()
    expect(() => openDatabase(file)).toThrow(/更新版本/)
    const again = new Database(file)
    expect(again.pragma('user_version', { simple: true })).toBe(999)
    again.close()
  })

  it('backs the file up before upgrading an older schema', () => {
    const file = tempFile()
    const old = new Database(file)
    migrate(old, 10)
    old.close()
    openDatabase(file).close()
    expect(existsSync(`${file}.v10.bak`)).toBe(true)
  })
})

describe('each migration', () => {
  const tablesAfter = (version: number): string[] => {
    const db = new Database(':memory:')
    migrate(db, version)
    const names = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => r.name)
    db.close()
    return names
  }
  const added = (version: number): string[] => {
    const i = MIGRATIONS.findIndex((m) => m.version === version)
    const before = i > 0 ? tablesAfter(MIGRATIONS[i - 1]!.version) : []
    return tablesAfter(version).filter((t) => !before.includes(t))
  }

  it('0010 mirrors the WeCom address book', () => {
    expect(added(10)).toEqual(['department', 'member', 'member_department'])
  })
  it('0020 adds regions, stores and guide assignments', () => {
    expect(added(20)).toEqual(['guide_store', 'region', 'store'])
  })
  it('0030 adds customers, follow relations, tags and groups', () => {
    expect(added(30)).toEqual([
      'corp_tag',
      'corp_tag_group',
      'external_contact',
      'follow_relation',
      'follow_relation_tag',
      'group_chat'
    ])
  })
  it('0040 adds sync state, the outbox, the audit log and settings', () => {
    expect(added(40)).toEqual(['audit_log', 'setting', 'sync_outbox', 'sync_state'])
  })
  it('0050 gives the outbox delivery state, additively: rows written before it keep their data', () => {
    const db = new Database(':memory:')
    migrate(db, 40)
    const insert = db.prepare(
      `INSERT INTO sync_outbox (entity, entity_id, op, payload, idempotency_key, created_at, delivered_at)
       VALUES ('member', ?, 'user.update', '{}', ?, 1, ?)`
    )
    insert.run('a', 'k1', null)
    insert.run('b', 'k2', 5)
    migrate(db, 50)
    const rows = db.prepare('SELECT entity_id, state, delivered_at, action_id FROM sync_outbox ORDER BY id').all()
    expect(rows).toEqual([
      { entity_id: 'a', state: 'pending', delivered_at: null, action_id: null },
      { entity_id: 'b', state: 'delivered', delivered_at: 5, action_id: null }
    ])
    expect(() => db.prepare("UPDATE sync_outbox SET state = 'lost'").run()).toThrow(/CHECK/)
    db.close()
  })
  it('0070 adds the customer and group transfer ledger', () => {
    expect(added(70)).toEqual(['customer_transfer', 'group_transfer'])
  })
  it('0080 adds notices and saved audiences; a notice needs recipients and a known msgtype', () => {
    expect(added(80)).toEqual(['notice', 'notice_audience'])
    const db = new Database(':memory:')
    migrate(db, 80)
    const insert = db.prepare(
      `INSERT INTO notice (action_id, created_at, actor, msgtype, content, audience, recipient_count, chunk_count)
       VALUES (?, 1, 'HQ', ?, 'hi', '{}', ?, 1)`
    )
    insert.run('a', 'text', 3)
    expect(() => insert.run('b', 'news', 3)).toThrow(/CHECK/)
    expect(() => insert.run('c', 'text', 0)).toThrow(/CHECK/)
    expect(() => insert.run('a', 'markdown', 3)).toThrow(/UNIQUE/)
    db.close()
  })

  it('0090 adds guide_view, marks every member for a build, and marks guides whose inputs change', () => {
    expect(added(90)).toEqual(['guide_view', 'guide_view_dirty'])
    const db = new Database(':memory:')
    migrate(db, 80)
    db.exec(`
      INSERT INTO member (userid, name, synced_at, is_follow_user) VALUES ('g1', 'g1', 1, 1), ('g2', 'g2', 1, 1);
      INSERT INTO region (id, name) VALUES ('r1', 'East');
      INSERT INTO store (id, code, name, region_id, city, type, opening_hours, visit_minutes, updated_at)
        VALUES ('s1', 'S1', 'One', 'r1', 'SH', 'ka', '09:00-21:00', 30, 1);
      INSERT INTO guide_store (userid, store_id, role) VALUES ('g1', 's1', 'primary');
    `)
    migrate(db, 90)
    const marked = () => db.prepare('SELECT userid FROM guide_view_dirty ORDER BY userid').pluck().all()
    expect(marked()).toEqual(['g1', 'g2'])
    db.exec('DELETE FROM guide_view_dirty')
    db.exec("UPDATE store SET name = 'One renamed' WHERE id = 's1'")
    expect(marked()).toEqual(['g1'])
    db.exec("DELETE FROM guide_view_dirty; UPDATE region SET name = 'East 2' WHERE id = 'r1'")
    expect(marked()).toEqual(['g1'])
    db.exec(`DELETE FROM guide_view_dirty;
      INSERT INTO sync_outbox (entity, entity_id, op, payload, idempotency_key, created_at)
        VALUES ('member', 'g2', 'user.update', '{}', 'k1', 1), ('notice', 'g1', 'message.send', '{}', 'k2', 1)`)
    expect(marked()).toEqual(['g2'])
    db.exec("DELETE FROM guide_view_dirty; INSERT INTO guide_tag (userid, tag) VALUES ('g2', 'A'); UPDATE member SET name = 'G1' WHERE userid = 'g1'")
    expect(marked()).toEqual(['g1', 'g2'])
    db.close()
  })

  it('0100 adds saved patrol plans and their visits; deleting a plan deletes its visits', () => {
    expect(added(100)).toEqual(['patrol_plan', 'patrol_visit'])
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, 100)
    db.exec(`
      INSERT INTO patrol_plan (id, name, created_at, date_from, date_to, request, plan)
        VALUES (1, 'Dec', 1, '2026-12-07', '2026-12-11', '{}', '{}');
      INSERT INTO patrol_visit VALUES (1, 'zhang', '2026-12-07', 0, 's1', 1, 540, 545, 575, 5, 20);
    `)
    db.exec('DELETE FROM patrol_plan WHERE id = 1')
    expect(db.prepare('SELECT COUNT(*) FROM patrol_visit').pluck().get()).toBe(0)
    db.close()
  })

  it('0110 adds only the two live-row indexes the customer query needs, no tables', () => {
    expect(added(110)).toEqual([])
    const db = new Database(':memory:')
    migrate(db, 110)
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%WHERE removed_at IS NULL%' ORDER BY name")
      .pluck()
      .all()
    expect(indexes).toEqual(['follow_relation_live_by_created', 'follow_relation_live_by_remark'])
    db.close()
  })

  it('a failing migration leaves the previous version intact', () => {
    const db = new Database(':memory:')
    migrate(db, 10)
    db.exec('CREATE TABLE region (x INTEGER)') // makes 0020 fail half-way
    expect(() => migrate(db)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(10)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'store'").get()).toEqual({ n: 0 })
    db.close()
  })
})
