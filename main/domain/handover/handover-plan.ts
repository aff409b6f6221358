/**
 * The handover plan: every customer (and group) of one handover guide, each with the colleague
 * who takes it over or the reason nobody can. Built by `planHandover`, edited in the grid or an
 * .xlsx round-trip, checked by the pre-flight, then executed chunk by chunk.
 */
import type {
  CustomerPlanRow,
  GroupPlanRow,
  HandoverPlan,
  HandoverSubject,
  Placement,
  PlacementScope,
  PlanCustomer,
  PlanGroup,
  UnplacedReason
} from '../../../preload/contract/handover-models'

export type {
  CustomerPlanRow,
  GroupPlanRow,
  HandoverPlan,
  HandoverSubject,
  Placement,
  PlacementScope,
  PlanCustomer,
  PlanGroup,
  UnplacedReason
}

export const UNPLACED_LABELS: Readonly<Record<UnplacedReason, string>> = {
  'no-store': '不知道原跟进人所在的门店（离职早于首次同步），请先选择交接到的门店',
  'no-candidate': '同门店和同大区都没有可接替的在职导购',
  'capacity-full': '同门店和同大区的可接替导购都已达到接替上限',
  manual: '已在表格中设为暂不交接'
}

export const assigned = (takeoverUserid: string, scope: PlacementScope): Placement => ({
  kind: 'assigned',
  takeoverUserid,
  scope
})

export const unplaced = (reason: UnplacedReason): Placement => ({ kind: 'unplaced', reason })

export const takeoverOf = (placement: Placement): string | null =>
  placement.kind === 'assigned' ? placement.takeoverUserid : null
