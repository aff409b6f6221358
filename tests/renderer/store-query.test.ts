import { describe, expect, it } from 'vitest'
import {
  buildStoreQuery,
  hasFilters,
  NO_FILTERS,
  toStoreSort
} from '../../renderer/src/features/stores/store-query'

describe('buildStoreQuery', () => {
  it('sends nothing for an empty filter bar, so "all stores" is one cache entry', () => {
    expect(buildStoreQuery(NO_FILTERS, [])).toEqual({})
    expect(buildStoreQuery({ ...NO_FILTERS, search: '   ' }, [])).toEqual({})
  })

  it('trims the search text and caps it at the 200 characters main accepts', () => {
    expect(buildStoreQuery({ ...NO_FILTERS, search: '  徐汇 ' }, []).search).toBe('徐汇')
    expect(buildStoreQuery({ ...NO_FILTERS, search: 'x'.repeat(300) }, []).search).toHaveLength(200)
  })

  it('passes the multi-select filters through as copies', () => {
    const filters = {
      search: '',
      regionIds: ['r-east'],
      types: ['ka' as const, 'convenience' as const],
      cities: ['上海', '杭州']
    }
    const query = buildStoreQuery(filters, [])
    expect(query).toEqual({
      regionIds: ['r-east'],
      types: ['ka', 'convenience'],
      cities: ['上海', '杭州']
    })
    expect(query.regionIds).not.toBe(filters.regionIds)
  })

  it('maps the grid sort onto one StoreSortColumn', () => {
    expect(buildStoreQuery(NO_FILTERS, [{ id: 'guideCount', desc: true }]).sort).toEqual({
      column: 'guideCount',
      desc: true
    })
  })
})

describe('toStoreSort', () => {
  it('ignores columns main cannot sort (the checkbox column) and extra sort entries', () => {
    expect(toStoreSort([])).toBeUndefined()
    expect(toStoreSort([{ id: 'select', desc: false }])).toBeUndefined()
    expect(
      toStoreSort([
        { id: 'name', desc: false },
        { id: 'code', desc: true }
      ])
    ).toEqual({ column: 'name', desc: false })
  })
})

describe('hasFilters', () => {
  it('is false for blank search and empty selections, true otherwise', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false)
    expect(hasFilters({ ...NO_FILTERS, search: '  ' })).toBe(false)
    expect(hasFilters({ ...NO_FILTERS, cities: ['北京'] })).toBe(true)
  })
})
