import type {
  HandoverPlan,
  Placement,
  TakeoverCandidate,
  UnplacedReason
} from '../../../../preload/contract/handover-models'

export interface PlanRowView {
  /** `customer:<external_userid>` or `group:<chat_id>`: unique across both lists. */
  readonly key: string
  /** 1-based position in the grid, sent with edits so main can name the row in issues. */
  readonly row: number
  readonly target: 'customer' | 'group'
  readonly id: string
  readonly name: string
  readonly takeoverUserid: string | null
  readonly takeoverName: string | null
  /** The takeover's customers before this handover; null when unassigned or unknown. */
  readonly takeoverCount: number | null
  readonly reason: UnplacedReason | null
}

const takeoverOf = (p: Placement): string | null =>
  p.kind === 'assigned' ? p.takeoverUserid : null

/** Customers first, then groups, each in main's order (by id). */
export function planRows(
  plan: HandoverPlan,
  candidates: readonly TakeoverCandidate[]
): PlanRowView[] {
  const byId = new Map(candidates.map((c) => [c.userid, c]))
  const rows = [
    ...plan.customers.map((c) => ({
      target: 'customer' as const,
      id: c.externalUserid,
      name: c.name,
      placement: c.placement
    })),
    ...plan.groups.map((g) => ({
      target: 'group' as const,
      id: g.chatId,
      name: g.name,
      placement: g.placement
    }))
  ]
  return rows.map((r, i) => {
    const takeover = takeoverOf(r.placement)
    const c = takeover ? byId.get(takeover) : undefined
    return {
      key: `${r.target}:${r.id}`,
      row: i + 1,
      target: r.target,
      id: r.id,
      name: r.name || r.id,
      takeoverUserid: takeover,
      takeoverName: takeover ? (c?.name ?? takeover) : null,
      takeoverCount: c ? c.customerCount : null,
      reason: r.placement.kind === 'unplaced' ? r.placement.reason : null
    }
  })
}

/**
 * Colleagues a row may go to: active (status 1), 客户联系 enabled, not known to be outside the
 * app's visible range, and not the handover (WeCom refuses the rest: 40098, 41054, 40130).
 * Colleagues of the handover's own stores come first, then the fewest customers first: the
 * order in which the operator would choose.
 */
export function eligibleTakeovers(
  candidates: readonly TakeoverCandidate[],
  handover: { readonly userid: string; readonly storeIds: readonly string[] }
): TakeoverCandidate[] {
  const stores = new Set(handover.storeIds)
  const local = (c: TakeoverCandidate) => (c.storeIds.some((id) => stores.has(id)) ? 0 : 1)
  return candidates
    .filter(
      (c) =>
        c.status === 1 && c.isFollowUser && c.isVisible !== false && c.userid !== handover.userid
    )
    .sort(
      (a, b) =>
        local(a) - local(b) || a.customerCount - b.customerCount || a.userid.localeCompare(b.userid)
    )
}

export interface TakeoverTotal {
  readonly userid: string
  readonly name: string
  /** Customers this plan gives them. */
  readonly customers: number
  readonly groups: number
  readonly before: number
  readonly after: number
}

/** Per takeover: how many customers and groups the plan gives, and their customer count after. */
export function takeoverTotals(
  rows: readonly PlanRowView[],
  candidates: readonly TakeoverCandidate[]
): TakeoverTotal[] {
  const byId = new Map(candidates.map((c) => [c.userid, c]))
  const totals = new Map<string, { customers: number; groups: number }>()
  for (const r of rows) {
    if (!r.takeoverUserid) continue
    const t = totals.get(r.takeoverUserid) ?? { customers: 0, groups: 0 }
    if (r.target === 'customer') t.customers++
    else t.groups++
    totals.set(r.takeoverUserid, t)
  }
  return [...totals]
    .map(([userid, t]) => {
      const before = byId.get(userid)?.customerCount ?? 0
      return {
        userid,
        name: byId.get(userid)?.name ?? userid,
        ...t,
        before,
        after: before + t.customers
      }
    })
    .sort((a, b) => b.customers - a.customers || a.userid.localeCompare(b.userid))
}

export const unplacedCount = (rows: readonly PlanRowView[]): number =>
  rows.filter((r) => r.takeoverUserid === null).length

/** True when no row could be placed because the handover's store is unknown. */
export const needsStore = (rows: readonly PlanRowView[]): boolean =>
  rows.some((r) => r.reason === 'no-store')
