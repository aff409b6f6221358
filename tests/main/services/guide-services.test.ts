import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { utils, write } from '@e965/xlsx'
import { createEventBus } from '../../../main/app/event-bus'
import type { Db } from '../../../main/db/connection'
import { createAuditRepo } from '../../../main/db/repos/audit-repo'
import { createGuideStateRepo } from '../../../main/db/repos/guide-state-repo'
import { createSettingRepo } from '../../../main/db/repos/setting-repo'
import { seedDemoEnterprise } from '../../../main/demo/seed'
import { createOutboxReader } from '../../../main/outbox/outbox-reader'
import { createOutboxWriter } from '../../../main/outbox/outbox-writer'
import { createGuideServices, OPERATOR_SETTING_KEY, type GuideServices } from '../../../main/services/guide-services'
import { createTestDb } from '../../helpers/test-db'

const SMALL = { seed: 7, stores: 40, guides: 150, relations: 5000 }
const NOW = Date.UTC(2026, 11, 4, 8, 0)

let env: ReturnType<typeof createTestDb>
let db: Db
let g: GuideServices
let pushed: string[][]
let ids = 0

beforeEach(() => {
  env = createTestDb()
  db = env.db
  seedDemoEnterprise(db, SMALL)
  const events = createEventBus()
  pushed = []
  events.subscribe((event, payload) => {
    if (event === 'db:changed') pushed.push((payload as { tables: string[] }).tables)
  })
  g = createGuideServices({
    db,
    events,
    audit: createAuditRepo(db),
    settings: createSettingRepo(db),
    outbox: { writer: createOutboxWriter(db, () => NOW), reader: createOutboxReader(db) },
    now: () => NOW,
    newId: () => `id-${++ids}`
  })
  // A sync's customers page announces its tables: the stats follow.
  events.emit('db:changed', { tables: ['follow_relation'] })
})
afterEach(() => env.cleanup())

/** Every table a guide action may touch, as text, to prove undo restores exactly. */
function snapshot(): string {
  const q = (sql: string) => JSON.stringify(db.prepare(sql).all())
  return [
    q('SELECT userid, is_guide, main_department FROM member ORDER BY userid'),
    q('SELECT * FROM guide_store ORDER BY userid, store_id'),
    q('SELECT * FROM guide_tag ORDER BY userid, tag'),
    q('SELECT * FROM member_department ORDER BY userid, department_id')
  ].join('\n')
}

const storeWithDepartment = () =>
  db.prepare<[], { id: string; name: string; department_id: number }>(
    'SELECT id, name, department_id FROM store WHERE department_id IS NOT NULL AND removed_at IS NULL ORDER BY code LIMIT 1 OFFSET 3'
  ).get()!

describe('guide list', () => {
  it('lists every member with 客户联系, with counts from the stats table', () => {
    const list = g.read.list({})
    const follow = db.prepare('SELECT count(*) AS n FROM member WHERE is_follow_user = 1 AND removed_at IS NULL').get() as { n: number }
    expect(list.total).toBe(follow.n)
    expect(list.rows).toHaveLength(follow.n)
    const relations = db.prepare('SELECT count(*) AS n FROM follow_relation WHERE removed_at IS NULL').get() as { n: number }
    expect(list.rows.reduce((s, r) => s + r.customerCount, 0)).toBe(relations.n)
    expect(pushed).toContainEqual(['guide_stats'])
  })

  it('masks mobiles and searches by full mobile, name or userid', () => {
    const withMobile = db.prepare<[], { userid: string; mobile: string }>(
      'SELECT userid, mobile FROM member WHERE is_follow_user = 1 AND mobile IS NOT NULL LIMIT 1'
    ).get()!
    const row = g.read.list({ search: withMobile.mobile }).rows.find((r) => r.userid === withMobile.userid)
    expect(row?.mobileMasked).toMatch(/^\d{3}\*{4}\d{4}$/)
    expect(g.read.list({ search: withMobile.userid }).rows.map((r) => r.userid)).toContain(withMobile.userid)
  })

  it('filters by store, status, no store and not-yet-marked, and sorts by any column', () => {
    const store = storeWithDepartment()
    const inStore = g.read.list({ storeIds: [store.id] }).rows
    expect(inStore.length).toBeGreaterThan(0)
    expect(inStore.every((r) => r.primaryStore?.id === store.id || r.otherStores.some((s) => s.id === store.id))).toBe(true)
    expect(g.read.list({ statuses: ['active'] }).rows.every((r) => r.status === 'active')).toBe(true)
    expect(g.read.list({ noStore: true }).rows.every((r) => r.primaryStore === null && r.otherStores.length === 0)).toBe(true)
    expect(g.read.list({ notGuide: true }).rows.every((r) => !r.isGuide)).toBe(true)
    const byCustomers = g.read.list({ sort: { column: 'customerCount', desc: true } }).rows.map((r) => r.customerCount)
    expect(byCustomers).toEqual([...byCustomers].sort((a, b) => b - a))
  })

  it('gives facets for the filter dropdowns and the store-side alerts', () => {
    const f = g.read.facets()
    expect(f.regions.length).toBeGreaterThan(0)
    expect(f.stores.length).toBeGreaterThan(0)
    expect(f.statuses.reduce((s, x) => s + x.guideCount, 0)).toBe(g.read.list({}).total)
    expect(f.noStore).toBe(g.read.list({ noStore: true }).rows.length)
    expect(Array.isArray(f.storesWithoutGuides)).toBe(true)
  })
})

