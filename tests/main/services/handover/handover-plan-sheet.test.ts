import { describe, expect, it } from 'vitest'
import { applyPlanEdits } from '../../../../main/domain/handover/plan-edits'
import { planHandover } from '../../../../main/domain/handover/plan-handover'
import {
  exportPlan,
  PLAN_HEADERS,
  readPlanEdits,
  sheetIssuesOf
} from '../../../../main/services/handover-plan-sheet'
import { readSheet } from '../../../../main/xlsx/read-sheet'
import { writeSheet } from '../../../../main/xlsx/write-sheet'
import { byUserid, colleague, customers, subject } from '../../domain/handover/handover-builders'

const people = [colleague('a'), colleague('b')]
const plan = planHandover({
  handover: subject(),
  customers: customers(3),
  groups: [{ chatId: 'wr1', name: '=HYPERLINK("x")' }],
  candidates: people
})
const NOW = Date.UTC(2026, 11, 4, 7, 30)

type Line = Record<string, string>
const sheetOf = (lines: Line[]) => {
  const headers = Object.values(PLAN_HEADERS)
  const bytes = writeSheet(
    '客户交接',
    headers.map((h) => ({ header: h, width: 10, value: (l: Line) => l[h] ?? null })),
    lines
  )
  return { fileName: 'plan.xlsx', base64: Buffer.from(bytes).toString('base64') }
}

describe('plan sheet', () => {
  it('exports one line per customer and group with the takeover, neutralising formulas', () => {
    const file = exportPlan(
      plan,
      new Map([
        ['a', '李娜'],
        ['b', '张伟']
      ]),
      NOW
    )
    expect(file.fileName).toBe('客户交接_王芳_20261204-1530.xlsx')
    const sheet = readSheet(Buffer.from(file.base64, 'base64'))
    expect(sheet.headers).toEqual(Object.values(PLAN_HEADERS))
    expect(
      sheet.rows.map((r) => [
        r.values['类型'],
        r.values['ID'],
        r.values['接替人账号'],
        r.values['接替人姓名'],
        r.values['分配方式']
      ])
    ).toEqual([
      ['客户', 'wm0000', 'a', '李娜', '同门店'],
      ['客户', 'wm0001', 'b', '张伟', '同门店'],
      ['客户', 'wm0002', 'a', '李娜', '同门店'],
      ['客户群', 'wr1', 'a', '李娜', '同门店']
    ])
    // The group name came back as text, not as a formula.
    expect(sheet.rows[3]?.values['名称']).toBe('=HYPERLINK("x")')
  })

  it('re-imports edits; bad lines are reported by Excel row with a zh-CN reason', () => {
    const file = sheetOf([
      { 类型: '客户', ID: 'wm0000', 接替人账号: 'b' },
      { 类型: '客户', ID: 'wm0001', 接替人账号: '' },
      { 类型: '门店', ID: 'wm0002', 接替人账号: 'a' },
      { 类型: '客户', ID: '', 接替人账号: 'a' },
      { 类型: '客户群', ID: 'wr1', 接替人账号: 'leaver' }
    ])
    const { edits, issues } = readPlanEdits(file)
    const edited = applyPlanEdits(plan, edits, byUserid([...people, colleague('leaver')]))
    const all = [...issues, ...sheetIssuesOf(edited.issues)].sort((x, y) => x.row - y.row)
    expect(all.map((i) => [i.row, i.column, i.message])).toEqual([
      [4, '类型', '类型只能是“客户”或“客户群”'],
      [5, 'ID', 'ID 为空，无法对应到客户或客户群'],
      [6, '接替人账号', '接替人与原跟进人是同一个人']
    ])
    expect(edited.changed).toBe(2)
    expect(edited.plan.customers.map((c) => c.placement)).toEqual([
      { kind: 'assigned', takeoverUserid: 'b', scope: 'manual' },
      { kind: 'unplaced', reason: 'manual' },
      plan.customers[2]?.placement
    ])
  })

  it('refuses a sheet without the takeover column', () => {
    const bytes = writeSheet('x', [{ header: 'ID', width: 5, value: (l: string) => l }], ['wm0000'])
    expect(() =>
      readPlanEdits({ fileName: 'x.xlsx', base64: Buffer.from(bytes).toString('base64') })
    ).toThrow(/缺少“接替人账号”列/)
  })
})
