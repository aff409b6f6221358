import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { utils, write } from '@e965/xlsx'
import type { FileBytes, StoreImportPreview } from '../../../preload/contract/models'
import type { Db } from '../../../main/db/connection'
import { createAuditRepo, type AuditRepo } from '../../../main/db/repos/audit-repo'
import { createStoreRepo, type StoreRepo } from '../../../main/db/repos/store-repo'
import { AppError } from '../../../main/errors'
import { exportStores } from '../../../main/services/store-export'
import {
  createStoreImport,
  MAX_PREVIEWS,
  PREVIEW_TTL_MS,
  type StoreImport
} from '../../../main/services/store-import'
import { createTestDb } from '../../helpers/test-db'

const T0 = Date.UTC(2026, 10, 24, 7, 30)

let env: ReturnType<typeof createTestDb>
let db: Db
let stores: StoreRepo
let audit: AuditRepo
let clock: number
let importer: StoreImport

function seed(): void {
  db.exec(`INSERT INTO region (id, name, sort_order) VALUES ('r-east', '华东大区', 1)`)
  const insert = db.prepare(
    `INSERT INTO store (id, code, name, region_id, city, address, type, opening_hours,
       visit_minutes, lng, lat, updated_at)
     VALUES (?, ?, ?, 'r-east', '上海', ?, ?, ?, ?, ?, ?, 1)`
  )
  insert.run(
    'st-1',
    'SH001',
    '南京东路店',
    '南京东路 100 号',
    'ka',
    '09:00-22:00',
    30,
    121.473701,
    31.230416
  )
  insert.run(
    'st-2',
    'SH002',
    '徐家汇店',
    '-1 层 B12 铺',
    'supermarket',
    '10:00-22:00',
    45,
    121.437,
    31.1955
  )
  insert.run(
    'st-3',
    'SH003',
    '人民广场店',
    '=人民大道 1 号',
    'convenience',
    '00:00-24:00',
    20,
    121.4755,
    31.2317
  )
  insert.run('st-4', 'SH004', '虹口夫妻店', '', 'mom_pop', '18:00-02:00', 15, 121.4846, 31.2646)
}

beforeEach(() => {
  env = createTestDb()
  db = env.db
  seed()
  stores = createStoreRepo(db)
  audit = createAuditRepo(db)
  clock = T0
  let n = 0
  importer = createStoreImport({ db, stores, audit, now: () => clock, newId: () => `pv-${++n}` })
})
afterEach(() => env.cleanup())

type Aoa = (string | number | null)[][]
function fileOf(aoa: Aoa, fileName = '门店属性.xlsx'): FileBytes {
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet(aoa), 'Sheet1')
  const bytes = write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer
  return { fileName, base64: Buffer.from(bytes).toString('base64') }
}

const HEADER = [
  '门店编码',
  '地址',
  '门店类型',
  '营业时间',
  '计划拜访时长(分钟)',
  '经度(GCJ-02)',
  '纬度(GCJ-02)'
]
const storeTable = () => db.prepare('SELECT * FROM store ORDER BY id').all()
const auditCount = () =>
  (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n

function expectAppError(run: () => unknown, code: AppError['code']): string {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    expect((e as AppError).code).toBe(code)
    return (e as AppError).message
  }
  throw new Error(`expected AppError(${code})`)
}

