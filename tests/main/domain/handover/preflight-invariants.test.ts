import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planHandover } from '../../../../main/domain/handover/plan-handover'
import { preflight } from '../../../../main/domain/handover/preflight'
import { HANDOVER, candidatesArb, customersArb, groupsArb } from './handover-arbitraries'

const DAY = 86_400_000
const NOW = 400 * DAY

describe('pre-flight invariants (property-based)', () => {
  it('sends each passing row exactly once, in chunks of ≤100 per pair, and no failing row', () => {
    fc.assert(
      fc.property(
        customersArb,
        groupsArb,
        candidatesArb({ capped: true }),
        fc.constantFrom<'resigned' | 'in_service'>('resigned', 'in_service'),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 40 }),
        (customers, groups, candidates, kind, busy) => {
          const plan = planHandover({
            handover: { ...HANDOVER, kind },
            customers,
            groups,
            candidates
          })
          const history = new Map(
            busy.map((n, i) => [`wm${n}`, [NOW - (i % 3) * DAY, NOW - 5 * DAY]])
          )
          const result = preflight(plan, {
            handoverStatus: kind === 'resigned' ? 5 : 1,
            candidates: new Map(candidates.map((c) => [c.userid, c])),
            inTransfer: new Set(busy.slice(0, 5).map((n) => `wm${n}`)),
            inServiceHistory: history,
            now: NOW
          })
          expect(result.rows.length).toBe(plan.customers.length + plan.groups.length)
          expect(result.passed + result.failed + result.held).toBe(result.rows.length)
          for (const c of result.customerChunks) {
            expect(c.externalUserids.length).toBeGreaterThan(0)
            expect(c.externalUserids.length).toBeLessThanOrEqual(100)
            expect(c.takeoverUserid).not.toBe(c.handoverUserid)
          }
          const sent = result.customerChunks.flatMap((c) =>
            c.externalUserids.map((id) => `${id}>${c.takeoverUserid}`)
          )
          const passing = result.rows
            .filter((r) => r.target === 'customer' && r.verdict.ok)
            .map((r) => `${r.id}>${r.takeoverUserid}`)
          expect([...sent].sort()).toEqual([...passing].sort())
          const chats = result.groupChunks.flatMap((c) => c.chatIds)
          expect(chats.length).toBe(
            result.rows.filter((r) => r.target === 'group' && r.verdict.ok).length
          )
          // Nothing already in transfer, nor over the in-service budget, is ever sent.
          for (const id of sent.map((s) => s.split('>')[0] ?? '')) {
            expect(busy.slice(0, 5).map((n) => `wm${n}`)).not.toContain(id)
            if (kind === 'in_service') expect(history.has(id)).toBe(false)
          }
        }
      ),
      { numRuns: 200 }
    )
  })
})
