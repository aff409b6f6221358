/**
 * Builds a handover plan: the handover's customers are spread over eligible colleagues of the
 * same store(s), balanced by how many customers each holds now (water-filling) and within each
 * one's cap; what the stores cannot take goes to eligible colleagues of the same region the same
 * way; the rest is left unplaced with a reason. Groups are spread the same way by group count
 * (groups have no cap). Deterministic: the same input always gives the same plan.
 */
import {
  assigned,
  unplaced,
  type CustomerPlanRow,
  type GroupPlanRow,
  type HandoverPlan,
  type HandoverSubject,
  type PlanCustomer,
  type PlanGroup,
  type PlacementScope,
  type UnplacedReason
} from './handover-plan'
import { ineligibilityOf, roomOf, type TakeoverCandidate } from './takeover-candidate'
import { waterFill, type Bin } from './water-fill'

export interface PlanInput {
  readonly handover: HandoverSubject
  readonly customers: readonly PlanCustomer[]
  readonly groups: readonly PlanGroup[]
  /** Colleagues from the handover's stores and regions; ineligible ones are skipped here. */
  readonly candidates: readonly TakeoverCandidate[]
  readonly transferMessage?: string | undefined
}

interface Pools {
  /** Whether the handover has any store or region to look in. */
  readonly located: boolean
  readonly store: readonly TakeoverCandidate[]
  readonly region: readonly TakeoverCandidate[]
}

export function planHandover(input: PlanInput): HandoverPlan {
  const pools = poolsFor(input.handover, input.candidates)
  return {
    handover: input.handover,
    transferMessage: input.transferMessage,
    customers: placeCustomers(
      uniqueBy(input.customers, (c) => c.externalUserid),
      pools
    ),
    groups: placeGroups(
      uniqueBy(input.groups, (g) => g.chatId),
      pools
    )
  }
}

/** Eligible colleagues sharing a store with the handover, then those sharing only a region. */
export function poolsFor(
  handover: HandoverSubject,
  candidates: readonly TakeoverCandidate[]
): Pools {
  const stores = new Set(handover.storeIds)
  const regions = new Set(handover.regionIds)
  const eligible = uniqueBy(candidates, (c) => c.userid).filter(
    (c) => ineligibilityOf(c, handover.userid) === null
  )
  const inStore = (c: TakeoverCandidate) => c.storeIds.some((s) => stores.has(s))
  return {
    located: stores.size + regions.size > 0,
    store: eligible.filter(inStore),
    region: eligible.filter((c) => !inStore(c) && c.regionIds.some((r) => regions.has(r)))
  }
}

function placeCustomers(customers: PlanCustomer[], pools: Pools): CustomerPlanRow[] {
  const bins = (pool: readonly TakeoverCandidate[]): Bin[] =>
    pool.map((c) => ({ id: c.userid, load: c.customerCount, room: roomOf(c) }))
  const placements = fillInTurn(customers.length, [
    ['store', bins(pools.store)],
    ['region', bins(pools.region)]
  ])
  const reason = unplacedReason(pools)
  return customers.map((customer, i) => {
    const p = placements[i]
    return { ...customer, placement: p ? assigned(p.id, p.scope) : unplaced(reason) }
  })
}

function placeGroups(groups: PlanGroup[], pools: Pools): GroupPlanRow[] {
  const bins = (pool: readonly TakeoverCandidate[]): Bin[] =>
    pool.map((c) => ({ id: c.userid, load: c.groupCount, room: Number.POSITIVE_INFINITY }))
  // Groups have no cap, so the region is only asked when the store has nobody at all.
  const pool: [PlacementScope, Bin[]] =
    pools.store.length > 0 ? ['store', bins(pools.store)] : ['region', bins(pools.region)]
  const placements = fillInTurn(groups.length, [pool])
  const reason = unplacedReason(pools)
  return groups.map((group, i) => {
    const p = placements[i]
    return { ...group, placement: p ? assigned(p.id, p.scope) : unplaced(reason) }
  })
}

/** Why what is left stays unplaced: no store to look in, nobody eligible there, or all full. */
function unplacedReason(pools: Pools): UnplacedReason {
  if (!pools.located) return 'no-store'
  return pools.store.length + pools.region.length === 0 ? 'no-candidate' : 'capacity-full'
}

/** Fills the first pool, then the next with what is left; one entry per placed item. */
function fillInTurn(
  count: number,
  pools: readonly (readonly [PlacementScope, readonly Bin[]])[]
): { id: string; scope: PlacementScope }[] {
  const out: { id: string; scope: PlacementScope }[] = []
  for (const [scope, bins] of pools) {
    for (const id of waterFill(count - out.length, bins)) out.push({ id, scope })
  }
  return out
}

/** First of each key, sorted by key, so input order and repeats never change the plan. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>()
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item)
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v)
}
