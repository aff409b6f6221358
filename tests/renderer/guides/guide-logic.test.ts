import { describe, expect, it } from 'vitest'
import { constructTable } from '@tanstack/react-table'
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings'
import { GUIDE_SORT_COLUMNS, type GuideRow } from '../../../preload/contract/models'
import { gridFeatures } from '../../../renderer/src/components/data-grid/grid-features'
import { actionOf } from '../../../renderer/src/features/guides/bulk-action-input'
import { guideColumns } from '../../../renderer/src/features/guides/guide-columns'
import { changeSide } from '../../../renderer/src/features/guides/guide-format'
import {
  buildGuideQuery,
  hasGuideFilters,
  NO_GUIDE_FILTERS,
  selectionOf
} from '../../../renderer/src/features/guides/guide-query'
import { guideStrings } from '../../../renderer/src/features/guides/strings'
import { guideTableOptions } from '../../../renderer/src/features/guides/use-guide-table'
import {
  expectNoChineseInEnglish,
  expectSameKeysAndNoEmptyText,
  expectSamePlaceholders
} from '../helpers/string-parity'

const zh = guideStrings['zh-CN']

describe('guide strings', () => {
  it('have the same keys and placeholders in both locales, no empty text, no Chinese in English', () => {
    expectSameKeysAndNoEmptyText(guideStrings)
    expectSamePlaceholders(guideStrings)
    expectNoChineseInEnglish(guideStrings)
  })

  it('have a header for every sortable column and the product’s status words', () => {
    expect(Object.keys(zh.columns).sort()).toEqual([...GUIDE_SORT_COLUMNS].sort())
    expect(zh.statuses).toEqual({ active: '在职', disabled: '停用', inactive: '未激活', left: '离职' })
    expect(zh.writeback.delivered).toBe('已写回')
  })
})

describe('guide query', () => {
  it('leaves empty filters out and maps the sort', () => {
    expect(buildGuideQuery(NO_GUIDE_FILTERS, [])).toEqual({})
    expect(hasGuideFilters(NO_GUIDE_FILTERS)).toBe(false)
    const f = { ...NO_GUIDE_FILTERS, search: '  138 ', noStore: true, statuses: ['active' as const] }
    expect(buildGuideQuery(f, [{ id: 'customerCount', desc: true }])).toEqual({
      search: '138',
      noStore: true,
      statuses: ['active'],
      sort: { column: 'customerCount', desc: true }
    })
    expect(buildGuideQuery(NO_GUIDE_FILTERS, [{ id: 'select', desc: false }])).toEqual({})
  })
})

describe('bulk action input', () => {
  it('is complete only with its parameters', () => {
    expect(actionOf('mark-guide', [], [])).toEqual({ kind: 'mark-guide' })
    expect(actionOf('set-primary', [], [])).toBeNull()
    expect(actionOf('set-primary', ['s1', 's2'], [])).toEqual({ kind: 'set-primary', storeId: 's1' })
    expect(actionOf('add-tags', [], [' ', ' 金牌 '])).toEqual({ kind: 'add-tags', tags: ['金牌'] })
    expect(actionOf('remove-tags', [], ['  '])).toBeNull()
  })
})

describe('diff wording', () => {
  it('words the guide mark and empty sides', () => {
    expect(changeSide({ field: 'isGuide', from: '1', to: '0' }, 'to', zh)).toBe('否')
    expect(changeSide({ field: 'primaryStore', from: '', to: 'A' }, 'from', zh)).toBe('—')
  })
})

const guideRow = (i: number): GuideRow => ({
  userid: `u${String(i).padStart(5, '0')}`,
  name: `导购${i}`,
  mobileMasked: '138****0000',
  status: 'active',
  regionId: null,
  regionName: null,
  primaryStore: null,
  otherStores: [],
  isGuide: true,
  tags: [],
  customerCount: i,
  groupCount: 0,
  syncedAt: 0,
  writeback: null
})

function guideTable(data: GuideRow[], rowSelection = {}) {
  return constructTable({
    ...guideTableOptions,
    features: Object.assign({}, gridFeatures, { coreReactivityFeature: storeReactivityBindings() }),
    columns: guideColumns(zh),
    data,
    initialState: { ...guideTableOptions.initialState, rowSelection }
  })
}
const click = (checked: boolean, shift = false) => ({ target: { checked }, shiftKey: shift })

describe('guide selection', () => {
  it('pasted userids select exactly those rows', () => {
    const table = guideTable(Array.from({ length: 100 }, (_, i) => guideRow(i)), selectionOf(['u00003', 'u00050']))
    expect(table.getSelectedRowModel().rows.map((r) => r.id)).toEqual(['u00003', 'u00050'])
  })

  it('shift-click selects a range and select-all takes all 20,000 filtered rows', () => {
    const table = guideTable(Array.from({ length: 20_000 }, (_, i) => guideRow(i)))
    table.getRowModel().rows[2]!.getToggleSelectedHandler()(click(true))
    table.getRowModel().rows[5]!.getToggleSelectedHandler()(click(true, true))
    expect(table.getSelectedRowIds()).toEqual(['u00002', 'u00003', 'u00004', 'u00005'])
    table.getToggleAllRowsSelectedHandler()(click(true))
    expect(table.getSelectedRowIds()).toHaveLength(20_000)
  })
})