describe('preview', () => {
  const sheet: Aoa = [
    HEADER,
    ['SH001', '南京东路 200 号', null, null, null, null, null], // row 2: address changes
    ['SH999', null, '超市', null, null, null, null], // row 3: unknown store
    ['SH002', null, '超市', '10:00-22:00', 45, 121.437, 31.1955], // row 4: unchanged
    [null, null, null, null, null, null, null], // row 5: blank, skipped
    ['SH003', null, '便利店', '25:00-02:00', null, null, null], // row 6: bad hours
    ['SH004', null, '夫妻店', '8:00～21:00', '60', 121.4846, 31.2646], // row 7: hours + minutes
    ['SH001', '又一个地址', null, null, null, null, null] // row 8: duplicate of row 2
  ]

  it('lists exactly the bad rows with their Excel row numbers', () => {
    const preview = importer.preview(fileOf(sheet))
    expect(preview.issues).toEqual([
      {
        row: 3,
        column: '门店编码',
        code: 'unknown-store',
        value: 'SH999',
        message: expect.stringContaining('SH999')
      },
      {
        row: 6,
        column: '营业时间',
        code: 'bad-hours',
        value: '25:00-02:00',
        message: expect.stringContaining('09:00-22:00')
      },
      {
        row: 8,
        column: '门店编码',
        code: 'duplicate-row',
        value: 'SH001',
        message: expect.stringContaining('第 2 行')
      }
    ])
  })

  it('shows only the fields that change, and counts unchanged rows', () => {
    const preview = importer.preview(fileOf(sheet))
    expect(preview).toMatchObject<Partial<StoreImportPreview>>({
      previewId: 'pv-1',
      fileName: '门店属性.xlsx',
      totalRows: 6, // the blank row 5 is not counted
      unchanged: 1
    })
    expect(preview.changes).toEqual([
      {
        row: 2,
        storeId: 'st-1',
        code: 'SH001',
        name: '南京东路店',
        changes: { address: ['南京东路 100 号', '南京东路 200 号'] }
      },
      {
        row: 7,
        storeId: 'st-4',
        code: 'SH004',
        name: '虹口夫妻店',
        changes: { openingHours: ['18:00-02:00', '08:00-21:00'], visitMinutes: ['15', '60'] }
      }
    ])
  })

  it('writes nothing', () => {
    const before = storeTable()
    importer.preview(fileOf(sheet))
    expect(storeTable()).toEqual(before)
    expect(auditCount()).toBe(0)
  })

  it('reports each kind of bad cell', () => {
    const preview = importer.preview(
      fileOf([
        HEADER,
        [null, '无编码', null, null, null, null, null],
        ['SH001', null, '百货', null, null, null, null],
        ['SH002', null, null, null, 4, null, null],
        ['SH003', null, null, null, null, 139.6917, 35.6895],
        ['SH004', null, null, null, null, 121.4846, null],
        ['SH001 ', 'x'.repeat(201), null, null, null, null, null]
      ])
    )
    expect(preview.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, '门店编码', 'missing-code'],
      [3, '门店类型', 'bad-type'],
      [4, '计划拜访时长(分钟)', 'bad-minutes'],
      [5, '经度(GCJ-02)', 'outside-china'],
      [6, '纬度(GCJ-02)', 'coordinate-pair'],
      [7, '门店编码', 'duplicate-row']
    ])
    expect(preview.changes).toEqual([])
    for (const i of preview.issues) expect(i.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('accepts header variants and ignores read-only and unknown columns', () => {
    const preview = importer.preview(
      fileOf([
        ['Store code', '门店名称', 'lng', 'lat', '拜访时长', '类型', '备注'],
        ['SH001', '改名无效', 121.5, 31.24, 40, 'convenience', '随便写']
      ])
    )
    expect(preview.issues).toEqual([])
    expect(preview.changes[0]?.changes).toEqual({
      type: ['ka', 'convenience'],
      visitMinutes: ['30', '40'],
      lng: ['121.473701', '121.5'],
      lat: ['31.230416', '31.24']
    })
  })

  it.each([
    [
      'no code column',
      [
        ['地址', '营业时间'],
        ['x', '09:00-22:00']
      ],
      '门店编码'
    ],
    [
      'only read-only columns',
      [
        ['门店编码', '门店名称', '城市'],
        ['SH001', 'a', 'b']
      ],
      '没有可导入的列'
    ],
    [
      'half a coordinate pair',
      [
        ['门店编码', '经度'],
        ['SH001', 121.5]
      ],
      '纬度'
    ],
    [
      'two columns for one field',
      [
        ['门店编码', '经度', 'lng', '纬度'],
        ['SH001', 1, 2, 3]
      ],
      'lng'
    ]
  ])('refuses a sheet with %s', (_what, aoa, hint) => {
    expect(expectAppError(() => importer.preview(fileOf(aoa as Aoa)), 'bad-file')).toContain(hint)
  })

  it('refuses a file that is not an .xlsx', () => {
    const csv = {
      fileName: 'stores.xlsx',
      base64: Buffer.from('门店编码,地址\nSH001,x').toString('base64')
    }
    expectAppError(() => importer.preview(csv), 'bad-file')
  })
})

describe('apply', () => {
  const goodSheet: Aoa = [
    HEADER,
    ['SH001', '南京东路 200 号', null, null, null, null, null],
    ['SH002', null, '便利店', '08:00-23:00', null, null, null],
    ['SH003', null, null, null, null, 121.48, 31.24],
    ['SH004', null, null, '25:00-01:00', null, null, null] // bad: skipped
  ]

  it('writes the good rows and one audit entry per store', () => {
    const { previewId } = importer.preview(fileOf(goodSheet))
    clock = T0 + 60_000
    expect(importer.apply(previewId)).toEqual({ applied: 3 })

    expect(stores.get('st-1')).toMatchObject({ address: '南京东路 200 号', updatedAt: T0 + 60_000 })
    expect(stores.get('st-2')).toMatchObject({ type: 'convenience', openingHours: '08:00-23:00' })
    expect(stores.get('st-3')).toMatchObject({ lng: 121.48, lat: 31.24 })
    expect(stores.get('st-4')).toMatchObject({ openingHours: '18:00-02:00', updatedAt: 1 })

    expect(audit.listFor('store', 'st-2')).toEqual([
      {
        at: T0 + 60_000,
        actor: 'local-user',
        action: 'store.import',
        entity: 'store',
        entityId: 'st-2',
        before: { type: 'supermarket', openingHours: '10:00-22:00' },
        after: { type: 'convenience', openingHours: '08:00-23:00' }
      }
    ])
    expect(audit.listFor('store', 'st-3')[0]).toMatchObject({
      before: { lng: 121.4755, lat: 31.2317 },
      after: { lng: 121.48, lat: 31.24 }
    })
    expect(audit.listFor('store', 'st-4')).toEqual([])
    expect(auditCount()).toBe(3)
  })

  it('writes all or nothing', () => {
    let calls = 0
    const failing: StoreRepo = {
      ...stores,
      updateAttributes: (id, next, at) => {
        if (++calls === 2) throw new Error('disk I/O error')
        stores.updateAttributes(id, next, at)
      }
    }
    const flaky = createStoreImport({
      db,
      stores: failing,
      audit,
      now: () => clock,
      newId: () => 'pv-x'
    })
    const before = storeTable()
    const { previewId } = flaky.preview(fileOf(goodSheet))
    expect(() => flaky.apply(previewId)).toThrow('disk I/O error')
    expect(storeTable()).toEqual(before)
    expect(auditCount()).toBe(0)
  })

  it('refuses to apply the same preview twice', () => {
    const { previewId } = importer.preview(fileOf(goodSheet))
    importer.apply(previewId)
    expectAppError(() => importer.apply(previewId), 'preview-expired')
    expect(auditCount()).toBe(3)
  })

  it('refuses an unknown preview id', () => {
    expect(expectAppError(() => importer.apply('nope'), 'preview-expired')).toContain('重新')
  })

  it('refuses a preview older than 30 minutes', () => {
    const { previewId } = importer.preview(fileOf(goodSheet))
    clock = T0 + PREVIEW_TTL_MS + 1
    expectAppError(() => importer.apply(previewId), 'preview-expired')
    expect(auditCount()).toBe(0)
  })

  it('applies a preview just inside 30 minutes', () => {
    const { previewId } = importer.preview(fileOf(goodSheet))
    clock = T0 + PREVIEW_TTL_MS
    expect(importer.apply(previewId).applied).toBe(3)
  })

  it(`keeps at most ${MAX_PREVIEWS} previews, dropping the oldest`, () => {
    const ids = Array.from(
      { length: MAX_PREVIEWS + 1 },
      () => importer.preview(fileOf(goodSheet)).previewId
    )
    expectAppError(() => importer.apply(ids[0]!), 'preview-expired')
    expect(importer.apply(ids.at(-1)!).applied).toBe(3)
  })

  it('skips a store deleted since the preview and applies the rest', () => {
    const { previewId } = importer.preview(fileOf(goodSheet))
    db.prepare("DELETE FROM store WHERE id = 'st-2'").run()
    expect(importer.apply(previewId)).toEqual({ applied: 2 })
    expect(audit.listFor('store', 'st-2')).toEqual([])
  })

  it('keeps a drawer edit made since the preview to another field', () => {
    const { previewId } = importer.preview(fileOf(goodSheet))
    const current = stores.get('st-1')!
    stores.updateAttributes('st-1', { ...current, visitMinutes: 90 }, T0)
    importer.apply(previewId)
    expect(stores.get('st-1')).toMatchObject({ address: '南京东路 200 号', visitMinutes: 90 })
  })

  it('does not count a change someone already made by hand', () => {
    const { previewId } = importer.preview(fileOf(goodSheet))
    const current = stores.get('st-1')!
    stores.updateAttributes('st-1', { ...current, address: '南京东路 200 号' }, T0)
    expect(importer.apply(previewId)).toEqual({ applied: 2 })
    expect(audit.listFor('store', 'st-1')).toEqual([])
  })
})

describe('export → import round trip', () => {
  it('re-imports an exported sheet with zero changes and zero issues', () => {
    const exported = exportStores(stores.list({}), new Date(T0))
    const preview = importer.preview(exported)
    expect(preview.issues).toEqual([])
    expect(preview.changes).toEqual([])
    expect(preview.unchanged).toBe(4)
    expect(preview.totalRows).toBe(4)
    expect(importer.apply(preview.previewId)).toEqual({ applied: 0 })
    expect(auditCount()).toBe(0)
  })

  it('picks up an edit made to the exported sheet', () => {
    const rows = stores.list({}).map((s) => (s.code === 'SH004' ? { ...s, visitMinutes: 25 } : s))
    const preview = importer.preview(exportStores(rows, new Date(T0)))
    expect(preview.changes.map((c) => [c.code, c.changes])).toEqual([
      ['SH004', { visitMinutes: ['15', '25'] }]
    ])
  })
})
