import type { GuideImportIssue } from '../../../preload/contract/models'
import type { MatchCandidate } from './paste-matcher'
import { normaliseMobile } from './guide-status'
import type { StoreRole } from './guide-state'

/**
 * An assignment sheet's rows → per guide, the stores to assign with their role. Pure.
 * Each good row adds one assignment; the sheet never removes a store (to leave a store, use
 * 移出门店 in the grid), so a partial sheet is safe. Issues name the Excel row and say why.
 */
export interface AssignmentCells {
  guide: string | null
  store: string | null
  role: string | null
}

export interface AssignmentRow {
  row: number
  cells: AssignmentCells
}

export interface PlannedAssignment {
  row: number
  storeId: string
  role: StoreRole
}

export interface AssignmentPlan {
  byGuide: Map<string, PlannedAssignment[]>
  issues: GuideImportIssue[]
}

export interface ImportColumns {
  guide: string
  store: string
  role: string | null
}

const ROLES: Readonly<Record<string, StoreRole>> = {
  主: 'primary',
  主门店: 'primary',
  primary: 'primary',
  副: 'secondary',
  副门店: 'secondary',
  secondary: 'secondary'
}

export function planAssignments(
  rows: readonly AssignmentRow[],
  guides: readonly MatchCandidate[],
  storeByCode: ReadonlyMap<string, string>,
  columns: ImportColumns
): AssignmentPlan {
  const find = guideFinder(guides)
  const plan: AssignmentPlan = { byGuide: new Map(), issues: [] }
  const primaryRow = new Map<string, number>()
  for (const { row, cells } of rows) {
    // A template line for a guide without a store, left unfilled: nothing to assign, no error.
    if (cells.guide && !cells.store && !cells.role) continue
    const issue = (column: string, i: Omit<GuideImportIssue, 'row' | 'column'>) =>
      plan.issues.push({ row, column, ...i })
    const guide = resolveGuide(cells.guide, find, (i) => issue(columns.guide, i))
    const storeId = resolveStore(cells.store, storeByCode, (i) => issue(columns.store, i))
    const role = resolveRole(cells.role, (i) => issue(columns.role ?? '角色', i))
    if (guide === null || storeId === null || role === null) continue
    if (role === 'primary') {
      const first = primaryRow.get(guide)
      if (first !== undefined) {
        issue(columns.role ?? '角色', twoPrimaries(cells.role ?? '', first))
        continue
      }
      primaryRow.set(guide, row)
    }
    const list = plan.byGuide.get(guide) ?? []
    list.push({ row, storeId, role })
    plan.byGuide.set(guide, list)
  }
  return plan
}

type Report = (i: Omit<GuideImportIssue, 'row' | 'column'>) => void

function resolveGuide(value: string | null, find: (v: string) => string[], report: Report): string | null {
  if (!value) {
    report({ code: 'missing-guide', value: '', message: '账号/手机号为空，无法确定是哪位导购，本行未导入' })
    return null
  }
  const hits = find(value)
  if (hits.length === 1) return hits[0]!
  if (hits.length === 0) {
    report({ code: 'unknown-guide', value, message: `找不到账号或手机号为“${value}”的导购（需已开通客户联系），请核对` })
  } else {
    report({ code: 'ambiguous-guide', value, message: `手机号“${value}”对应多位导购，请改填账号（userid）` })
  }
  return null
}

function resolveStore(value: string | null, stores: ReadonlyMap<string, string>, report: Report): string | null {
  if (!value) {
    report({ code: 'missing-store', value: '', message: '门店编码为空，本行未导入' })
    return null
  }
  const id = stores.get(value)
  if (id === undefined) {
    report({ code: 'unknown-store', value, message: `找不到门店编码为“${value}”的门店，请核对编码是否与导出的门店表一致` })
    return null
  }
  return id
}

/** A blank role means secondary: adding a store is the safe default, moving one is not. */
function resolveRole(value: string | null, report: Report): StoreRole | null {
  if (!value) return 'secondary'
  const role = ROLES[value.normalize('NFKC').trim().toLowerCase()]
  if (role) return role
  report({ code: 'bad-role', value, message: `角色“${value}”无法识别，请填写“主”或“副”（primary / secondary）` })
  return null
}

const twoPrimaries = (value: string, first: number) => ({
  code: 'two-primaries' as const,
  value,
  message: `该导购在第 ${first} 行已有主门店，一位导购只能有一个主门店，本行未导入`
})

/** userid first (unique), then mobile (may be shared). */
function guideFinder(guides: readonly MatchCandidate[]): (value: string) => string[] {
  const byUserid = new Map(guides.map((g) => [g.userid.toLowerCase(), g.userid]))
  const byMobile = new Map<string, string[]>()
  for (const g of guides) {
    if (!g.mobile) continue
    const key = normaliseMobile(g.mobile)
    byMobile.set(key, [...(byMobile.get(key) ?? []), g.userid])
  }
  return (value) => {
    const v = value.normalize('NFKC').trim()
    const id = byUserid.get(v.toLowerCase())
    if (id) return [id]
    return byMobile.get(normaliseMobile(v)) ?? []
  }
}
