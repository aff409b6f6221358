import { describe, expect, it } from 'vitest'
import {
  guideStoresOf,
  mapDepartments,
  type DepartmentNode
} from '../../../main/domain/org/department-mapping'
import { DEFAULT_ORG_MAPPING, resolveOrgMapping } from '../../../main/domain/org/org-mapping-rule'

const d = (id: number, name: string, parentId: number, order = 0): DepartmentNode => ({
  id,
  name,
  parentId,
  order
})

const TREE = [
  d(1, '掌柜品牌', 0),
  d(2, '总部', 1, 300),
  d(21, '财务部', 2),
  d(10, '华东大区', 1, 200),
  d(11, '华南大区', 1, 100),
  d(101, '南京路店', 10),
  d(102, '淮海路店', 10),
  d(1021, '淮海路店-收银组', 102),
  d(10211, '早班', 1021),
  d(111, '天河店', 11),
  d(999, '孤儿部门', 777) // its parent is outside the visible range
]

describe('mapDepartments (default rule)', () => {
  const mapping = mapDepartments(TREE, DEFAULT_ORG_MAPPING)

  it('depth 1 are regions in WeCom order; 总部 is head office, not a region', () => {
    expect(mapping.regions).toEqual([
      { departmentId: 10, name: '华东大区', sortOrder: 1 },
      { departmentId: 11, name: '华南大区', sortOrder: 2 }
    ])
  })

  it('depth 2 are stores of their region; deeper departments fold into their store', () => {
    expect(mapping.stores).toEqual([
      { departmentId: 101, name: '南京路店', regionDepartmentId: 10 },
      { departmentId: 102, name: '淮海路店', regionDepartmentId: 10 },
      { departmentId: 111, name: '天河店', regionDepartmentId: 11 }
    ])
    expect(mapping.storeOf.get(10211)).toBe(102)
    expect(mapping.storeOf.get(1021)).toBe(102)
    expect(mapping.storeOf.has(10)).toBe(false)
    expect(mapping.storeOf.has(21)).toBe(false)
    expect(mapping.storeOf.has(999)).toBe(false)
  })

  it('survives a parent cycle in bad data', () => {
    const cyclic = [d(1, 'root', 0), d(5, 'a', 6), d(6, 'b', 5)]
    expect(mapDepartments(cyclic, DEFAULT_ORG_MAPPING).stores).toEqual([])
  })
})

describe('mapDepartments (configured rule)', () => {
  it('excludes by id with the subtree, and takes other depths', () => {
    const rule = {
      ...DEFAULT_ORG_MAPPING,
      excludeNames: [],
      excludeDepartmentIds: [11],
      regionDepth: 2,
      storeDepth: 3
    }
    const mapping = mapDepartments(TREE, rule)
    expect(mapping.regions.map((r) => r.departmentId)).toEqual([21, 101, 102])
    expect(mapping.stores).toEqual([
      { departmentId: 1021, name: '淮海路店-收银组', regionDepartmentId: 102 }
    ])
  })
})

describe('guideStoresOf', () => {
  const { storeOf } = mapDepartments(TREE, DEFAULT_ORG_MAPPING)

  it('main department store is primary, the others secondary, each store once', () => {
    expect(guideStoresOf([101, 10211, 102], 10211, storeOf)).toEqual([
      { storeDepartmentId: 102, role: 'primary' },
      { storeDepartmentId: 101, role: 'secondary' }
    ])
  })

  it('no primary when the main department is not a store', () => {
    expect(guideStoresOf([10, 111], 10, storeOf)).toEqual([
      { storeDepartmentId: 111, role: 'secondary' }
    ])
    expect(guideStoresOf([2], 2, storeOf)).toEqual([])
  })
})

describe('resolveOrgMapping', () => {
  it('absent or invalid falls back to the default; partial fills from it', () => {
    expect(resolveOrgMapping(undefined)).toBe(DEFAULT_ORG_MAPPING)
    expect(resolveOrgMapping({ regionDepth: 3, storeDepth: 2 })).toBe(DEFAULT_ORG_MAPPING)
    expect(
      resolveOrgMapping({ newStore: { type: 'rocket', openingHours: 'x', visitMinutes: 1 } })
    ).toBe(DEFAULT_ORG_MAPPING)
    expect(resolveOrgMapping({ excludeNames: [] })).toEqual({
      ...DEFAULT_ORG_MAPPING,
      excludeNames: []
    })
  })
})
