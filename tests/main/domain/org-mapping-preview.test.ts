import { describe, expect, it } from 'vitest'
import { classifyDepartments } from '../../../main/domain/org/department-kinds'
import { mapDepartments, type DepartmentNode } from '../../../main/domain/org/department-mapping'
import { countMembers } from '../../../main/domain/org/member-counts'
import { diffOrg } from '../../../main/domain/org/org-diff'
import { DEFAULT_ORG_MAPPING, type OrgMappingRule } from '../../../main/domain/org/org-mapping-rule'
import { previewOrgMapping } from '../../../main/domain/org/org-preview'
import {
  applyRuleEdit,
  normalizeNames,
  ruleEditProblems,
  ruleInputOf
} from '../../../main/domain/org/rule-edit'

const node = (id: number, name: string, parentId: number, order = 0): DepartmentNode => ({
  id,
  name,
  parentId,
  order
})
const rule = (patch: Partial<OrgMappingRule> = {}): OrgMappingRule => ({
  ...DEFAULT_ORG_MAPPING,
  ...patch
})
const kindsOf = (departments: DepartmentNode[], r: OrgMappingRule) =>
  Object.fromEntries(
    classifyDepartments(departments, r).departments.map((d) => [d.node.id, d.kind])
  )

/** A brand with 3 levels under 2 regions, 总部 and a department cut off from the root. */
const TREE = [
  node(1, '品牌', 0),
  node(2, '总部', 1, 9),
  node(20, '人事', 2),
  node(10, '华东', 1, 5),
  node(11, '华南', 1, 1),
  node(100, '上海片区', 10),
  node(1000, '徐汇店', 100, 2),
  node(1001, '静安店', 100, 1),
  node(10000, '收银组', 1000),
  node(110, '广州片区', 11),
  node(1100, '天河店', 110),
  node(500, '孤儿', 499)
]

describe('classifyDepartments', () => {
  it('tags brand, regions, stores, inside-store, excluded and cut-off departments', () => {
    expect(kindsOf(TREE, rule())).toEqual({
      1: 'brand',
      2: 'excluded',
      20: 'excluded',
      10: 'region',
      11: 'region',
      100: 'store',
      1000: 'inside-store',
      1001: 'inside-store',
      10000: 'inside-store',
      110: 'store',
      1100: 'inside-store',
      500: 'unmapped'
    })
  })

  it('calls the levels between regions and stores groupings', () => {
    const kinds = kindsOf(TREE, rule({ storeDepth: 3 }))
    expect(kinds).toMatchObject({ 100: 'grouping', 110: 'grouping', 1000: 'store', 1100: 'store' })
    expect(kinds[10000]).toBe('inside-store')
    const deeper = kindsOf(TREE, rule({ regionDepth: 2, storeDepth: 3 }))
    expect(deeper).toMatchObject({ 10: 'grouping', 100: 'region', 1000: 'store' })
  })

  it('agrees with the mapping sync applies, for every rule the screen allows', () => {
    for (let regionDepth = 1; regionDepth <= 3; regionDepth++) {
      for (let storeDepth = regionDepth + 1; storeDepth <= 5; storeDepth++) {
        for (const excludeNames of [[], ['总部'], ['上海片区', '华南']]) {
          const r = rule({ regionDepth, storeDepth, excludeNames })
          const { departments } = classifyDepartments(TREE, r)
          const sync = mapDepartments(TREE, r)
          const ids = (kind: string) =>
            departments
              .filter((d) => d.kind === kind)
              .map((d) => d.node.id)
              .sort()
          expect(ids('region')).toEqual(sync.regions.map((x) => x.departmentId).sort())
          expect(ids('store')).toEqual(sync.stores.map((x) => x.departmentId).sort())
          const folded = [...ids('store'), ...ids('inside-store')].sort()
          expect(folded).toEqual([...sync.storeOf.keys()].sort())
        }
      }
    }
  })

  it('lists the tree depth-first with siblings in WeCom order, cut-off departments last', () => {
    const order = classifyDepartments(TREE, rule()).departments.map((d) => d.node.id)
    expect(order).toEqual([1, 2, 20, 10, 100, 1000, 10000, 1001, 11, 110, 1100, 500])
    const depths = classifyDepartments(TREE, rule()).departments.map((d) => d.depth)
    expect(depths).toEqual([0, 1, 2, 1, 2, 3, 4, 3, 1, 2, 3, null])
  })

  it('survives a cycle in bad data', () => {
    const looped = [node(1, '品牌', 0), node(2, 'A', 3), node(3, 'B', 2)]
    expect(kindsOf(looped, rule())).toEqual({ 1: 'brand', 2: 'unmapped', 3: 'unmapped' })
  })
})

