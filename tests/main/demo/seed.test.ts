import { afterEach, describe, expect, it } from 'vitest'
import { createStoreRepo } from '../../../main/db/repos/store-repo'
import { seedDemoEnterprise, type DemoSeedResult } from '../../../main/demo/seed'
import { createTestDb } from '../../helpers/test-db'
import { digestTables } from './db-digest'

const SMALL = { seed: 7, stores: 40, guides: 150, relations: 5000 }

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

function emptyDb() {
  const t = createTestDb()
  cleanups.push(t.cleanup)
  return t.db
}

function seeded(options: Partial<typeof SMALL> = {}) {
  const db = emptyDb()
  const result = seedDemoEnterprise(db, { ...SMALL, ...options })
  return { db, result: result as DemoSeedResult }
}

/** [child table, its columns, parent table, the matching columns]: every row must find one. */
const LINKS: readonly (readonly [string, string, string, string])[] = [
  ['follow_relation', 'userid', 'member', 'userid'],
  ['follow_relation', 'external_userid', 'external_contact', 'external_userid'],
  ['external_contact', 'external_userid', 'follow_relation', 'external_userid'],
  ['follow_relation_tag', 'userid, external_userid', 'follow_relation', 'userid, external_userid'],
  ['follow_relation_tag', 'tag_id', 'corp_tag', 'tag_id'],
  ['corp_tag', 'group_id', 'corp_tag_group', 'group_id'],
  ['member', 'main_department', 'department', 'id'],
  ['member_department', 'department_id', 'department', 'id'],
  ['guide_store', 'userid', 'member', 'userid'],
  ['store', 'department_id', 'department', 'id'],
  ['region', 'department_id', 'department', 'id'],
  ['group_chat', 'owner', 'member', 'userid']
]

type Db = ReturnType<typeof emptyDb>
const count = (db: Db, sql: string): number =>
  (db.prepare(sql).pluck().get() as number | undefined) ?? 0

