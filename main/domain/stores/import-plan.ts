import type {
  ImportChange,
  ImportIssue,
  StorePatch,
  StoreRow
} from '../../../preload/contract/models'
import { parseImportRow, type ImportField, type RowCells } from './import-row'
import { attributesOf, changedFields, writablePatch } from './store-diff'

/**
 * Matches imported rows to stores and works out what would change. Pure: the caller supplies
 * the stores by code, and nothing is written here.
 */

export interface ImportRowInput {
  /** 1-based Excel row number. */
  row: number
  cells: RowCells
}

export interface PlannedChange extends ImportChange {
  /** What apply writes: the changed fields (coordinates as a pair), values already validated. */
  patch: StorePatch
}

export interface ImportPlan {
  issues: ImportIssue[]
  changes: PlannedChange[]
  unchanged: number
}

/** `columns`: the header text each field has in this file, so issues name the operator's column. */
export function planImport(
  rows: readonly ImportRowInput[],
  stores: ReadonlyMap<string, StoreRow>,
  columns: ReadonlyMap<ImportField, string>
): ImportPlan {
  const plan: ImportPlan = { issues: [], changes: [], unchanged: 0 }
  const firstRowOf = new Map<string, number>()
  const issue = (row: number, field: ImportField, i: Omit<ImportIssue, 'row' | 'column'>) =>
    plan.issues.push({ row, column: columns.get(field) ?? field, ...i })

  for (const { row, cells } of rows) {
    const parsed = parseImportRow(cells)
    const code = parsed.code
    const first = code === null ? undefined : firstRowOf.get(code)
    if (code !== null && first !== undefined) {
      issue(row, 'code', duplicateIssue(code, first))
      continue // the later copy is ignored as a whole; its cells are not worth reporting
    }
    if (code !== null) firstRowOf.set(code, row)
    const store = code === null ? undefined : stores.get(code)
    if (code === null) issue(row, 'code', MISSING_CODE)
    else if (!store) issue(row, 'code', unknownStoreIssue(code))
    for (const { field, ...i } of parsed.issues) issue(row, field, i)
    if (!store || code === null || parsed.issues.length > 0) continue
    const change = changeFor(row, store, parsed.patch)
    if (change) plan.changes.push(change)
    else plan.unchanged++
  }
  return plan
}

function changeFor(row: number, store: StoreRow, patch: StorePatch): PlannedChange | null {
  const current = attributesOf(store)
  const fields = changedFields(current, patch)
  if (fields.length === 0) return null
  const changes: ImportChange['changes'] = {}
  for (const f of fields) changes[f] = [display(current[f]), display(patch[f])]
  return {
    row,
    storeId: store.id,
    code: store.code,
    name: store.name,
    changes,
    patch: writablePatch(patch, fields)
  }
}

/** Before/after as plain text; store types stay codes so the renderer can label them per locale. */
const display = (value: unknown): string =>
  value === undefined || value === null ? '' : String(value)

const MISSING_CODE = {
  code: 'missing-code',
  value: '',
  message: '门店编码为空，无法确定要修改哪家门店，本行未导入'
} as const

const unknownStoreIssue = (code: string) =>
  ({
    code: 'unknown-store',
    value: code,
    message: `找不到门店编码为“${code}”的门店，请核对编码是否与导出的门店表一致`
  }) as const

const duplicateIssue = (code: string, firstRow: number) =>
  ({
    code: 'duplicate-row',
    value: code,
    message: `门店编码“${code}”与第 ${firstRow} 行重复，本行未导入；同一门店请只保留一行`
  }) as const
