import { describe, expect, it } from 'vitest'
import type {
  ImportIssue,
  ImportIssueCode,
  StoreImportPreview
} from '../../preload/contract/models'
import {
  changeLines,
  importSummary,
  importTotals,
  issueReason
} from '../../renderer/src/features/stores/import-wording'
import { storeStrings } from '../../renderer/src/features/stores/strings'

const zh = storeStrings['zh-CN']
const en = storeStrings['en-US']
const CODES: ImportIssueCode[] = [
  'missing-code',
  'unknown-store',
  'duplicate-row',
  'bad-hours',
  'bad-type',
  'bad-minutes',
  'bad-coordinates',
  'outside-china',
  'coordinate-pair',
  'address-too-long'
]
const issue = (code: string, value: string): ImportIssue =>
  ({ row: 4, column: '营业时间', code, value, message: '主进程的说明' }) as ImportIssue

const preview: StoreImportPreview = {
  previewId: 'p1',
  fileName: 'stores.xlsx',
  totalRows: 6,
  unchanged: 1,
  issues: [
    issue('unknown-store', 'NOPE'),
    issue('bad-hours', '9点'),
    { ...issue('bad-minutes', 'x'), row: 6 }
  ],
  changes: [
    {
      row: 2,
      storeId: 's-SH0001',
      code: 'SH0001',
      name: '衡山路店',
      changes: {
        type: ['supermarket', 'ka'],
        openingHours: ['09:00-22:00', '07:00-23:00'],
        address: ['', '新地址']
      }
    },
    {
      row: 7,
      storeId: 's-SH0002',
      code: 'SH0002',
      name: '淮海路店',
      changes: { visitMinutes: ['30', '40'] }
    }
  ]
}

describe('issueReason', () => {
  it('words every issue code in both languages, quoting the value (missing code has none)', () => {
    for (const code of CODES) {
      for (const s of [zh, en]) {
        const text = issueReason(issue(code, '9点到22点'), s)
        expect(text).not.toBe('主进程的说明')
        if (code !== 'missing-code') expect(text).toContain('9点到22点')
      }
    }
    expect(issueReason(issue('bad-hours', '9点'), en)).toMatch(/^Opening hours “9点”/)
    expect(issueReason(issue('bad-hours', '9点'), zh)).toMatch(/^营业时间“9点”/)
  })

  it('falls back to main’s message for a code this build does not know', () => {
    expect(issueReason(issue('brand-new-rule', 'x'), en)).toBe('主进程的说明')
  })

  it('shows an empty cell as such and cuts very long values', () => {
    expect(issueReason(issue('bad-hours', ''), zh)).toContain('（空）')
    const long = issueReason(issue('address-too-long', '路'.repeat(300)), en)
    expect(long).toContain('…')
    expect(long.length).toBeLessThan(120)
  })
})

describe('importTotals / importSummary', () => {
  it('counts rows with errors once however many issues they have', () => {
    expect(importTotals(preview)).toEqual({ total: 6, ok: 3, changed: 2, unchanged: 1, errors: 2 })
  })

  it('reads as the summary line in each language', () => {
    expect(importSummary(preview, zh)).toBe(
      '总行数 6：可导入 3 行（其中变更 2、无变化 1），错误 2 行'
    )
    expect(importSummary(preview, en)).toBe(
      '6 rows: 3 can be imported (2 changed, 1 unchanged), 2 with errors'
    )
  })
})

describe('changeLines', () => {
  it('lists changed fields in form order with type labels and empty values spelled out', () => {
    const [first] = preview.changes
    expect(changeLines(first!, zh)).toEqual([
      { field: 'address', label: '地址', before: '（空）', after: '新地址' },
      { field: 'type', label: '门店类型', before: '超市', after: 'KA 大卖场' },
      { field: 'openingHours', label: '营业时间', before: '09:00-22:00', after: '07:00-23:00' }
    ])
    expect(changeLines(first!, en)[1]).toMatchObject({
      before: 'Supermarket',
      after: 'Hypermarket (KA)'
    })
  })
})