describe('seedDemoEnterprise', () => {
  it('writes identical data for the same seed and different data for another', () => {
    const a = digestTables(seeded().db)
    expect(digestTables(seeded().db)).toBe(a)
    expect(digestTables(seeded({ seed: 8 }).db)).not.toBe(a)
  })

  it('writes exactly the counts asked for and reports what it wrote', () => {
    const { db, result } = seeded()
    expect(result.counts.stores).toBe(SMALL.stores)
    expect(result.counts.guides).toBe(SMALL.guides)
    expect(result.counts.relations).toBe(SMALL.relations)
    expect(count(db, 'SELECT count(*) FROM store')).toBe(SMALL.stores)
    expect(count(db, 'SELECT count(*) FROM member WHERE is_guide = 1')).toBe(SMALL.guides)
    expect(count(db, 'SELECT count(*) FROM follow_relation')).toBe(SMALL.relations)
    expect(count(db, 'SELECT count(*) FROM external_contact')).toBe(result.counts.customers)
    expect(count(db, 'SELECT count(*) FROM follow_relation_tag')).toBe(result.counts.relationTags)
    expect(count(db, 'SELECT count(*) FROM department')).toBe(result.counts.departments)
    expect(count(db, 'SELECT count(*) FROM region')).toBe(6)
    expect(count(db, 'SELECT count(*) FROM group_chat')).toBe(result.counts.groupChats)
  })

  it('leaves no dangling references', () => {
    const { db } = seeded()
    for (const [child, fk, parent, key] of LINKS) {
      const on = (alias: string, cols: string) =>
        cols
          .split(', ')
          .map((c) => `${alias}.${c}`)
          .join(', ')
      const sql = `SELECT count(*) FROM ${child} c WHERE NOT EXISTS
        (SELECT 1 FROM ${parent} p WHERE (${on('p', key)}) = (${on('c', fk)}))`
      expect(count(db, sql), `${child}.${fk} → ${parent}.${key}`).toBe(0)
    }
    const orphanDepartments = `SELECT count(*) FROM department d
      WHERE d.parent_id <> 0 AND NOT EXISTS (SELECT 1 FROM department p WHERE p.id = d.parent_id)`
    expect(count(db, orphanDepartments)).toBe(0)
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('includes the situations the console must handle', () => {
    const { db } = seeded()
    const storesWithoutGuides = count(
      db,
      `SELECT count(*) FROM store s
        WHERE NOT EXISTS (SELECT 1 FROM guide_store g WHERE g.store_id = s.id)`
    )
    expect(storesWithoutGuides).toBeGreaterThanOrEqual(1)
    const departedWithCustomers = count(
      db,
      `SELECT count(DISTINCT m.userid) FROM member m JOIN follow_relation f USING (userid)
        WHERE m.status = 5`
    )
    expect(departedWithCustomers).toBeGreaterThanOrEqual(1)
    expect(count(db, 'SELECT count(*) FROM group_chat WHERE status = 1')).toBeGreaterThanOrEqual(1)
    const repo = createStoreRepo(db)
    expect(repo.list({}).some((s) => s.guideCount === 0)).toBe(true)
  })

  it('writes times from options.now and records what it seeded', () => {
    const now = Date.UTC(2026, 5, 1)
    const { db } = seeded({ now } as Partial<typeof SMALL>)
    expect(count(db, 'SELECT count(DISTINCT synced_at) FROM follow_relation')).toBe(1)
    expect(count(db, 'SELECT max(synced_at) FROM external_contact')).toBe(now)
    expect(count(db, 'SELECT max(updated_at) FROM store')).toBe(now)
    expect(count(db, 'SELECT max(created_at) FROM follow_relation')).toBeLessThanOrEqual(now)
    const setting = (key: string) =>
      JSON.parse(db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(key) as string)
    expect(setting('demo.seededAt')).toBe(now)
    expect(setting('enterprise.name')).toBe('掌柜演示品牌')
    expect(setting('demo.seed')).toMatchObject({ ...SMALL, now })
  })

  it('seeds only an empty cache', () => {
    const { db } = seeded()
    const before = digestTables(db)
    expect(seedDemoEnterprise(db, SMALL)).toBeNull()
    expect(seedDemoEnterprise(db, { ...SMALL, seed: 99 })).toBeNull()
    expect(digestTables(db)).toBe(before)

    const synced = emptyDb()
    synced.prepare("INSERT INTO department (id, name, synced_at) VALUES (1, '真实企业', 0)").run()
    expect(seedDemoEnterprise(synced, SMALL)).toBeNull()
    expect(count(synced, 'SELECT count(*) FROM member')).toBe(0)

    const configured = emptyDb()
    configured.prepare(`INSERT INTO setting (key, value) VALUES ('wecom.corpId', '"ww123"')`).run()
    expect(seedDemoEnterprise(configured, SMALL)).toBeNull()
  })

  it('leaves the cache empty, indexes intact, when a seed fails half-way', () => {
    const db = emptyDb()
    const schema = () => db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()
    const before = schema()
    const fail = () => {
      throw new Error('disk full')
    }
    expect(() => seedDemoEnterprise(db, SMALL, { onProgress: fail, progressEvery: 1000 })).toThrow(
      'disk full'
    )
    expect(schema()).toEqual(before)
    expect(count(db, 'SELECT count(*) FROM member')).toBe(0)
    expect(count(db, 'SELECT count(*) FROM setting')).toBe(0)
    expect(seedDemoEnterprise(db, SMALL)?.counts.relations).toBe(SMALL.relations)
  })

  it('reports progress up to the total', () => {
    const db = emptyDb()
    const seen: number[] = []
    seedDemoEnterprise(db, SMALL, { onProgress: (done) => seen.push(done), progressEvery: 2000 })
    expect(seen.length).toBeGreaterThanOrEqual(3)
    expect(seen.at(-1)).toBe(SMALL.relations)
  })

  it('restores the connection page cache size afterwards', () => {
    const db = emptyDb()
    const before = db.pragma('cache_size', { simple: true })
    seedDemoEnterprise(db, { ...SMALL, relations: 100 })
    expect(db.pragma('cache_size', { simple: true })).toBe(before)
  })
})
