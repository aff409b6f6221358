/**
 * A handover plan as an .xlsx round trip: export one line per customer and group with the chosen
 * takeover; the operator changes 接替人账号 in Excel (blank = 暂不交接) and imports it back.
 * Every bad line is reported by its Excel row number with a zh-CN reason and changes nothing;
 * good lines apply. Cells go through main/xlsx, so formulas are neutralised both ways.
 */
import type { PlanSheetIssue } from '../../preload/contract/handover-models'
import type { FileBytes } from '../../preload/contract/models'
import type { HandoverPlan, Placement, PlacementScope } from '../domain/handover/handover-plan'
import { UNPLACED_LABELS } from '../domain/handover/handover-plan'
import type { EditIssue, PlanEdit } from '../domain/handover/plan-edits'
import { formatChinaMinute } from '../domain/handover/china-date'
import { AppError } from '../errors'
import { readSheet, type SheetValue } from '../xlsx/read-sheet'
import { writeSheet, type SheetColumn } from '../xlsx/write-sheet'

export const PLAN_HEADERS = {
  target: '类型',
  id: 'ID',
  name: '名称',
  takeover: '接替人账号',
  takeoverName: '接替人姓名',
  scope: '分配方式',
  note: '说明'
} as const

const TARGET_LABELS = { customer: '客户', group: '客户群' } as const
const SCOPE_LABELS: Readonly<Record<PlacementScope, string>> = {
  store: '同门店',
  region: '同大区',
  manual: '手动指定'
}

interface SheetLine {
  target: 'customer' | 'group'
  id: string
  name: string
  placement: Placement
}

const takeoverOf = (p: Placement) => (p.kind === 'assigned' ? p.takeoverUserid : null)

function columns(names: ReadonlyMap<string, string>): SheetColumn<SheetLine>[] {
  return [
    { header: PLAN_HEADERS.target, width: 8, value: (l) => TARGET_LABELS[l.target] },
    { header: PLAN_HEADERS.id, width: 36, value: (l) => l.id },
    { header: PLAN_HEADERS.name, width: 20, value: (l) => l.name },
    { header: PLAN_HEADERS.takeover, width: 20, value: (l) => takeoverOf(l.placement) },
    {
      header: PLAN_HEADERS.takeoverName,
      width: 12,
      value: (l) => names.get(takeoverOf(l.placement) ?? '') ?? null
    },
    {
      header: PLAN_HEADERS.scope,
      width: 10,
      value: (l) => (l.placement.kind === 'assigned' ? SCOPE_LABELS[l.placement.scope] : null)
    },
    {
      header: PLAN_HEADERS.note,
      width: 40,
      value: (l) => (l.placement.kind === 'unplaced' ? UNPLACED_LABELS[l.placement.reason] : null)
    }
  ]
}

/** "客户交接_王芳_20261204-1530.xlsx", in China time. */
export function planFileName(plan: HandoverPlan, now: number): string {
  const stamp = formatChinaMinute(now).replace(/[-:]/g, '').replace(' ', '-')
  return `客户交接_${plan.handover.name}_${stamp}.xlsx`
}

/** `names`: member names by userid, for the 接替人姓名 column. */
export function exportPlan(
  plan: HandoverPlan,
  names: ReadonlyMap<string, string>,
  now: number
): FileBytes {
  const lines: SheetLine[] = [
    ...plan.customers.map((c) => ({
      target: 'customer' as const,
      id: c.externalUserid,
      name: c.name,
      placement: c.placement
    })),
    ...plan.groups.map((g) => ({
      target: 'group' as const,
      id: g.chatId,
      name: g.name,
      placement: g.placement
    }))
  ]
  const bytes = writeSheet('客户交接', columns(names), lines)
  return { fileName: planFileName(plan, now), base64: Buffer.from(bytes).toString('base64') }
}

/** The sheet's lines as plan edits, with problems found in the cells themselves. */
export function readPlanEdits(file: FileBytes): { edits: PlanEdit[]; issues: PlanSheetIssue[] } {
  const sheet = readSheet(Buffer.from(file.base64, 'base64'), {
    isHeaderRow: (cells) => cells.includes(PLAN_HEADERS.id)
  })
  for (const header of [PLAN_HEADERS.id, PLAN_HEADERS.takeover]) {
    if (!sheet.headers.includes(header)) {
      throw new AppError(
        'bad-file',
        `表格缺少“${header}”列。请用“导出计划”得到的表格修改“接替人账号”后再导入`
      )
    }
  }
  const edits: PlanEdit[] = []
  const issues: PlanSheetIssue[] = []
  for (const { row, values } of sheet.rows) {
    const id = text(values[PLAN_HEADERS.id])
    const target = targetOf(text(values[PLAN_HEADERS.target]))
    if (id === '')
      issues.push({
        row,
        column: PLAN_HEADERS.id,
        value: '',
        message: 'ID 为空，无法对应到客户或客户群'
      })
    else if (target === null) {
      const value = text(values[PLAN_HEADERS.target])
      issues.push({
        row,
        column: PLAN_HEADERS.target,
        value,
        message: '类型只能是“客户”或“客户群”'
      })
    } else {
      const takeover = text(values[PLAN_HEADERS.takeover])
      edits.push({ row, target, id, takeoverUserid: takeover === '' ? null : takeover })
    }
  }
  return { edits, issues }
}

/** Domain issues (by field) in the sheet's words (by header). */
export function sheetIssuesOf(issues: readonly EditIssue[]): PlanSheetIssue[] {
  return issues.map((i) => ({
    ...i,
    column: i.column === 'id' ? PLAN_HEADERS.id : PLAN_HEADERS.takeover
  }))
}

const text = (v: SheetValue | undefined): string =>
  v === null || v === undefined ? '' : String(v).trim()

function targetOf(label: string): 'customer' | 'group' | null {
  if (label === '' || label === TARGET_LABELS.customer) return 'customer'
  return label === TARGET_LABELS.group ? 'group' : null
}
