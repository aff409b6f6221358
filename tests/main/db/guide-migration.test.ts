import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { migrate } from '../../../main/db/migrations'

describe('migration 0060 (guide assignment)', () => {
  it('adds guide tags, stats and the action stack, and fills stats from the existing cache', () => {
    const db = new Database(':memory:')
    migrate(db, 50)
    db.exec(`
      INSERT INTO member (userid, name, synced_at) VALUES ('g1', 'g1', 1), ('g2', 'g2', 1);
      INSERT INTO follow_relation (userid, external_userid, created_at, synced_at)
        VALUES ('g1', 'c1', 1, 1), ('g1', 'c2', 1, 1);
      INSERT INTO follow_relation (userid, external_userid, created_at, removed_at, synced_at)
        VALUES ('g1', 'c3', 1, 5, 1);
      INSERT INTO group_chat (chat_id, owner, created_at, synced_at) VALUES ('r1', 'g2', 1, 1);
    `)
    migrate(db, 60)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'guide_%' ORDER BY name").all()
    expect(tables).toEqual([{ name: 'guide_action' }, { name: 'guide_stats' }, { name: 'guide_store' }, { name: 'guide_tag' }])
    expect(db.prepare('SELECT userid, customer_count, group_count FROM guide_stats ORDER BY userid').all()).toEqual([
      { userid: 'g1', customer_count: 2, group_count: 0 },
      { userid: 'g2', customer_count: 0, group_count: 1 }
    ])
    db.close()
  })
})