describe('store summary', () => {
  it('gives a store its guides and their customer counts from the stats table', () => {
    const store = storeWithDepartment()
    const summary = g.read.storeSummary(store.id)
    const inStore = g.read.list({ storeIds: [store.id] }).rows
    expect(summary.guideCount).toBe(inStore.length)
    expect(summary.customerCount).toBe(inStore.reduce((n, r) => n + r.customerCount, 0))
    expect(summary.guides[0]?.role).toBe('primary')
  })
})

describe('paste to select', () => {
  it('matches userids, mobiles and names and lists unmatched and ambiguous lines', () => {
    const rows = g.read.list({}).rows.slice(0, 3)
    const text = [rows[0]!.userid, '', rows[1]!.userid.toUpperCase(), 'nobody-here', rows[2]!.name].join('\n')
    const result = g.read.match(text)
    expect(result.matched).toEqual(expect.arrayContaining([rows[0]!.userid, rows[1]!.userid]))
    expect(result.unmatched).toEqual([{ line: 4, value: 'nobody-here' }])
  })
})

describe('bulk actions', () => {
  it('previews who changes from what to what, then applies in one go with audit and outbox', () => {
    settingName('王店长')
    const store = storeWithDepartment()
    const userids = g.read.list({ sort: { column: 'userid', desc: false } }).rows.slice(0, 50).map((r) => r.userid)
    const preview = g.bulk.preview({ kind: 'set-primary', storeId: store.id }, userids)
    expect(preview.selected).toBe(50)
    expect(preview.changed + preview.unchanged).toBe(50)
    expect(preview.rows[0]?.changes.find((c) => c.field === 'primaryStore')?.to).toBe(store.name)
    const result = g.bulk.apply(preview.previewId)
    expect(result.applied).toBe(preview.changed)
    const after = g.read.list({ storeIds: [store.id] }).rows
    for (const id of userids) expect(after.find((r) => r.userid === id)?.primaryStore?.id).toBe(store.id)
    const changed = preview.rows[0]!.userid
    const audit = createAuditRepo(db).listFor('member', changed)
    expect(audit.at(-1)).toMatchObject({ actor: '王店长', action: 'guide.set-primary' })
    expect(audit.at(-1)?.after).toMatchObject({ actionId: result.actionId })
    const departments = createGuideStateRepo(db).statesFor([changed]).get(changed)!
    expect(departments.mainDepartment).toBe(store.department_id)
    const row = g.read.list({ search: changed }).rows.find((r) => r.userid === changed)
    expect(row?.writeback?.state).toBe('pending')
  })

  it('owes WeCom one user.update per moved guide under the action id; undo supersedes them', () => {
    const store = storeWithDepartment()
    const userids = g.read.list({ sort: { column: 'userid', desc: false } }).rows.slice(0, 30).map((r) => r.userid)
    const { actionId, applied } = g.bulk.apply(g.bulk.preview({ kind: 'set-primary', storeId: store.id }, userids).previewId)
    const rows = () =>
      db
        .prepare<[string], { entity_id: string; state: string; superseded_by: number | null; id: number }>(
          'SELECT id, entity_id, state, superseded_by FROM sync_outbox WHERE action_id = ? ORDER BY id'
        )
        .all(actionId)
    const afterApply = rows()
    expect(afterApply).toHaveLength(applied)
    expect(afterApply.every((r) => r.state === 'pending')).toBe(true)
    g.bulk.undo()
    const afterUndo = rows()
    expect(afterUndo).toHaveLength(2 * applied)
    // Each apply row points at its guide's undo row; only the undo rows are left to send.
    const undoRow = new Map(afterUndo.slice(applied).map((r) => [r.entity_id, r.id]))
    for (const r of afterUndo.slice(0, applied)) {
      expect([r.state, r.superseded_by]).toEqual(['superseded', undoRow.get(r.entity_id)])
    }
    expect(afterUndo.slice(applied).every((r) => r.state === 'pending')).toBe(true)
  })

  it('undo restores the exact prior state, redo the exact applied one', () => {
    const before = snapshot()
    const store = storeWithDepartment()
    const userids = g.read.list({}).rows.slice(10, 60).map((r) => r.userid)
    g.bulk.apply(g.bulk.preview({ kind: 'set-primary', storeId: store.id }, userids).previewId)
    g.bulk.apply(g.bulk.preview({ kind: 'add-tags', tags: ['金牌', '新人'] }, userids).previewId)
    g.bulk.apply(g.bulk.preview({ kind: 'unmark-guide' }, userids).previewId)
    const applied = snapshot()
    expect(applied).not.toBe(before)
    expect(g.bulk.undoState().undo?.kind).toBe('unmark-guide')
    g.bulk.undo()
    g.bulk.undo()
    g.bulk.undo()
    expect(snapshot()).toBe(before)
    expect(g.bulk.undoState()).toMatchObject({ undo: null, redo: { kind: 'set-primary' } })
    g.bulk.redo()
    g.bulk.redo()
    g.bulk.redo()
    expect(snapshot()).toBe(applied)
  })

  it('a preview applies once and an unknown store is refused', () => {
    const userids = g.read.list({}).rows.slice(0, 2).map((r) => r.userid)
    const p = g.bulk.preview({ kind: 'mark-guide' }, userids)
    g.bulk.apply(p.previewId)
    expect(() => g.bulk.apply(p.previewId)).toThrow(/失效/)
    expect(() => g.bulk.preview({ kind: 'add-stores', storeIds: ['nope'] }, userids)).toThrow(/门店不存在/)
  })
})

