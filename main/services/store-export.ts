import type { FileBytes, StoreRow } from '../../preload/contract/models'
import { STORE_TYPE_LABELS } from '../domain/stores/store-rules'
import { writeSheet, type CellValue, type SheetColumn } from '../xlsx/write-sheet'
import { STORE_COLUMNS, type StoreColumnField } from './store-columns'

const SHEET_NAME = '门店'

/** Types are written as the zh-CN label the grid shows; everything else as stored. */
function cellOf(row: StoreRow, field: StoreColumnField): CellValue {
  if (field === 'type') return STORE_TYPE_LABELS['zh-CN'][row.type]
  return row[field]
}

const SHEET_COLUMNS: readonly SheetColumn<StoreRow>[] = STORE_COLUMNS.map((c) => ({
  header: c.header,
  width: c.width,
  value: (row: StoreRow) => cellOf(row, c.field)
}))

const two = (n: number): string => String(n).padStart(2, '0')

/** "门店_20261124-1530.xlsx", in the operator's local time. */
export function exportFileName(now: Date): string {
  const day = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`
  return `门店_${day}-${two(now.getHours())}${two(now.getMinutes())}.xlsx`
}

/** The rows as given (the grid's current filter and sort) as an .xlsx download. */
export function exportStores(rows: readonly StoreRow[], now: Date): FileBytes {
  const bytes = writeSheet(SHEET_NAME, SHEET_COLUMNS, rows)
  return { fileName: exportFileName(now), base64: Buffer.from(bytes).toString('base64') }
}
