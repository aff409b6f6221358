import { describe, expect, it } from 'vitest'
import { applyAction, applyAssignments } from '../../../../main/domain/guides/bulk-action'
import { departmentListAfter } from '../../../../main/domain/guides/department-list'
import { diffStates, wecomEffectOf } from '../../../../main/domain/guides/guide-diff'
import { normaliseState, sameState, type GuideState } from '../../../../main/domain/guides/guide-state'
import { maskMobile, normaliseMobile, statusOf } from '../../../../main/domain/guides/guide-status'
import { planAssignments } from '../../../../main/domain/guides/import-rows'
import { matchPastedLines } from '../../../../main/domain/guides/paste-matcher'

/** Stores A (dept 11), B (dept 12), L (local only, no department). */
const DEPT = new Map([
  ['A', 11],
  ['B', 12]
])
const state = (over: Partial<GuideState> = {}): GuideState =>
  normaliseState({ isGuide: true, stores: [], tags: [], departments: [], mainDepartment: null, leaderIn: [], ...over })

describe('department list after a store change', () => {
  it('keeps non-store departments, drops removed stores, adds new ones, main = primary store', () => {
    const out = departmentListAfter({
      current: [1, 11],
      currentMain: 11,
      before: [{ storeId: 'A', role: 'primary' }],
      after: [{ storeId: 'B', role: 'primary' }],
      storeDepartment: DEPT
    })
    expect(out).toEqual({ departments: [1, 12], mainDepartment: 12 })
  })

  it('ignores local-only stores and keeps the main department when no primary has one', () => {
    const out = departmentListAfter({
      current: [1],
      currentMain: 1,
      before: [],
      after: [{ storeId: 'L', role: 'primary' }],
      storeDepartment: DEPT
    })
    expect(out).toEqual({ departments: [1], mainDepartment: 1 })
  })

  it('keeps a department another kept store still needs', () => {
    const out = departmentListAfter({
      current: [11],
      currentMain: 11,
      before: [{ storeId: 'A', role: 'primary' }],
      after: [{ storeId: 'A', role: 'secondary' }],
      storeDepartment: DEPT
    })
    expect(out.departments).toEqual([11])
  })
})

describe('bulk actions on one guide', () => {
  const guide = state({ stores: [{ storeId: 'A', role: 'primary' }], departments: [1, 11], mainDepartment: 11, tags: ['x'] })

  it('set-primary moves the guide and rewrites the WeCom list', () => {
    const next = applyAction(guide, { kind: 'set-primary', storeId: 'B' }, DEPT)
    expect(next.stores).toEqual([{ storeId: 'B', role: 'primary' }])
    expect(normaliseState(next).departments).toEqual([1, 12])
    expect(next.mainDepartment).toBe(12)
    expect(wecomEffectOf(guide, normaliseState(next))).toBe('write')
  })

  it('add-stores adds secondaries only where missing; remove-stores removes any role', () => {
    const added = applyAction(guide, { kind: 'add-stores', storeIds: ['A', 'L'] }, DEPT)
    expect(added.stores).toEqual([{ storeId: 'A', role: 'primary' }, { storeId: 'L', role: 'secondary' }])
    expect(wecomEffectOf(guide, normaliseState(added))).toBe('local')
    const removed = applyAction(guide, { kind: 'remove-stores', storeIds: ['A'] }, DEPT)
    expect(removed.stores).toEqual([])
    expect(removed.departments).toEqual([1])
  })

  it('tags and the guide mark change nothing in WeCom', () => {
    const next = normaliseState(applyAction(applyAction(guide, { kind: 'add-tags', tags: ['y', 'x'] }, DEPT), { kind: 'unmark-guide' }, DEPT))
    expect(next.tags).toEqual(['x', 'y'])
    expect(next.isGuide).toBe(false)
    expect(wecomEffectOf(guide, next)).toBe('none')
    expect(sameState(applyAction(guide, { kind: 'remove-tags', tags: ['none'] }, DEPT), guide)).toBe(true)
  })

  it('flags a guide left without any department as needing one', () => {
    const only = state({ stores: [{ storeId: 'A', role: 'primary' }], departments: [11], mainDepartment: 11 })
    const next = normaliseState(applyAction(only, { kind: 'remove-stores', storeIds: ['A'] }, DEPT))
    expect(wecomEffectOf(only, next)).toBe('needs-department')
  })

  it('import assignments apply in sheet order', () => {
    const next = applyAssignments(guide, [{ storeId: 'B', role: 'secondary' }, { storeId: 'B', role: 'primary' }], DEPT)
    expect(next.stores).toEqual([{ storeId: 'B', role: 'primary' }])
  })
})

