import type { FileBytes, GuideRow } from '../../preload/contract/models'
import { writeSheet, type SheetColumn } from '../xlsx/write-sheet'
import { guideExportFileName } from './guide-export'

/** One line of the assignment sheet: a guide and one of its stores (or none yet). */
interface AssignmentLine {
  userid: string
  name: string
  code: string
  store: string
  role: string
}

/**
 * The assignment sheet as the import reads it (账号, 门店编码, 角色 主/副), pre-filled with the
 * current view's assignments: edit or add lines, then import. 姓名 and 门店名称 are for reading
 * only; the import ignores them. A guide with no store gets one line with the store left blank.
 */
const COLUMNS: readonly SheetColumn<AssignmentLine>[] = [
  { header: '账号', width: 18, value: (l) => l.userid },
  { header: '姓名', width: 12, value: (l) => l.name },
  { header: '门店编码', width: 14, value: (l) => l.code },
  { header: '门店名称', width: 24, value: (l) => l.store },
  { header: '角色', width: 8, value: (l) => l.role }
]

function linesOf(row: GuideRow): AssignmentLine[] {
  const base = { userid: row.userid, name: row.name }
  const lines = row.otherStores.map((s) => ({ ...base, code: s.code, store: s.name, role: '副' }))
  if (row.primaryStore) lines.unshift({ ...base, code: row.primaryStore.code, store: row.primaryStore.name, role: '主' })
  return lines.length > 0 ? lines : [{ ...base, code: '', store: '', role: '' }]
}

export function assignmentSheet(rows: readonly GuideRow[], now: Date): FileBytes {
  const bytes = writeSheet('门店分配', COLUMNS, rows.flatMap(linesOf))
  return {
    fileName: guideExportFileName(now).replace('导购_', '导购门店分配_'),
    base64: Buffer.from(bytes).toString('base64')
  }
}