describe('countMembers', () => {
  it('counts a member once per subtree however many of its departments they are in', () => {
    const counts = countMembers(TREE, [
      { userid: 'a', departmentId: 1000 },
      { userid: 'a', departmentId: 10000 },
      { userid: 'b', departmentId: 1001 },
      { userid: 'c', departmentId: 999 }
    ])
    expect(counts.get(1000)).toEqual({ members: 1, subtreeMembers: 1 })
    expect(counts.get(100)).toEqual({ members: 0, subtreeMembers: 2 })
    expect(counts.get(1)).toEqual({ members: 0, subtreeMembers: 2 })
    expect(counts.get(11)).toEqual({ members: 0, subtreeMembers: 0 })
    expect(counts.has(999)).toBe(false)
  })

  it('stops at a cycle', () => {
    const looped = [node(2, 'A', 3), node(3, 'B', 2)]
    expect(countMembers(looped, [{ userid: 'a', departmentId: 2 }]).get(3)).toEqual({
      members: 0,
      subtreeMembers: 1
    })
  })
})

describe('diffOrg', () => {
  it('skips a store whose region is not mapped, as sync does', () => {
    const mapping = {
      regions: [],
      stores: [{ departmentId: 100, name: '店', regionDepartmentId: 10 }],
      storeOf: new Map([[100, 100]])
    }
    expect(diffOrg(mapping, { regions: [], stores: [] })).toEqual([])
  })

  it('reports a renamed store and a moved one', () => {
    const mapping = mapDepartments(TREE, rule())
    const current = {
      regions: [
        { departmentId: 10, name: '华东' },
        { departmentId: 11, name: '华南' }
      ],
      stores: [
        { departmentId: 100, name: '上海', regionDepartmentId: 10, regionName: '华东' },
        { departmentId: 110, name: '广州片区', regionDepartmentId: 10, regionName: '华东' }
      ]
    }
    expect(diffOrg(mapping, current)).toEqual([
      {
        entity: 'store',
        change: 'rename',
        departmentId: 100,
        name: '上海片区',
        from: '上海',
        to: '上海片区'
      },
      {
        entity: 'store',
        change: 'move',
        departmentId: 110,
        name: '广州片区',
        from: '华东',
        to: '华南'
      }
    ])
  })
})

describe('previewOrgMapping', () => {
  it('totals regions, stores, inside-store and excluded departments', () => {
    const preview = previewOrgMapping({
      departments: TREE,
      memberships: [],
      current: { regions: [], stores: [] },
      rule: rule()
    })
    expect(preview.totals).toEqual({
      departments: 12,
      regions: 2,
      stores: 2,
      insideStore: 4,
      excluded: 2,
      storesWithoutRegion: 0
    })
    expect(preview.changes.map((c) => `${c.entity}:${c.change}:${c.departmentId}`).sort()).toEqual([
      'region:create:10',
      'region:create:11',
      'store:create:100',
      'store:create:110'
    ])
  })
})

describe('rule edits', () => {
  it('normalises names: trimmed, no blanks, each once', () => {
    expect(normalizeNames([' 总部', '总部 ', '', '  ', '电商部'])).toEqual(['总部', '电商部'])
  })

  it('lists every problem at once', () => {
    expect(ruleEditProblems({ regionDepth: 15, storeDepth: 3, excludeNames: [] })).toEqual([
      '大区层级需为 1 到 14 之间的整数',
      '门店层级需比大区层级更深（数字更大）'
    ])
    expect(ruleEditProblems({ regionDepth: 1, storeDepth: 2, excludeNames: ['总部'] })).toEqual([])
  })

  it('counts characters, not UTF-16 units, against the 32-character limit', () => {
    const emoji = '🏬'.repeat(32)
    expect(ruleEditProblems({ regionDepth: 1, storeDepth: 2, excludeNames: [emoji] })).toEqual([])
  })

  it('keeps what the screen does not edit', () => {
    const stored = rule({ excludeDepartmentIds: [7] })
    const next = applyRuleEdit(stored, { regionDepth: 2, storeDepth: 4, excludeNames: [' A '] })
    expect(next).toEqual({ ...stored, regionDepth: 2, storeDepth: 4, excludeNames: ['A'] })
    expect(ruleInputOf(next)).toEqual({ regionDepth: 2, storeDepth: 4, excludeNames: ['A'] })
  })
})
