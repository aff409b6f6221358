/**
 * Operator edits to a plan, from the grid or a re-imported .xlsx: a row names another takeover,
 * or none (暂不交接). Each edit is checked against the plan and the candidates; a bad one is
 * reported by its sheet row with a zh-CN reason and changes nothing. Rows the sheet leaves out
 * keep their placement, so a sheet filtered in Excel still imports.
 */
import type { EditIssue, EditedPlan, PlanEdit } from '../../../preload/contract/handover-models'
import {
  assigned,
  unplaced,
  type CustomerPlanRow,
  type GroupPlanRow,
  type HandoverPlan
} from './handover-plan'
import { INELIGIBILITY_LABELS, ineligibilityOf, type TakeoverCandidate } from './takeover-candidate'

export type { EditIssue, EditedPlan, PlanEdit }

export function applyPlanEdits(
  plan: HandoverPlan,
  edits: readonly PlanEdit[],
  candidates: ReadonlyMap<string, TakeoverCandidate>
): EditedPlan {
  const customers = new Map(plan.customers.map((c) => [c.externalUserid, c]))
  const groups = new Map(plan.groups.map((g) => [g.chatId, g]))
  const issues: EditIssue[] = []
  const firstRow = new Map<string, number>()
  let changed = 0
  for (const edit of edits) {
    const key = `${edit.target}:${edit.id}`
    const issue = checkEdit(plan, edit, firstRow.get(key), customers, groups, candidates)
    if (!firstRow.has(key)) firstRow.set(key, edit.row)
    if (issue) {
      issues.push(issue)
      continue
    }
    if (apply(edit, customers, groups)) changed++
  }
  return {
    plan: { ...plan, customers: [...customers.values()], groups: [...groups.values()] },
    issues,
    changed
  }
}

function checkEdit(
  plan: HandoverPlan,
  edit: PlanEdit,
  earlierRow: number | undefined,
  customers: ReadonlyMap<string, CustomerPlanRow>,
  groups: ReadonlyMap<string, GroupPlanRow>,
  candidates: ReadonlyMap<string, TakeoverCandidate>
): EditIssue | null {
  const at = (column: EditIssue['column'], value: string, message: string): EditIssue => ({
    row: edit.row,
    column,
    value,
    message
  })
  if (earlierRow !== undefined) return at('id', edit.id, `与第 ${earlierRow} 行重复，本行未导入`)
  const known = edit.target === 'customer' ? customers.has(edit.id) : groups.has(edit.id)
  const what = edit.target === 'customer' ? '客户' : '客户群'
  if (!known) return at('id', edit.id, `该${what}不在本次交接计划中（可能已转接或不属于原跟进人）`)
  if (edit.takeoverUserid === null) return null
  const candidate = candidates.get(edit.takeoverUserid)
  if (!candidate)
    return at('takeover', edit.takeoverUserid, '找不到这个接替人账号，请填写企业微信账号（userid）')
  const why = ineligibilityOf(candidate, plan.handover.userid)
  return why === null ? null : at('takeover', edit.takeoverUserid, INELIGIBILITY_LABELS[why])
}

/** Returns whether the placement changed. */
function apply(
  edit: PlanEdit,
  customers: Map<string, CustomerPlanRow>,
  groups: Map<string, GroupPlanRow>
): boolean {
  const placement =
    edit.takeoverUserid === null ? unplaced('manual') : assigned(edit.takeoverUserid, 'manual')
  const rows: Map<string, CustomerPlanRow | GroupPlanRow> =
    edit.target === 'customer' ? customers : groups
  const row = rows.get(edit.id)
  if (!row) return false
  const before = row.placement
  const same =
    before.kind === 'assigned'
      ? before.takeoverUserid === edit.takeoverUserid
      : edit.takeoverUserid === null
  if (same) return false
  rows.set(edit.id, { ...row, placement })
  return true
}
