import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEventBus } from '../../../main/app/event-bus'
import { createAuditRepo } from '../../../main/db/repos/audit-repo'
import { createSettingRepo } from '../../../main/db/repos/setting-repo'
import {
  DEFAULT_ORG_MAPPING,
  ORG_MAPPING_SETTING_KEY,
  resolveOrgMapping
} from '../../../main/domain/org/org-mapping-rule'
import { AppError } from '../../../main/errors'
import {
  createOrgMappingService,
  type OrgMappingService
} from '../../../main/services/org-mapping-service'
import type { OrgMappingView } from '../../../preload/contract/models'
import { createTestDb } from '../../helpers/test-db'

let env: ReturnType<typeof createTestDb>
let service: OrgMappingService
let pushed: unknown[]
const NOW = Date.UTC(2026, 10, 24, 8, 0)

/**
 * 品牌 (1)
 * ├─ 总部 (2) ─ 财务部 (21)
 * ├─ 华东大区 (10) ─ 上海一店 (100) ─ 收银组 (1000)
 * │                └ 杭州店 (101)
 * └─ 华南大区 (11) ─ 广州店 (110)
 * The cache's regions and stores lag behind: 华东大区 is still called 华东区, 广州店 still sits
 * in 华东, 杭州店 is new, and region 99 / store 200 follow departments that are gone.
 */
function seed(): void {
  const dept = env.db.prepare(
    'INSERT INTO department (id, name, parent_id, sort_order, synced_at) VALUES (?, ?, ?, ?, 1)'
  )
  for (const [id, name, parent, order] of [
    [1, '品牌', 0, 0],
    [2, '总部', 1, 300],
    [21, '财务部', 2, 0],
    [10, '华东大区', 1, 200],
    [11, '华南大区', 1, 100],
    [100, '上海一店', 10, 20],
    [101, '杭州店', 10, 10],
    [1000, '收银组', 100, 0],
    [110, '广州店', 11, 0]
  ] as const) {
    dept.run(id, name, parent, order)
  }
  env.db.prepare('UPDATE department SET removed_at = 5 WHERE id = 21').run()
  const member = env.db.prepare(
    'INSERT INTO member (userid, name, removed_at, synced_at) VALUES (?, ?, ?, 1)'
  )
  const inDept = env.db.prepare(
    'INSERT INTO member_department (userid, department_id) VALUES (?, ?)'
  )
  for (const [userid, removed, depts] of [
    ['u1', null, [100]],
    ['u2', null, [100, 1000]],
    ['u3', null, [2]],
    ['u4', null, [110]],
    ['u5', 9, [101]]
  ] as const) {
    member.run(userid, userid, removed)
    for (const d of depts) inDept.run(userid, d)
  }
  env.db.exec(`
    INSERT INTO region (id, name, department_id) VALUES
      ('r10', '华东区', 10), ('r11', '华南大区', 11), ('r99', '西北大区', 99), ('hq', '直营', NULL);
    INSERT INTO store (id, code, name, region_id, department_id, city, type, opening_hours,
        visit_minutes, updated_at) VALUES
      ('s100', 'S100', '上海一店', 'r10', 100, '上海', 'ka', '09:00-22:00', 30, 1),
      ('s110', 'S110', '广州店', 'r10', 110, '广州', 'ka', '09:00-22:00', 30, 1),
      ('s200', 'S200', '旧店', 'r10', 200, '南京', 'ka', '09:00-22:00', 30, 1),
      ('own', 'OWN', '直营店', 'hq', NULL, '上海', 'ka', '09:00-22:00', 30, 1);
  `)
}

beforeEach(() => {
  env = createTestDb()
  seed()
  const events = createEventBus()
  pushed = []
  events.subscribe((event, payload) => pushed.push([event, payload]))
  service = createOrgMappingService({
    db: env.db,
    settings: createSettingRepo(env.db),
    audit: createAuditRepo(env.db),
    events,
    now: () => NOW
  })
})
afterEach(() => env.cleanup())

const kinds = (view: OrgMappingView) => Object.fromEntries(view.nodes.map((n) => [n.id, n.kind]))
const changes = (view: OrgMappingView) =>
  view.changes.map((c) => [c.entity, c.change, c.departmentId, c.from, c.to])
