import { describe, expect, it } from 'vitest'
import { cacheDigest } from '../../../main/sync'
import { testCache } from './sync-harness'

describe('cacheDigest', () => {
  it('ignores sync bookkeeping and the time of a removal, not the removal itself', () => {
    const db = testCache()
    db.prepare(
      "INSERT INTO department (id, name, parent_id, synced_at) VALUES (1, '品牌', 0, 10)"
    ).run()
    const base = cacheDigest(db)
    db.prepare('UPDATE department SET synced_at = 99').run()
    expect(cacheDigest(db)).toBe(base)
    db.prepare('UPDATE department SET removed_at = 5').run()
    const removed = cacheDigest(db)
    expect(removed).not.toBe(base)
    db.prepare('UPDATE department SET removed_at = 7').run()
    expect(cacheDigest(db)).toBe(removed)
    db.prepare("UPDATE department SET name = '新品牌'").run()
    expect(cacheDigest(db)).not.toBe(removed)
  })

  it('refuses a table it has no order for', () => {
    expect(() => cacheDigest(testCache(), ['sync_state'])).toThrow(RangeError)
  })
})
