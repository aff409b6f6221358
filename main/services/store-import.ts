import type { FileBytes, StoreImportPreview } from '../../preload/contract/models'
import type { Db } from '../db/connection'
import type { AuditRepo } from '../db/repos/audit-repo'
import type { StoreRepo } from '../db/repos/store-repo'
import { planImport, type PlannedChange } from '../domain/stores/import-plan'
import type { ImportField, RowCells } from '../domain/stores/import-row'
import { attributesOf, changedFields, pick } from '../domain/stores/store-diff'
import { AppError } from '../errors'
import { readSheet, type SheetContent } from '../xlsx/read-sheet'
import { headerOf, importFieldOf } from './store-columns'

/** Long enough to review a big preview; short enough that it is not applied against stale data. */
export const PREVIEW_TTL_MS = 30 * 60_000
/** Previews hold whole sheets' changes; a few are plenty for one operator. */
export const MAX_PREVIEWS = 5
const ACTOR = 'local-user'

export interface StoreImportDeps {
  db: Db
  stores: StoreRepo
  audit: AuditRepo
  now: () => number
  newId: () => string
}

interface PendingPreview {
  createdAt: number
  changes: PlannedChange[]
}

/**
 * Store attributes from an .xlsx in two steps: `preview` reads and checks the sheet and writes
 * nothing; `apply` writes the previewed changes in one transaction. A preview is applied at most
 * once and expires after PREVIEW_TTL_MS.
 */
export function createStoreImport(deps: StoreImportDeps) {
  const pending = new Map<string, PendingPreview>()

  function forgetExpired(): void {
    const now = deps.now()
    for (const [id, p] of pending) if (now - p.createdAt > PREVIEW_TTL_MS) pending.delete(id)
  }

  function keep(changes: PlannedChange[]): string {
    forgetExpired()
    const id = deps.newId()
    pending.set(id, { createdAt: deps.now(), changes })
    // Maps iterate in insertion order: the first keys are the oldest previews.
    for (const oldest of pending.keys()) {
      if (pending.size <= MAX_PREVIEWS) break
      pending.delete(oldest)
    }
    return id
  }

  return {
    preview(file: FileBytes): StoreImportPreview {
      const sheet = readSheet(Buffer.from(file.base64, 'base64'), { isHeaderRow })
      const columns = mapColumns(sheet.headers)
      const plan = planImport(rowsOf(sheet, columns), deps.stores.allByCode(), columns)
      const changes = plan.changes.map(({ patch: _patch, ...shown }) => shown)
      return {
        previewId: keep(plan.changes),
        fileName: file.fileName,
        totalRows: sheet.rows.length,
        issues: plan.issues,
        changes,
        unchanged: plan.unchanged
      }
    },

    apply(previewId: string): { applied: number } {
      forgetExpired()
      const preview = pending.get(previewId)
      if (!preview) throw expiredError()
      // Consumed before writing: should the transaction fail, nothing was written and the
      // operator previews again, rather than risk a second apply of the same sheet.
      pending.delete(previewId)
      const applied = deps.db.transaction(() => writeChanges(deps, preview.changes))()
      return { applied }
    }
  }
}
export type StoreImport = ReturnType<typeof createStoreImport>

/**
 * Re-reads each store inside the transaction and writes only what still differs, on top of its
 * current values, so an edit made in the drawer since the preview survives unless the sheet
 * changes that same field. A store gone since the preview (removed by a WeCom sync) is skipped
 * and not counted: there is nothing left to update, and the rest of the sheet still applies.
 */
function writeChanges(deps: StoreImportDeps, changes: readonly PlannedChange[]): number {
  const at = deps.now()
  let applied = 0
  for (const change of changes) {
    const store = deps.stores.get(change.storeId)
    if (!store) continue
    const current = attributesOf(store)
    const fields = changedFields(current, change.patch)
    if (fields.length === 0) continue
    const next = { ...current, ...change.patch }
    deps.stores.updateAttributes(store.id, next, at)
    deps.audit.record({
      at,
      actor: ACTOR,
      action: 'store.import',
      entity: 'store',
      entityId: store.id,
      before: pick(current, fields),
      after: pick(next, fields)
    })
    applied++
  }
  return applied
}

const isHeaderRow = (cells: string[]): boolean => cells.some((c) => importFieldOf(c) === 'code')

/** Header text per field this sheet feeds; read-only and unknown columns are left out. */
function mapColumns(headers: readonly string[]): Map<ImportField, string> {
  const columns = new Map<ImportField, string>()
  for (const header of headers) {
    const field = importFieldOf(header)
    if (field === null || field === 'read-only') continue
    const earlier = columns.get(field)
    if (earlier !== undefined) {
      throw new AppError(
        'bad-file',
        `表头“${earlier}”和“${header}”都对应“${headerOf(field)}”，请只保留其中一列后重试`
      )
    }
    columns.set(field, header)
  }
  checkColumns(columns)
  return columns
}

const EDITABLE_HEADERS = '地址、门店类型、营业时间、计划拜访时长(分钟)、经度(GCJ-02)、纬度(GCJ-02)'

function checkColumns(columns: ReadonlyMap<ImportField, string>): void {
  if (!columns.has('code')) {
    throw new AppError(
      'bad-file',
      '表格缺少“门店编码”列，无法对应到门店。请用“导出”得到的门店表填写，或在表头加上“门店编码”'
    )
  }
  if (columns.size === 1) {
    throw new AppError('bad-file', `表格中没有可导入的列。可导入的列有：${EDITABLE_HEADERS}`)
  }
  const lng = columns.get('lng')
  const lat = columns.get('lat')
  if ((lng === undefined) !== (lat === undefined)) {
    const [has, lacks] = lng !== undefined ? [lng, '纬度'] : [lat ?? '', '经度']
    throw new AppError('bad-file', `经度和纬度需要同时导入：表格有“${has}”列，但缺少“${lacks}”列`)
  }
}

function rowsOf(sheet: SheetContent, columns: ReadonlyMap<ImportField, string>) {
  return sheet.rows.map((r) => {
    const cells: RowCells = {}
    for (const [field, header] of columns) cells[field] = r.values[header] ?? null
    return { row: r.row, cells }
  })
}

const expiredError = (): AppError =>
  new AppError(
    'preview-expired',
    '这次导入预览已失效（超过 30 分钟或已经导入过），请重新选择文件预览后再导入'
  )
