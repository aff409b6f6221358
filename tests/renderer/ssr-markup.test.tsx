import { describe, expect, it } from 'vitest'
import {
  STORE_SORT_COLUMNS,
  type ImportChange,
  type StoreImportPreview,
  type StoreRow
} from '../../preload/contract/models'
import { DataGrid } from '../../renderer/src/components/data-grid/DataGrid'
import { ImportPreview } from '../../renderer/src/features/stores/ImportPreview'
import { StoreEditor } from '../../renderer/src/features/stores/StoreEditor'
import { useStoreTable } from '../../renderer/src/features/stores/use-store-table'
import { count, render } from './helpers/render-markup'
import { storeRow, storeRows } from './store-rows'

const change = (row: number, code: string, changes: ImportChange['changes']): ImportChange => ({
  row,
  storeId: `s-${code}`,
  code,
  name: `${code} 店`,
  changes
})

const preview: StoreImportPreview = {
  previewId: 'p1',
  fileName: 'stores.xlsx',
  totalRows: 6,
  unchanged: 0,
  issues: [
    { row: 3, column: '门店编码', code: 'unknown-store', value: 'NOPE9999', message: '找不到' },
    { row: 4, column: '营业时间', code: 'bad-hours', value: '9点-22点', message: '格式不对' },
    { row: 6, column: '经度', code: 'outside-china', value: '139.69, 35.68', message: '境外' }
  ],
  changes: [
    change(2, 'SH0001', { openingHours: ['09:00-22:00', '07:00-23:00'] }),
    change(5, 'SH0002', { visitMinutes: ['30', '50'] }),
    change(7, 'SH0003', { type: ['ka', 'convenience'] })
  ]
}

describe('ImportPreview', () => {
  it('marks every issue row with its sheet row and every change row', () => {
    const html = render(<ImportPreview preview={preview} />)
    expect(html).toContain('data-testid="import-summary"')
    expect(count(html, 'data-testid="import-issue"')).toBe(3)
    const rows = [...html.matchAll(/data-testid="import-issue" data-row="(\d+)"/g)].map((m) => m[1])
    expect(rows).toEqual(['3', '4', '6'])
    expect(count(html, 'data-testid="import-change"')).toBe(3)
    expect(html).toContain('找不到门店编码“NOPE9999”')
    expect(html).toContain('KA 大卖场')
  })

  it('words the reasons in English when the app is in English', () => {
    const html = render(<ImportPreview preview={preview} />, 'en-US')
    expect(html).toContain('No store has the code “NOPE9999”')
    expect(html).toContain('Convenience store')
    expect(html).not.toContain('找不到')
  })
})

describe('StoreEditor', () => {
  it('puts the form hooks on the inputs Playwright fills', () => {
    const html = render(
      <StoreEditor store={storeRow()} formId="f" error={null} onSubmit={() => undefined} />
    )
    for (const id of ['address', 'hours', 'minutes', 'lng', 'lat']) {
      expect(html, id).toMatch(new RegExp(`<(input|textarea)[^>]*data-testid="store-form-${id}"`))
    }
    expect(html).toMatch(/<div[^>]*data-testid="store-form-type"[^>]*class="ant-select/)
    expect(html).toContain('value="09:00-22:00"')
    expect(html).toContain('value="121.447302"')
  })
})

function StoreGridHarness({ rows }: { rows: StoreRow[] }) {
  const table = useStoreTable(rows, [{ id: 'name', desc: true }], () => undefined)
  return <DataGrid table={table} testId="store-grid" rowTestId="store-row" />
}

describe('DataGrid header', () => {
  it('has a sort button for every StoreSortColumn and shows the active sort', () => {
    const html = render(<StoreGridHarness rows={storeRows(3)} />)
    expect(html).toContain('data-testid="store-grid"')
    for (const id of STORE_SORT_COLUMNS) {
      expect(html, id).toContain(`data-testid="sort-${id}"`)
      expect(html, id).toContain(`data-testid="pin-${id}"`)
    }
    expect(html).toMatch(
      /aria-sort="descending"[^>]*>\s*<button[^>]*data-testid="sort-name" data-sorted="desc"/
    )
    expect(html).toMatch(/<input type="checkbox" data-testid="select-all"/)
    expect(count(html, 'aria-pressed="true"')).toBe(2)
  })
})
