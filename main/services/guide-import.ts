import type { FileBytes, GuideImportPreview } from '../../preload/contract/models'
import type { GuideStateRepo } from '../db/repos/guide-state-repo'
import { importSummary } from '../domain/guides/action-summary'
import { applyAssignments } from '../domain/guides/bulk-action'
import { planAssignments, type AssignmentRow, type ImportColumns } from '../domain/guides/import-rows'
import { AppError } from '../errors'
import { readSheet, type SheetContent, type SheetValue } from '../xlsx/read-sheet'
import { importColumnOf, type ImportColumn } from './guide-columns'
import { departmentsOf, describePlan } from './guide-plan'
import type { GuidePreviewStore } from './guide-preview-store'

/**
 * An assignment sheet (.xlsx: 账号 or 手机号, 门店编码, 角色 主/副) → the same diff preview as a
 * bulk action; 'guide:bulk-apply' applies it, and undo takes it back like any action.
 */
export function createGuideImport(deps: { states: GuideStateRepo; previews: GuidePreviewStore }) {
  return {
    preview(file: FileBytes): GuideImportPreview {
      const sheet = readSheet(Buffer.from(file.base64, 'base64'), { isHeaderRow })
      const columns = mapColumns(sheet.headers)
      const stores = deps.states.stores()
      const byCode = new Map([...stores.values()].map((s) => [s.code, s.id]))
      const assignments = planAssignments(rowsOf(sheet, columns), deps.states.identities(), byCode, columns)
      const storeDept = departmentsOf(stores)
      const plan = {
        kind: 'import' as const,
        summary: (n: number) => importSummary(file.fileName, n),
        userids: [...assignments.byGuide.keys()],
        next: (userid: string, s: Parameters<typeof applyAssignments>[0]) =>
          applyAssignments(s, assignments.byGuide.get(userid) ?? [], storeDept)
      }
      return {
        ...describePlan(deps.states, plan, stores),
        previewId: deps.previews.keep(plan),
        fileName: file.fileName,
        totalRows: sheet.rows.length,
        issues: assignments.issues
      }
    }
  }
}
export type GuideImport = ReturnType<typeof createGuideImport>

const isHeaderRow = (cells: string[]): boolean => cells.some((c) => importColumnOf(c) === 'store')

function mapColumns(headers: readonly string[]): ImportColumns {
  const found = new Map<ImportColumn, string>()
  for (const header of headers) {
    const column = importColumnOf(header)
    if (column === null) continue
    const earlier = found.get(column)
    if (earlier !== undefined) {
      throw new AppError('bad-file', `表头“${earlier}”和“${header}”含义相同，请只保留其中一列后重试`)
    }
    found.set(column, header)
  }
  const guide = found.get('guide')
  const store = found.get('store')
  if (guide === undefined || store === undefined) {
    throw new AppError(
      'bad-file',
      '表格需要“账号”（或“手机号”）和“门店编码”两列，“角色”列可选（主 / 副，空白按副门店）。请按模板填写后重试'
    )
  }
  return { guide, store, role: found.get('role') ?? null }
}

const text = (v: SheetValue | undefined): string | null => {
  if (v === undefined || v === null) return null
  const s = String(v).trim()
  return s === '' ? null : s
}

function rowsOf(sheet: SheetContent, c: ImportColumns): AssignmentRow[] {
  return sheet.rows.map((r) => ({
    row: r.row,
    cells: {
      guide: text(r.values[c.guide]),
      store: text(r.values[c.store]),
      role: c.role === null ? null : text(r.values[c.role])
    }
  }))
}
