import type { FileBytes, GuideRow, GuideStatus, WritebackState } from '../../preload/contract/models'
import { writeSheet, type CellValue, type SheetColumn } from '../xlsx/write-sheet'
import { GUIDE_EXPORT_COLUMNS, type GuideExportField } from './guide-columns'

const SHEET_NAME = '导购'

const STATUS_ZH: Record<GuideStatus, string> = { active: '在职', disabled: '停用', inactive: '未激活', left: '离职' }
const WRITEBACK_ZH: Record<WritebackState, string> = {
  pending: '待写回',
  sending: '写回中',
  delivered: '已写回',
  failed: '写回失败'
}

const two = (n: number): string => String(n).padStart(2, '0')
const localTime = (ms: number): string => {
  const d = new Date(ms)
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`
}

/** Cells as the grid shows them in zh-CN; the mobile stays masked in the file too. */
function cellOf(row: GuideRow, field: GuideExportField): CellValue {
  switch (field) {
    case 'status':
      return STATUS_ZH[row.status]
    case 'primaryStore':
      return row.primaryStore ? `${row.primaryStore.name}（${row.primaryStore.code}）` : null
    case 'otherStores':
      return row.otherStores.map((s) => s.name).join('、')
    case 'isGuide':
      return row.isGuide ? '是' : '否'
    case 'tags':
      return row.tags.join('、')
    case 'syncedAt':
      return localTime(row.syncedAt)
    case 'writeback':
      return row.writeback ? WRITEBACK_ZH[row.writeback.state] : null
    default:
      return row[field]
  }
}

const SHEET_COLUMNS: readonly SheetColumn<GuideRow>[] = GUIDE_EXPORT_COLUMNS.map((c) => ({
  header: c.header,
  width: c.width,
  value: (row: GuideRow) => cellOf(row, c.field)
}))

/** "导购_20261124-1530.xlsx", in the operator's local time. */
export function guideExportFileName(now: Date): string {
  const day = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`
  return `导购_${day}-${two(now.getHours())}${two(now.getMinutes())}.xlsx`
}

/** The rows as given (the grid's current filter and sort) as an .xlsx download. */
export function exportGuides(rows: readonly GuideRow[], now: Date): FileBytes {
  const bytes = writeSheet(SHEET_NAME, SHEET_COLUMNS, rows)
  return { fileName: guideExportFileName(now), base64: Buffer.from(bytes).toString('base64') }
}
