import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createStoreRepo, type StoreRepo } from '../../../../main/db/repos/store-repo'
import { STORE_SORT_COLUMNS } from '../../../../preload/contract/models'
import { SAMPLE_STORES, seedGuide, seedStores } from '../../../helpers/store-fixtures'
import { createTestDb } from '../../../helpers/test-db'

let env: ReturnType<typeof createTestDb>
let repo: StoreRepo
beforeEach(() => {
  env = createTestDb()
  seedStores(env.db, SAMPLE_STORES)
  seedGuide(env.db, 'alice', 's1')
  seedGuide(env.db, 'bob', 's1')
  seedGuide(env.db, 'carol', 's4')
  seedGuide(env.db, 'dave', 's4', 5) // left the corp: not counted
  repo = createStoreRepo(env.db)
})
afterEach(() => env.cleanup())

const codes = (rows: { code: string }[]) => rows.map((r) => r.code)

describe('store repo list', () => {
  it('returns every store by code when nothing is filtered', () => {
    expect(codes(repo.list({}))).toEqual(['GZ0001', 'HZ0001', 'SH0001', 'SH0002', 'SZ0001'])
  })

  it('filters by region, type and city together', () => {
    expect(codes(repo.list({ regionIds: ['r-east'] }))).toEqual(['HZ0001', 'SH0001', 'SH0002'])
    expect(codes(repo.list({ regionIds: ['r-east'], types: ['convenience'] }))).toEqual(['SH0002'])
    expect(codes(repo.list({ cities: ['深圳', '杭州'] }))).toEqual(['HZ0001', 'SZ0001'])
    expect(repo.list({ regionIds: ['r-south'], cities: ['上海'] })).toEqual([])
  })

  it('searches code, name, address and city, case-insensitively', () => {
    expect(codes(repo.list({ search: 'sh0001' }))).toEqual(['SH0001'])
    expect(codes(repo.list({ search: '天河' }))).toEqual(['GZ0001'])
    expect(codes(repo.list({ search: '  杭州 ' }))).toEqual(['HZ0001'])
  })

  it('sorts on every column both ways, ties broken by code', () => {
    for (const column of STORE_SORT_COLUMNS) {
      const asc = codes(repo.list({ sort: { column, desc: false } }))
      const desc = codes(repo.list({ sort: { column, desc: true } }))
      expect(asc).toHaveLength(5)
      expect(new Set(desc)).toEqual(new Set(asc))
    }
    expect(codes(repo.list({ sort: { column: 'visitMinutes', desc: true } }))).toEqual([
      'SH0001',
      'HZ0001',
      'SZ0001',
      'SH0002',
      'GZ0001'
    ])
    expect(codes(repo.list({ sort: { column: 'type', desc: false } }))[0]).toBe('SH0001') // KA first
  })

  it('counts only active guides serving the store', () => {
    const byCode = repo.allByCode()
    expect(byCode.get('SH0001')?.guideCount).toBe(2)
    expect(byCode.get('GZ0001')?.guideCount).toBe(1)
    expect(byCode.get('SZ0001')?.guideCount).toBe(0)
    expect(codes(repo.list({ sort: { column: 'guideCount', desc: true } })).slice(0, 2)).toEqual(['SH0001', 'GZ0001'])
  })

  it('gives facets with store counts per region and city', () => {
    const f = repo.facets()
    expect(f.regions).toEqual([
      { id: 'r-east', name: '华东大区', storeCount: 3 },
      { id: 'r-south', name: '华南大区', storeCount: 2 }
    ])
    expect(f.cities[0]).toEqual({ city: '上海', storeCount: 2 })
  })
})
