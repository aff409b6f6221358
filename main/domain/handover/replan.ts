/**
 * Re-planning after the 24 hours: customers who refused (status 3) or whose takeover hit its cap
 * (status 4) are still to be handed over. One call builds a fresh plan for just those, with the
 * same balancing rules; a takeover that reported status 4 is treated as full, so nobody is sent
 * back to a colleague WeCom already refused for being at the cap.
 * Note: after a resigned refusal WeCom may already have dropped the customer (spec §1.5, community
 * answer); the next pre-flight cannot know, and WeCom's per-customer 40131 then says so.
 */
import type { HandoverPlan, HandoverSubject } from './handover-plan'
import { planHandover } from './plan-handover'
import type { TakeoverCandidate } from './takeover-candidate'
import { isReplannable, type TransferStatus } from './transfer-kind'

export interface TransferOutcome {
  readonly externalUserid: string
  readonly name: string
  readonly takeoverUserid: string
  readonly status: TransferStatus
}

export function replanOutcomes(
  handover: HandoverSubject,
  outcomes: readonly TransferOutcome[],
  candidates: readonly TakeoverCandidate[],
  transferMessage?: string
): HandoverPlan {
  const again = outcomes.filter((o) => isReplannable(o.status))
  const capped = new Set(again.filter((o) => o.status === 4).map((o) => o.takeoverUserid))
  return planHandover({
    handover,
    transferMessage,
    customers: again.map((o) => ({ externalUserid: o.externalUserid, name: o.name })),
    groups: [],
    candidates: candidates.map((c) =>
      capped.has(c.userid) ? { ...c, capacity: c.customerCount } : c
    )
  })
}
