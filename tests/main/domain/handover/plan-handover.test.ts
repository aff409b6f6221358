import { describe, expect, it } from 'vitest'
import { planHandover } from '../../../../main/domain/handover/plan-handover'
import { replanOutcomes } from '../../../../main/domain/handover/replan'
import { waterFill } from '../../../../main/domain/handover/water-fill'
import { colleague, customers, subject } from './handover-builders'

const takeovers = (plan: ReturnType<typeof planHandover>) =>
  plan.customers.map((c) =>
    c.placement.kind === 'assigned' ? c.placement.takeoverUserid : c.placement.reason
  )

describe('waterFill', () => {
  it('fills the emptiest first, then takes turns in id order', () => {
    expect(
      waterFill(5, [
        { id: 'b', load: 2, room: Infinity },
        { id: 'a', load: 0, room: Infinity }
      ])
    ).toEqual(['a', 'a', 'a', 'b', 'a'])
  })
  it('stops when every bin is full', () => {
    expect(
      waterFill(5, [
        { id: 'a', load: 0, room: 1 },
        { id: 'b', load: 9, room: 2 }
      ])
    ).toEqual(['a', 'b', 'b'])
  })
})

describe('planHandover', () => {
  it('balances a store by current customer counts', () => {
    const plan = planHandover({
      handover: subject(),
      customers: customers(6),
      groups: [],
      candidates: [colleague('a', { customerCount: 10 }), colleague('b', { customerCount: 6 })]
    })
    expect(takeovers(plan)).toEqual(['b', 'b', 'b', 'b', 'a', 'b'])
    expect(
      plan.customers.every((c) => c.placement.kind === 'assigned' && c.placement.scope === 'store')
    ).toBe(true)
  })

  it('falls back to the region when the store is full, then reports the rest', () => {
    const plan = planHandover({
      handover: subject(),
      customers: customers(4),
      groups: [],
      candidates: [
        colleague('a', { capacity: 1 }),
        colleague('r', { storeIds: ['s2'], capacity: 2 }),
        colleague('x', { storeIds: ['s9'], regionIds: ['r9'] })
      ]
    })
    expect(takeovers(plan)).toEqual(['a', 'r', 'r', 'capacity-full'])
    expect(plan.customers[1]?.placement).toEqual({
      kind: 'assigned',
      takeoverUserid: 'r',
      scope: 'region'
    })
  })

  it('skips ineligible colleagues and says so when nobody is left', () => {
    const plan = planHandover({
      handover: subject(),
      customers: customers(1),
      groups: [{ chatId: 'wr1', name: '会员群' }],
      candidates: [
        colleague('leaver'),
        colleague('off', { status: 2 }),
        colleague('new', { status: 4 }),
        colleague('nocontact', { isFollowUser: false }),
        colleague('hidden', { isVisible: false })
      ]
    })
    expect(takeovers(plan)).toEqual(['no-candidate'])
    expect(plan.groups[0]?.placement).toEqual({ kind: 'unplaced', reason: 'no-candidate' })
  })

  it('asks for a store when the handover’s own is unknown (left before the first sync)', () => {
    const plan = planHandover({
      handover: { ...subject(), storeIds: [], regionIds: [] },
      customers: customers(1),
      groups: [{ chatId: 'wr1', name: '会员群' }],
      candidates: [colleague('a')]
    })
    expect(takeovers(plan)).toEqual(['no-store'])
    expect(plan.groups[0]?.placement).toEqual({ kind: 'unplaced', reason: 'no-store' })
  })

  it('spreads groups by group count, uncapped', () => {
    const plan = planHandover({
      handover: subject(),
      customers: [],
      groups: [1, 2, 3].map((i) => ({ chatId: `wr${i}`, name: `群${i}` })),
      candidates: [colleague('a', { groupCount: 1, capacity: 0 }), colleague('b')]
    })
    expect(
      plan.groups.map((g) => (g.placement.kind === 'assigned' ? g.placement.takeoverUserid : null))
    ).toEqual(['b', 'a', 'b'])
  })
})

describe('replanOutcomes', () => {
  it('re-plans only refused and capped customers, away from a capped takeover', () => {
    const plan = replanOutcomes(
      subject(),
      [
        { externalUserid: 'wm1', name: '甲', takeoverUserid: 'a', status: 3 },
        { externalUserid: 'wm2', name: '乙', takeoverUserid: 'b', status: 4 },
        { externalUserid: 'wm3', name: '丙', takeoverUserid: 'a', status: 1 }
      ],
      [colleague('a', { customerCount: 5 }), colleague('b')]
    )
    expect(plan.customers.map((c) => c.externalUserid)).toEqual(['wm1', 'wm2'])
    expect(takeovers(plan)).toEqual(['a', 'a'])
  })
})
