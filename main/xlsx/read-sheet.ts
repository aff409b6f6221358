import { read, SSF, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx'
import { AppError } from '../errors'
import { assertXlsxContainer, NOT_XLSX_MESSAGE } from './file-signature'
import { restoreNeutralised } from './formula-guard'

/** A cell as the importer sees it: text, a plain number, or blank. */
export type SheetValue = string | number | null

export interface SheetRecord {
  /** 1-based, as Excel shows it in the row header. */
  row: number
  /** Keyed by header text (trimmed); the first column wins when two share a header. */
  values: Record<string, SheetValue>
}

export interface SheetContent {
  sheetName: string
  headerRow: number
  /** Header texts in column order; '' for a column without a header. */
  headers: string[]
  /** Non-blank data rows only. */
  rows: SheetRecord[]
}

export interface ReadSheetOptions {
  /** Largest number of data rows accepted. */
  maxRows?: number
  /** Picks the header row among the first rows (a title line above the headers is common). */
  isHeaderRow?: (cells: string[]) => boolean
}

export const MAX_SHEET_ROWS = 50_000
/** How far down the header row may be looked for. */
const HEADER_SEARCH_ROWS = 10

/** Reads the first visible sheet of an uploaded .xlsx; every failure is an AppError('bad-file'). */
export function readSheet(bytes: Uint8Array, opts: ReadSheetOptions = {}): SheetContent {
  const maxRows = opts.maxRows ?? MAX_SHEET_ROWS
  assertXlsxContainer(bytes)
  const book = parseBook(bytes, maxRows + HEADER_SEARCH_ROWS)
  const sheetName = firstVisibleSheet(book)
  const sheet = book.Sheets[sheetName]
  if (!sheet?.['!ref']) throw emptySheetError()
  const grid = new Grid(sheet)
  if (grid.truncated) throw tooManyRowsError(maxRows)
  const headerRow = findHeaderRow(grid, opts.isHeaderRow)
  const headers = grid.texts(headerRow)
  const rows = readRecords(grid, headerRow, headers)
  if (rows.length > maxRows) throw tooManyRowsError(maxRows)
  return { sheetName, headerRow: headerRow + 1, headers, rows }
}

function parseBook(bytes: Uint8Array, sheetRows: number): WorkBook {
  try {
    return read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: 'buffer',
      dense: true,
      // Stop parsing past the limit, so a sheet with a million rows cannot exhaust memory.
      sheetRows,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false
    })
  } catch {
    throw new AppError('bad-file', NOT_XLSX_MESSAGE)
  }
}

function firstVisibleSheet(book: WorkBook): string {
  const meta = book.Workbook?.Sheets ?? []
  const visible = book.SheetNames.find((_, i) => !meta[i]?.Hidden)
  const name = visible ?? book.SheetNames[0]
  if (name === undefined) throw emptySheetError()
  return name
}

/** Row/column access over a dense sheet, in absolute 0-based indexes. */
class Grid {
  readonly firstRow: number
  readonly lastRow: number
  readonly firstCol: number
  readonly lastCol: number
  /** True when SheetJS stopped at `sheetRows` before the sheet's last row. */
  readonly truncated: boolean
  private readonly data: (CellObject | undefined)[][]

  constructor(sheet: WorkSheet) {
    const range = utils.decode_range(sheet['!ref'] ?? 'A1')
    const full = utils.decode_range(sheet['!fullref'] ?? sheet['!ref'] ?? 'A1')
    this.firstRow = range.s.r
    this.lastRow = range.e.r
    this.firstCol = range.s.c
    this.lastCol = range.e.c
    this.truncated = full.e.r > range.e.r
    this.data = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? []
  }

  value(r: number, c: number): SheetValue {
    return cellValue(this.data[r]?.[c])
  }

  /** Every cell of a row as trimmed text, from the first column of the sheet's range. */
  texts(r: number): string[] {
    const out: string[] = []
    for (let c = this.firstCol; c <= this.lastCol; c++)
      out.push(String(this.value(r, c) ?? '').trim())
    return out
  }
}

function findHeaderRow(grid: Grid, isHeaderRow?: (cells: string[]) => boolean): number {
  const last = Math.min(grid.lastRow, grid.firstRow + HEADER_SEARCH_ROWS - 1)
  let firstNonBlank: number | undefined
  for (let r = grid.firstRow; r <= last; r++) {
    const cells = grid.texts(r)
    if (cells.every((t) => t === '')) continue
    firstNonBlank ??= r
    if (!isHeaderRow || isHeaderRow(cells)) return r
  }
  if (firstNonBlank === undefined) throw emptySheetError()
  return firstNonBlank
}

function readRecords(grid: Grid, headerRow: number, headers: string[]): SheetRecord[] {
  // The first column holding a header wins; later columns with the same header are ignored.
  const columns = new Map<string, number>()
  headers.forEach((h, i) => {
    if (h !== '' && !columns.has(h)) columns.set(h, grid.firstCol + i)
  })
  const rows: SheetRecord[] = []
  for (let r = headerRow + 1; r <= grid.lastRow; r++) {
    const values: Record<string, SheetValue> = {}
    let blank = true
    for (const [header, c] of columns) {
      const v = grid.value(r, c)
      values[header] = v
      if (v !== null) blank = false
    }
    if (!blank) rows.push({ row: r + 1, values })
  }
  return rows
}

/**
 * Odd cells never throw: merged-away cells and formulas without a cached result are blank,
 * a formula gives its cached result, dates and booleans give the text Excel shows, error
 * cells (#N/A…) give their code as text.
 */
function cellValue(cell: CellObject | undefined): SheetValue {
  if (!cell || cell.v === undefined || cell.v === null) return null
  switch (cell.t) {
    case 'n':
      if (typeof cell.v !== 'number' || !Number.isFinite(cell.v)) return null
      return isDateFormat(cell.z) ? (cell.w ?? String(cell.v)) : cell.v
    case 's': {
      const text = restoreNeutralised(String(cell.v))
      return text.trim() === '' ? null : text
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE'
    case 'd':
      return cell.w ?? (cell.v instanceof Date ? cell.v.toISOString() : String(cell.v))
    case 'e':
      return cell.w ?? '#ERROR'
    default:
      return null
  }
}

function isDateFormat(format: CellObject['z']): boolean {
  if (format === undefined) return false
  try {
    return Boolean((SSF as { is_date(f: string | number): boolean }).is_date(format))
  } catch {
    return false
  }
}

const emptySheetError = (): AppError =>
  new AppError('bad-file', '工作表是空的，请确认第一个工作表包含表头和门店数据')

const tooManyRowsError = (maxRows: number): AppError =>
  new AppError(
    'bad-file',
    `表格超过 ${maxRows.toLocaleString('en-US')} 行，请拆分成多个文件分批导入（带格式的空行也计入行数，可先删除表格末尾多余的行）`
  )
