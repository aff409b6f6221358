import { utils, write } from '@e965/xlsx'
import { freezeHeaderRow } from './frozen-header'
import { neutraliseFormula } from './formula-guard'

export type CellValue = string | number | null

export interface SheetColumn<Row> {
  /** Header text as the operator reads it (zh-CN). */
  header: string
  /** Column width in characters (Excel's `wch`; a CJK character counts about 2). */
  width: number
  value: (row: Row) => CellValue
}

/** Numbers stay numeric cells (sortable, summable in Excel); text is guarded against formulas. */
function toCell(value: CellValue): CellValue {
  if (value === '') return null
  if (typeof value === 'string') return neutraliseFormula(value)
  if (typeof value === 'number' && !Number.isFinite(value)) return null
  return value
}

/**
 * One-sheet .xlsx: header row (frozen), then one line per row. Blank cells (null, '') are left
 * out of the file rather than written as empty strings.
 */
export function writeSheet<Row>(
  sheetName: string,
  columns: readonly SheetColumn<Row>[],
  rows: readonly Row[]
): Uint8Array {
  const aoa: CellValue[][] = [columns.map((c) => c.header)]
  for (const row of rows) aoa.push(columns.map((c) => toCell(c.value(row))))
  const sheet = utils.aoa_to_sheet(aoa, { dense: true })
  sheet['!cols'] = columns.map((c) => ({ wch: c.width }))
  const book = utils.book_new()
  utils.book_append_sheet(book, sheet, sheetName)
  // Shared strings (bookSST) are what Excel and WPS write themselves; the safest for both.
  // type 'buffer': with 'array' SheetJS round-trips the zip through a binary string (~2 s at 50k).
  const bytes = write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true })
  return freezeHeaderRow(bytes as Buffer)
}
