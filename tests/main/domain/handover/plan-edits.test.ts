import { describe, expect, it } from 'vitest'
import { applyPlanEdits } from '../../../../main/domain/handover/plan-edits'
import { planHandover } from '../../../../main/domain/handover/plan-handover'
import { byUserid, colleague, customers, subject } from './handover-builders'

const people = [colleague('a'), colleague('b'), colleague('off', { status: 2 })]
const plan = planHandover({
  handover: subject(),
  customers: customers(4),
  groups: [],
  candidates: people
})

describe('applyPlanEdits', () => {
  it('applies good rows, reports bad ones by row with a zh-CN reason', () => {
    const edited = applyPlanEdits(
      plan,
      [
        { row: 2, target: 'customer', id: 'wm0000', takeoverUserid: 'b' },
        { row: 3, target: 'customer', id: 'wm0001', takeoverUserid: null },
        { row: 4, target: 'customer', id: 'wm0000', takeoverUserid: 'a' },
        { row: 5, target: 'customer', id: 'wm9999', takeoverUserid: 'a' },
        { row: 6, target: 'customer', id: 'wm0002', takeoverUserid: 'off' },
        { row: 7, target: 'customer', id: 'wm0003', takeoverUserid: 'nobody' }
      ],
      byUserid(people)
    )
    expect(edited.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [4, 'id', '与第 2 行重复，本行未导入'],
      [5, 'id', '该客户不在本次交接计划中（可能已转接或不属于原跟进人）'],
      [6, 'takeover', '接替人不是在职激活状态（已停用、未激活或已离职）'],
      [7, 'takeover', '找不到这个接替人账号，请填写企业微信账号（userid）']
    ])
    expect(edited.changed).toBe(2)
    expect(edited.plan.customers.map((c) => c.placement)).toEqual([
      { kind: 'assigned', takeoverUserid: 'b', scope: 'manual' },
      { kind: 'unplaced', reason: 'manual' },
      plan.customers[2]?.placement,
      plan.customers[3]?.placement
    ])
  })
})
