/**
 * fast-check generators for handover plans: a handover in store s0 of region r0, colleagues
 * spread over a few stores and regions with random statuses, counts and caps, and customers with
 * possibly repeated ids (the planner must dedupe).
 */
import fc from 'fast-check'
import type {
  HandoverSubject,
  PlanCustomer,
  PlanGroup
} from '../../../../main/domain/handover/handover-plan'
import type {
  MemberStatus,
  TakeoverCandidate
} from '../../../../main/domain/handover/takeover-candidate'

export const HANDOVER: HandoverSubject = {
  userid: 'u-handover',
  name: '离职导购',
  kind: 'resigned',
  storeIds: ['s0'],
  regionIds: ['r0']
}

const STORES = ['s0', 's1', 's2'] as const
const REGION_OF: Record<string, string> = { s0: 'r0', s1: 'r0', s2: 'r1' }

export interface CandidateOptions {
  /** Every candidate eligible and in store s0. */
  readonly allEligibleInStore?: boolean
  readonly capped?: boolean
}

export function candidateArb(
  i: number,
  opts: CandidateOptions = {}
): fc.Arbitrary<TakeoverCandidate> {
  const status = opts.allEligibleInStore
    ? fc.constant<MemberStatus>(1)
    : fc.constantFrom<MemberStatus>(1, 1, 1, 2, 4, 5)
  const store = opts.allEligibleInStore ? fc.constant('s0') : fc.constantFrom(...STORES)
  const flag = (p: boolean) => (opts.allEligibleInStore ? fc.constant(p) : fc.boolean())
  return fc
    .record({
      status,
      store,
      isFollowUser: opts.allEligibleInStore ? fc.constant(true) : fc.boolean(),
      isVisible: opts.allEligibleInStore ? fc.constant(null) : fc.constantFrom(true, null, false),
      same: flag(false),
      customerCount: fc.nat({ max: 60 }),
      groupCount: fc.nat({ max: 5 }),
      capacity: opts.capped ? fc.option(fc.nat({ max: 80 }), { nil: null }) : fc.constant(null)
    })
    .map((r) => ({
      userid: r.same ? HANDOVER.userid : `u${String(i).padStart(3, '0')}`,
      name: `导购${i}`,
      status: r.status,
      isFollowUser: r.isFollowUser,
      isVisible: r.isVisible,
      storeIds: [r.store],
      regionIds: [REGION_OF[r.store] ?? 'r9'],
      customerCount: r.customerCount,
      groupCount: r.groupCount,
      capacity: r.capacity
    }))
}

export function candidatesArb(opts: CandidateOptions = {}): fc.Arbitrary<TakeoverCandidate[]> {
  return (
    fc
      .integer({ min: 0, max: 12 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => candidateArb(i, opts))))
      // Userids are unique in the directory; only the handover's own id may come up twice.
      .map((cs) => [...new Map(cs.map((c) => [c.userid, c])).values()])
  )
}

export const customersArb: fc.Arbitrary<PlanCustomer[]> = fc
  .array(fc.integer({ min: 0, max: 400 }), { maxLength: 300 })
  .map((ns) => ns.map((n) => ({ externalUserid: `wm${n}`, name: `客户${n}` })))

export const groupsArb: fc.Arbitrary<PlanGroup[]> = fc
  .array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 })
  .map((ns) => ns.map((n) => ({ chatId: `wr${n}`, name: `群${n}` })))
