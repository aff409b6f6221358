import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createOrgRepo } from '../../../../main/db/repos/org-repo'
import { seedStores, SAMPLE_STORES } from '../../../helpers/store-fixtures'
import { createTestDb } from '../../../helpers/test-db'

let env: ReturnType<typeof createTestDb>
beforeEach(() => {
  env = createTestDb()
  seedStores(env.db, SAMPLE_STORES)
  // s1, s2 are WeCom departments 101, 102; s3 is a local-only store (no department)
  env.db.exec(`UPDATE store SET department_id = 101 WHERE id = 's1'; UPDATE store SET department_id = 102 WHERE id = 's2'`)
  env.db.prepare(`INSERT INTO member (userid, name, synced_at) VALUES ('g1', 'g1', 1)`).run()
})
afterEach(() => env.cleanup())

const rows = () =>
  env.db.prepare(`SELECT store_id, role FROM guide_store WHERE userid = 'g1' ORDER BY store_id`).all()

describe('sync writing guide_store', () => {
  it('replaces WeCom-mapped assignments but keeps HQ assignments to local-only stores', () => {
    env.db.exec(`INSERT INTO guide_store VALUES ('g1', 's1', 'primary'), ('g1', 's3', 'secondary')`)
    createOrgRepo(env.db).replaceGuideStores('g1', [{ store_id: 's2', role: 'primary' }])
    expect(rows()).toEqual([
      { store_id: 's2', role: 'primary' },
      { store_id: 's3', role: 'secondary' }
    ])
  })

  it('keeps a local-only primary store primary; WeCom’s primary then serves as secondary', () => {
    env.db.exec(`INSERT INTO guide_store VALUES ('g1', 's3', 'primary')`)
    createOrgRepo(env.db).replaceGuideStores('g1', [{ store_id: 's2', role: 'primary' }])
    expect(rows()).toEqual([
      { store_id: 's2', role: 'secondary' },
      { store_id: 's3', role: 'primary' }
    ])
  })
})