describe('assignment import', () => {
  it('reports bad rows by Excel row number and previews the good ones', () => {
    const rows = g.read.list({ sort: { column: 'userid', desc: false } }).rows
    const store = storeWithDepartment()
    const code = (db.prepare('SELECT code FROM store WHERE id = ?').get(store.id) as { code: string }).code
    const file = sheet([
      ['账号', '门店编码', '角色'],
      [rows[0]!.userid, code, '主'],
      ['ghost', code, '主'],
      [rows[1]!.userid, 'NOPE', '副'],
      [rows[2]!.userid, code, '店长'],
      [rows[0]!.userid, code, 'primary']
    ])
    const preview = g.import.preview({ fileName: 'a.xlsx', base64: file })
    expect(preview.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'unknown-guide'],
      [4, 'unknown-store'],
      [5, 'bad-role'],
      [6, 'two-primaries']
    ])
    expect(preview.totalRows).toBe(5)
    g.bulk.apply(preview.previewId)
    expect(g.read.list({ search: rows[0]!.userid }).rows[0]?.primaryStore?.id).toBe(store.id)
  })
})

describe('assignment sheet', () => {
  it('the template holds the view’s assignments and imports back as no change', () => {
    const store = storeWithDepartment()
    const file = g.read.exportAssignments({ storeIds: [store.id] })
    expect(file.fileName).toMatch(/^导购门店分配_\d{8}-\d{4}\.xlsx$/)
    const preview = g.import.preview(file)
    expect(preview.issues).toEqual([])
    expect(preview.changed).toBe(0)
    expect(preview.unchanged).toBe(g.read.list({ storeIds: [store.id] }).rows.length)
  })
})

describe('export', () => {
  it('writes the current view as .xlsx', () => {
    const file = g.read.export({ noStore: true })
    expect(file.fileName).toMatch(/^导购_\d{8}-\d{4}\.xlsx$/)
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK')
  })
})

function settingName(name: string): void {
  createSettingRepo(db).set(OPERATOR_SETTING_KEY, name)
}

function sheet(aoa: string[][]): string {
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet(aoa), 'S')
  return (write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64')
}

describe('the list follows writes made elsewhere (guide_view)', () => {
  it('shows a store renamed by sync, a delivered write-back and a member sync removed', () => {
    const first = g.read.list({ sort: { column: 'userid', desc: false } }).rows.find((r) => r.primaryStore)!
    db.prepare("UPDATE store SET name = 'Renamed by sync' WHERE id = ?").run(first.primaryStore!.id)
    expect(g.read.list({ search: first.userid }).rows[0]?.primaryStore?.name).toBe('Renamed by sync')

    const store = storeWithDepartment()
    const preview = g.bulk.preview({ kind: 'set-primary', storeId: store.id }, [first.userid])
    g.bulk.apply(preview.previewId)
    expect(g.read.list({ search: first.userid }).rows[0]?.writeback?.state).toBe('pending')
    db.prepare("UPDATE sync_outbox SET state = 'failed', error_code = 'wecom:60011', last_error = '无权限' WHERE entity_id = ?").run(first.userid)
    const failed = g.read.list({ search: first.userid }).rows[0]?.writeback
    expect(failed).toMatchObject({ state: 'failed', lastError: { code: 'wecom:60011', zh: '无权限' } })
    expect(failed?.lastError?.en).not.toBe('')

    const total = g.read.list({}).total
    db.prepare('UPDATE member SET removed_at = 1 WHERE userid = ?').run(first.userid)
    const after = g.read.list({})
    expect(after.total).toBe(total - 1)
    expect(after.rows.some((r) => r.userid === first.userid)).toBe(false)
  })
})
