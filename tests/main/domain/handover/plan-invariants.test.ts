import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planHandover } from '../../../../main/domain/handover/plan-handover'
import {
  ineligibilityOf,
  type TakeoverCandidate
} from '../../../../main/domain/handover/takeover-candidate'
import type { HandoverPlan } from '../../../../main/domain/handover/handover-plan'
import { HANDOVER, candidatesArb, customersArb, groupsArb } from './handover-arbitraries'

const RUNS = { numRuns: 300 }

/** Each candidate's customer count after the plan, by userid. */
function countsAfter(plan: HandoverPlan, candidates: readonly TakeoverCandidate[]) {
  const counts = new Map(candidates.map((c) => [c.userid, c.customerCount]))
  for (const row of plan.customers) {
    if (row.placement.kind !== 'assigned') continue
    const id = row.placement.takeoverUserid
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

const received = (plan: HandoverPlan) =>
  new Set(
    plan.customers.flatMap((r) =>
      r.placement.kind === 'assigned' ? [r.placement.takeoverUserid] : []
    )
  )

describe('handover plan invariants (property-based)', () => {
  it('never loses or duplicates a customer or a group', () => {
    fc.assert(
      fc.property(
        customersArb,
        groupsArb,
        candidatesArb({ capped: true }),
        (customers, groups, candidates) => {
          const plan = planHandover({ handover: HANDOVER, customers, groups, candidates })
          const ids = plan.customers.map((r) => r.externalUserid)
          expect(new Set(ids).size).toBe(ids.length)
          expect(new Set(ids)).toEqual(new Set(customers.map((c) => c.externalUserid)))
          const chats = plan.groups.map((g) => g.chatId)
          expect(new Set(chats).size).toBe(chats.length)
          expect(new Set(chats)).toEqual(new Set(groups.map((g) => g.chatId)))
        }
      ),
      RUNS
    )
  })

  it('never chooses an ineligible takeover or one outside the handover’s stores and regions', () => {
    fc.assert(
      fc.property(
        customersArb,
        groupsArb,
        candidatesArb({ capped: true }),
        (customers, groups, candidates) => {
          const plan = planHandover({ handover: HANDOVER, customers, groups, candidates })
          const byId = new Map(candidates.map((c) => [c.userid, c]))
          for (const row of [...plan.customers, ...plan.groups]) {
            if (row.placement.kind !== 'assigned') continue
            const c = byId.get(row.placement.takeoverUserid)
            expect(c).toBeDefined()
            if (!c) continue
            expect(ineligibilityOf(c, HANDOVER.userid)).toBeNull()
            expect(c.regionIds).toContain('r0')
          }
        }
      ),
      RUNS
    )
  })

  it('respects every takeover’s cap', () => {
    fc.assert(
      fc.property(customersArb, candidatesArb({ capped: true }), (customers, candidates) => {
        const plan = planHandover({ handover: HANDOVER, customers, groups: [], candidates })
        const after = countsAfter(plan, candidates)
        for (const c of candidates) {
          const got = (after.get(c.userid) ?? 0) - c.customerCount
          if (c.capacity !== null && got > 0)
            expect(after.get(c.userid)).toBeLessThanOrEqual(c.capacity)
        }
      }),
      RUNS
    )
  })

  it('without caps, same-store colleagues end within 1 of each other where the numbers allow', () => {
    fc.assert(
      fc.property(
        customersArb,
        candidatesArb({ allEligibleInStore: true }),
        (customers, candidates) => {
          const plan = planHandover({ handover: HANDOVER, customers, groups: [], candidates })
          const after = countsAfter(plan, candidates)
          const finals = candidates.map((c) => after.get(c.userid) ?? 0)
          // Water-filling: whoever received anything ends at most one above everybody else.
          for (const id of received(plan)) {
            for (const other of finals) expect(after.get(id) ?? 0).toBeLessThanOrEqual(other + 1)
          }
          // And when there are enough customers to lift everyone to the highest count, all are level.
          const unique = new Set(customers.map((c) => c.externalUserid)).size
          const top = Math.max(0, ...candidates.map((c) => c.customerCount))
          const needed = candidates.reduce((sum, c) => sum + (top - c.customerCount), 0)
          if (candidates.length > 0 && unique >= needed) {
            expect(Math.max(...finals) - Math.min(...finals)).toBeLessThanOrEqual(1)
          }
          // Nobody is left unplaced while an uncapped colleague exists.
          if (candidates.length > 0)
            expect(plan.customers.every((r) => r.placement.kind === 'assigned')).toBe(true)
        }
      ),
      RUNS
    )
  })

  it('is deterministic: input order and repeats do not change the plan', () => {
    fc.assert(
      fc.property(
        customersArb,
        candidatesArb({ capped: true }),
        fc.integer(),
        (customers, candidates, seed) => {
          const a = planHandover({ handover: HANDOVER, customers, groups: [], candidates })
          const shuffled = [...customers, ...customers.slice(0, 5)].sort(
            (x, y) =>
              ((x.externalUserid.length * 31 + seed) % 7) -
              ((y.externalUserid.length * 17 + seed) % 7)
          )
          const b = planHandover({
            handover: HANDOVER,
            customers: shuffled,
            groups: [],
            candidates: [...candidates].reverse()
          })
          expect(b.customers).toEqual(a.customers)
        }
      ),
      RUNS
    )
  })
})