const errorOf = (fn: () => unknown): AppError => {
  try {
    fn()
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected an AppError')
}
const tables = () =>
  env.db
    .prepare(
      'SELECT id, name, removed_at FROM region UNION ALL SELECT id, name, removed_at FROM store'
    )
    .all()

describe('org mapping view', () => {
  it('shows the default rule and tags every live department, in WeCom order', () => {
    const view = service.view()
    expect(view.rule).toEqual({ regionDepth: 1, storeDepth: 2, excludeNames: ['总部'] })
    expect(view.defaultRule).toEqual(view.rule)
    expect(view.nodes.map((n) => n.id)).toEqual([1, 2, 10, 100, 1000, 101, 11, 110])
    expect(kinds(view)).toEqual({
      1: 'brand',
      2: 'excluded',
      10: 'region',
      11: 'region',
      100: 'store',
      101: 'store',
      110: 'store',
      1000: 'inside-store'
    })
    expect(view.nodes.find((n) => n.id === 100)).toMatchObject({ depth: 2, parentId: 10 })
  })

  it('counts live members per department and once per subtree', () => {
    const byId = new Map(service.view().nodes.map((n) => [n.id, n]))
    expect(byId.get(100)).toMatchObject({ members: 2, subtreeMembers: 2 })
    expect(byId.get(1000)).toMatchObject({ members: 1, subtreeMembers: 1 })
    expect(byId.get(10)).toMatchObject({ members: 0, subtreeMembers: 2 })
    expect(byId.get(101)).toMatchObject({ members: 0, subtreeMembers: 0 })
    expect(byId.get(1)).toMatchObject({ members: 0, subtreeMembers: 4 })
  })

  it('totals the mapping and lists what the next sync changes in regions and stores', () => {
    const view = service.view()
    expect(view.totals).toEqual({
      departments: 8,
      regions: 2,
      stores: 3,
      insideStore: 1,
      excluded: 1,
      storesWithoutRegion: 0
    })
    expect(changes(view)).toEqual([
      ['region', 'remove', 99, null, null],
      ['region', 'rename', 10, '华东区', '华东大区'],
      ['store', 'create', 101, null, null],
      ['store', 'remove', 200, null, null],
      ['store', 'move', 110, '华东区', '华南大区']
    ])
  })

  it('changes nothing before the first sync has brought departments', () => {
    env.db.exec('DELETE FROM department')
    const view = service.view()
    expect(view.nodes).toEqual([])
    expect(view.changes).toEqual([])
    expect(view.totals.regions).toBe(0)
  })
})

describe('org mapping preview', () => {
  it('applies an edited rule without writing anything', () => {
    const before = tables()
    const view = service.preview({ regionDepth: 1, storeDepth: 3, excludeNames: [] })
    expect(view.rule).toEqual({ regionDepth: 1, storeDepth: 3, excludeNames: [] })
    expect(kinds(view)).toMatchObject({ 2: 'region', 100: 'grouping', 1000: 'store' })
    // 总部 is a department like any other once no name is excluded.
    expect(changes(view)).toEqual([
      ['region', 'create', 2, null, null],
      ['region', 'remove', 99, null, null],
      ['region', 'rename', 10, '华东区', '华东大区'],
      ['store', 'create', 1000, null, null],
      ['store', 'remove', 110, null, null],
      ['store', 'remove', 200, null, null],
      ['store', 'remove', 100, null, null]
    ])
    expect(createSettingRepo(env.db).get(ORG_MAPPING_SETTING_KEY)).toBeUndefined()
    expect(tables()).toEqual(before)
    expect(pushed).toEqual([])
  })
})

describe('org mapping update', () => {
  it('saves the edit over the stored rule, audits it, and sync reads it from then on', () => {
    const settings = createSettingRepo(env.db)
    settings.set(ORG_MAPPING_SETTING_KEY, { excludeDepartmentIds: [11] })
    const view = service.update({
      regionDepth: 1,
      storeDepth: 3,
      excludeNames: [' 总部 ', '总部', '']
    })
    expect(view.rule).toEqual({ regionDepth: 1, storeDepth: 3, excludeNames: ['总部'] })
    expect(kinds(view)).toMatchObject({ 11: 'excluded', 110: 'excluded', 1000: 'store' })
    expect(resolveOrgMapping(settings.get(ORG_MAPPING_SETTING_KEY))).toEqual({
      ...DEFAULT_ORG_MAPPING,
      storeDepth: 3,
      excludeDepartmentIds: [11]
    })
    expect(service.view().rule.storeDepth).toBe(3)
    const audit = createAuditRepo(env.db).listFor('setting', ORG_MAPPING_SETTING_KEY)
    expect(audit).toEqual([
      expect.objectContaining({
        at: NOW,
        action: 'org-mapping.update',
        before: { regionDepth: 1, storeDepth: 2, excludeNames: ['总部'] },
        after: { regionDepth: 1, storeDepth: 3, excludeNames: ['总部'] }
      })
    ])
    expect(pushed).toEqual([['db:changed', { tables: ['setting'] }]])
  })

  it('leaves regions and stores to the next sync', () => {
    const before = tables()
    service.update({ regionDepth: 2, storeDepth: 3, excludeNames: [] })
    expect(tables()).toEqual(before)
  })

  it.each([
    [{ regionDepth: 2, storeDepth: 2, excludeNames: [] }, '门店层级需比大区层级更深'],
    [{ regionDepth: 0, storeDepth: 2, excludeNames: [] }, '大区层级需为 1 到 14 之间的整数'],
    [{ regionDepth: 1, storeDepth: 15, excludeNames: [] }, '门店层级需为 1 到 14 之间的整数'],
    [{ regionDepth: 1, storeDepth: 2.5, excludeNames: [] }, '门店层级需为 1 到 14 之间的整数'],
    [{ regionDepth: 1, storeDepth: 2, excludeNames: ['店'.repeat(33)] }, '部门名称最长 32 个字'],
    [
      {
        regionDepth: 1,
        storeDepth: 2,
        excludeNames: Array.from({ length: 51 }, (_, i) => `部${i}`)
      },
      '排除的部门名称最多 50 个'
    ]
  ])('refuses %j with a zh-CN reason and writes nothing', (rule, reason) => {
    for (const call of [() => service.update(rule), () => service.preview(rule)]) {
      const e = errorOf(call)
      expect(e.code).toBe('invalid-input')
      expect(e.message).toContain(reason)
    }
    expect(createSettingRepo(env.db).get(ORG_MAPPING_SETTING_KEY)).toBeUndefined()
    expect(createAuditRepo(env.db).listFor('setting', ORG_MAPPING_SETTING_KEY)).toEqual([])
    expect(pushed).toEqual([])
  })

  it('accepts 50 names of 32 characters', () => {
    const names = Array.from({ length: 50 }, (_, i) => `${i}`.padStart(32, '部'))
    expect(service.update({ regionDepth: 1, storeDepth: 14, excludeNames: names }).rule).toEqual({
      regionDepth: 1,
      storeDepth: 14,
      excludeNames: names
    })
  })
})