describe('diff rows', () => {
  it('says who changes from what to what in store names', () => {
    const before = state({ stores: [{ storeId: 'A', role: 'primary' }] })
    const after = state({ isGuide: false, stores: [{ storeId: 'B', role: 'primary' }, { storeId: 'A', role: 'secondary' }] })
    const names: Record<string, string> = { A: '南京东路店', B: '徐家汇店' }
    expect(diffStates(before, after, { storeName: (id) => names[id] ?? id })).toEqual([
      { field: 'isGuide', from: '1', to: '0' },
      { field: 'primaryStore', from: '南京东路店', to: '徐家汇店' },
      { field: 'otherStores', from: '', to: '南京东路店' }
    ])
  })
})

describe('paste matcher', () => {
  const guides = [
    { userid: 'zhangsan', name: '张三', mobile: '13800001234' },
    { userid: 'zhangsan2', name: '张三', mobile: '13800005678' },
    { userid: 'lisi', name: '李四', mobile: null }
  ]

  it('matches userids (any case), mobiles in any format and unique names; lists the rest', () => {
    const text = 'ZhangSan\r\n+86 138-0000-5678\n\n李四\t备注\n张三\n王五\nzhangsan'
    expect(matchPastedLines(text, guides)).toEqual({
      matched: ['zhangsan', 'zhangsan2', 'lisi'],
      unmatched: [{ line: 6, value: '王五' }],
      ambiguous: [
        {
          line: 5,
          value: '张三',
          candidates: [
            { userid: 'zhangsan', name: '张三' },
            { userid: 'zhangsan2', name: '张三' }
          ]
        }
      ]
    })
  })
})

describe('status and mobile', () => {
  it('maps WeCom status codes and masks mobiles', () => {
    expect([1, 2, 4, 5, 9].map(statusOf)).toEqual(['active', 'disabled', 'inactive', 'left', 'disabled'])
    expect(maskMobile('13812341234')).toBe('138****1234')
    expect(maskMobile(null)).toBeNull()
    expect(normaliseMobile('８６13812341234')).toBe('13812341234')
  })
})

describe('assignment sheet rows', () => {
  const guides = [{ userid: 'zs', name: '张三', mobile: '13800001234' }]
  const stores = new Map([['SH01', 'A']])
  const columns = { guide: '账号', store: '门店编码', role: '角色' }

  it('plans good rows and reports each bad one by row number and reason', () => {
    const plan = planAssignments(
      [
        { row: 2, cells: { guide: '13800001234', store: 'SH01', role: '主' } },
        { row: 3, cells: { guide: null, store: 'SH01', role: null } },
        { row: 4, cells: { guide: 'zs', store: 'XX', role: '副' } },
        { row: 5, cells: { guide: 'zs', store: 'SH01', role: '老板' } },
        { row: 6, cells: { guide: 'zs', store: 'SH01', role: 'Primary' } },
        { row: 7, cells: { guide: 'zs', store: null, role: null } }
      ],
      guides,
      stores,
      columns
    )
    expect(plan.byGuide.get('zs')).toEqual([{ row: 2, storeId: 'A', role: 'primary' }])
    expect(plan.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, '账号', 'missing-guide'],
      [4, '门店编码', 'unknown-store'],
      [5, '角色', 'bad-role'],
      [6, '角色', 'two-primaries']
    ])
    expect(plan.issues[1]?.message).toMatch(/XX/)
  })
})
