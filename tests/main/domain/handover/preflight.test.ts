import { describe, expect, it } from 'vitest'
import { planHandover } from '../../../../main/domain/handover/plan-handover'
import { preflight, type PreflightFacts } from '../../../../main/domain/handover/preflight'
import { inServiceBudget } from '../../../../main/domain/handover/transfer-budget'
import { chunk } from '../../../../main/domain/handover/transfer-chunks'
import { assigned } from '../../../../main/domain/handover/handover-plan'
import { byUserid, colleague, customers, subject } from './handover-builders'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 11, 4, 6)

function facts(patch: Partial<PreflightFacts> = {}): PreflightFacts {
  return {
    handoverStatus: 5,
    candidates: byUserid([colleague('a'), colleague('b')]),
    inTransfer: new Set(),
    inServiceHistory: new Map(),
    now: NOW,
    ...patch
  }
}

describe('preflight', () => {
  it('chunks passing customers by takeover, at most 100 per call', () => {
    const cs = [colleague('a'), colleague('b')]
    const plan = planHandover({
      handover: subject(),
      customers: customers(250),
      groups: [],
      candidates: cs
    })
    const result = preflight(plan, facts())
    expect(result.failed).toBe(0)
    expect(result.customerChunks.map((c) => [c.takeoverUserid, c.externalUserids.length])).toEqual([
      ['a', 100],
      ['a', 25],
      ['b', 100],
      ['b', 25]
    ])
    const sent = result.customerChunks.flatMap((c) => c.externalUserids)
    expect(new Set(sent).size).toBe(250)
  })

  it('names predicted failures per row with a zh-CN reason and leaves them out of the chunks', () => {
    const plan = planHandover({
      handover: subject('in_service'),
      customers: customers(4),
      groups: [],
      candidates: [colleague('a')]
    })
    const edited = {
      ...plan,
      customers: plan.customers.map((c, i) =>
        i === 0
          ? { ...c, placement: assigned('leaver', 'manual') }
          : i === 1
            ? { ...c, placement: assigned('ghost', 'manual') }
            : c
      )
    }
    const result = preflight(
      edited,
      facts({
        handoverStatus: 1,
        inTransfer: new Set(['wm0002']),
        inServiceHistory: new Map([['wm0003', [NOW - 80 * DAY, NOW - 10 * DAY]]])
      })
    )
    const messages = result.rows.map((r) => (r.verdict.ok ? 'ok' : r.verdict.message))
    expect(messages).toEqual([
      '接替人与原跟进人是同一个人（预计错误码 40130）',
      '接替人 ghost 不在本地通讯录中，请先同步或检查账号（预计错误码 60111）',
      '该客户已有一笔转接在等待接替，24 小时内不能再次转接（预计错误码 40129）',
      '该客户 90 天内已在职转接 2 次，2026-12-14 之后才能再转（预计错误码 40128）'
    ])
    expect(result.customerChunks).toEqual([])
  })

  it('refuses a resigned handover of someone still employed, and in-service of someone who left', () => {
    const plan = planHandover({
      handover: subject(),
      customers: customers(1),
      groups: [],
      candidates: [colleague('a')]
    })
    const verdict = preflight(plan, facts({ handoverStatus: 1 })).rows[0]?.verdict
    expect(verdict).toMatchObject({ ok: false, problem: 'handover-not-departed' })
    const inService = { ...plan, handover: subject('in_service') }
    expect(preflight(inService, facts()).rows[0]?.verdict).toMatchObject({
      problem: 'handover-departed'
    })
  })

  it('flags rows beyond a takeover’s cap (WeCom would end them as status 4)', () => {
    const plan = planHandover({
      handover: subject(),
      customers: customers(3),
      groups: [],
      candidates: [colleague('a')]
    })
    const capped = facts({
      candidates: byUserid([colleague('a', { customerCount: 8, capacity: 10 })])
    })
    expect(preflight(plan, capped).rows.map((r) => r.verdict.ok)).toEqual([true, true, false])
  })

  it('passes in-service transfers with a message, and group rows to group chunks', () => {
    const plan = planHandover({
      handover: subject('in_service'),
      customers: customers(1),
      groups: [{ chatId: 'wr1', name: '群' }],
      candidates: [colleague('a')],
      transferMessage: '您好，之后由我为您服务'
    })
    const result = preflight(plan, facts({ handoverStatus: 1 }))
    expect(result.customerChunks[0]?.transferMessage).toBe('您好，之后由我为您服务')
    expect(result.groupChunks).toEqual([
      { kind: 'in_service', handoverUserid: 'leaver', newOwner: 'a', chatIds: ['wr1'] }
    ])
  })
})

describe('inServiceBudget', () => {
  it.each([
    [[], { left: 2, freesAt: null }],
    [[NOW - 91 * DAY, NOW - 95 * DAY], { left: 2, freesAt: null }],
    [[NOW - 5 * DAY], { left: 1, freesAt: null }],
    [[NOW - 30 * DAY, NOW - 5 * DAY, NOW - 89 * DAY], { left: 0, freesAt: NOW + 60 * DAY }]
  ])('%j → %j', (history, expected) => {
    expect(inServiceBudget(history, NOW)).toEqual(expected)
  })
})

describe('chunk', () => {
  it('splits in order', () => expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]))
})
