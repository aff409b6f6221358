/**
 * The 客户交接 (customer handover) shapes that cross the bridge. main's domain code
 * (main/domain/handover) builds and checks them; the renderer only reads them. Epoch ms for
 * times; zh-CN `message`s are for the operator, codes (`problem`, `reason`) for re-wording.
 */

/** 离职继承 (the handover has left the corp) or 在职继承 (轮岗、换店: both still employed). */
export type TransferKind = 'resigned' | 'in_service'

/**
 * transfer_result status: 1 接替完毕, 2 等待接替, 3 客户拒绝, 4 接替成员客户达到上限,
 * 5 无接替记录 (in-service only).
 */
export type TransferStatus = 1 | 2 | 3 | 4 | 5

/** WeCom member status: 1 active, 2 disabled, 4 not activated, 5 left the corp. */
export type MemberStatus = 1 | 2 | 4 | 5

/** A colleague who might take over customers. */
export interface TakeoverCandidate {
  readonly userid: string
  readonly name: string
  readonly status: MemberStatus
  /** 客户联系 enabled (in get_follow_user_list). */
  readonly isFollowUser: boolean
  /** In the app's visible range; null when the console does not know it. */
  readonly isVisible: boolean | null
  /** Stores the colleague serves (guide_store). */
  readonly storeIds: readonly string[]
  /** Regions of those stores. */
  readonly regionIds: readonly string[]
  /** Customers the colleague follows now. */
  readonly customerCount: number
  /** Groups the colleague owns now. */
  readonly groupCount: number
  /** Most customers the colleague may hold after the handover; null = no cap. */
  readonly capacity: number | null
}

export interface HandoverSubject {
  readonly userid: string
  readonly name: string
  readonly kind: TransferKind
  /** Stores the handover served (guide_store); colleagues there are asked first. */
  readonly storeIds: readonly string[]
  /** Regions of those stores: the fallback when the stores have no room. */
  readonly regionIds: readonly string[]
}

export interface PlanCustomer {
  readonly externalUserid: string
  readonly name: string
}

export interface PlanGroup {
  readonly chatId: string
  readonly name: string
}

/** Where a colleague was found: same store, same region, or chosen by the operator. */
export type PlacementScope = 'store' | 'region' | 'manual'

/**
 * Why a row has no takeover: the handover's store is unknown (left before the first sync), nobody
 * eligible, everybody at the cap, or 暂不交接 by the operator.
 */
export type UnplacedReason = 'no-store' | 'no-candidate' | 'capacity-full' | 'manual'

export type Placement =
  | { readonly kind: 'assigned'; readonly takeoverUserid: string; readonly scope: PlacementScope }
  | { readonly kind: 'unplaced'; readonly reason: UnplacedReason }

export interface CustomerPlanRow extends PlanCustomer {
  readonly placement: Placement
}

export interface GroupPlanRow extends PlanGroup {
  readonly placement: Placement
}

export interface HandoverPlan {
  readonly handover: HandoverSubject
  /** In-service only: sent to each customer (≤200 characters); WeCom's default when absent. */
  readonly transferMessage?: string | undefined
  /** One row per customer, sorted by external_userid. */
  readonly customers: readonly CustomerPlanRow[]
  /** One row per group, sorted by chat_id. */
  readonly groups: readonly GroupPlanRow[]
}

export interface HandoverPlanView {
  readonly planId: string
  readonly plan: HandoverPlan
  /** Colleagues of the handover's stores and regions, eligible or not (the grid's choices). */
  readonly candidates: readonly TakeoverCandidate[]
}

/** A departed member who still holds customers or groups. */
export interface DepartedGuide {
  readonly userid: string
  readonly name: string
  /** dimission_time from WeCom; null for an owner known only from groups. */
  readonly dimissionAt: number | null
  readonly customerCount: number
  readonly groupCount: number
}

/** One operator edit of a plan row (grid or sheet): another takeover, or null = 暂不交接. */
export interface PlanEdit {
  /** 1-based sheet or grid row, for the issue list. */
  readonly row: number
  readonly target: 'customer' | 'group'
  /** external_userid or chat_id. */
  readonly id: string
  readonly takeoverUserid: string | null
}

export interface EditIssue {
  readonly row: number
  readonly column: 'id' | 'takeover'
  readonly value: string
  readonly message: string
}

export interface EditedPlan {
  readonly plan: HandoverPlan
  readonly issues: readonly EditIssue[]
  /** Rows whose placement changed. */
  readonly changed: number
}

/** A problem in an imported plan sheet line, by Excel row and the header of the column at fault. */
export interface PlanSheetIssue {
  readonly row: number
  readonly column: string
  readonly value: string
  readonly message: string
}

export interface PlanImportResult {
  readonly changed: number
  readonly issues: readonly PlanSheetIssue[]
  readonly plan: HandoverPlan
}

export type PreflightProblem =
  /** The operator chose 暂不交接: not sent, and not a failure. */
  | 'held'
  | 'unplaced'
  | 'unknown-takeover'
  | 'same-user'
  | 'takeover-ineligible'
  | 'handover-not-departed'
  | 'handover-departed'
  | 'in-transfer'
  | 'budget-spent'
  | 'over-capacity'

export type Verdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: PreflightProblem; readonly message: string }

export interface PreflightRow {
  readonly target: 'customer' | 'group'
  /** external_userid or chat_id. */
  readonly id: string
  readonly name: string
  readonly takeoverUserid: string | null
  readonly verdict: Verdict
}

/** One transfer_customer call: ≤100 customers of one handover → takeover pair. */
export interface CustomerChunk {
  readonly kind: TransferKind
  readonly handoverUserid: string
  readonly takeoverUserid: string
  readonly externalUserids: readonly string[]
  /** In-service only. */
  readonly transferMessage?: string | undefined
}

/** One groupchat transfer call: ≤100 chats to one new owner. */
export interface GroupChunk {
  readonly kind: TransferKind
  /** The departed (resigned) or current (in-service) owner. */
  readonly handoverUserid: string
  readonly newOwner: string
  readonly chatIds: readonly string[]
}

export interface PreflightResult {
  readonly rows: readonly PreflightRow[]
  readonly customerChunks: readonly CustomerChunk[]
  readonly groupChunks: readonly GroupChunk[]
  readonly passed: number
  /** Predicted failures; rows held back on purpose are counted in `held`. */
  readonly failed: number
  readonly held: number
}

export interface ExecuteSummary {
  /** The audit action that owns the outbox rows. */
  readonly actionId: string
  readonly customers: number
  readonly groups: number
  /** Outbox commands (calls) enqueued. */
  readonly batches: number
  /** Rows not sent, with their pre-flight verdicts. */
  readonly skipped: readonly PreflightRow[]
}

export type LedgerPhase = 'queued' | 'sending' | 'waiting' | 'settled' | 'rejected'

interface LedgerBase {
  readonly id: number
  readonly kind: TransferKind
  readonly batchId: string
  readonly handoverUserid: string
  readonly takeoverUserid: string
  readonly externalUserid: string
  readonly requestedAt: number
}

/** One customer's transfer in the ledger; see main/domain/handover/ledger-entry.ts. */
export type LedgerEntry =
  | (LedgerBase & { readonly phase: 'queued' })
  | (LedgerBase & { readonly phase: 'sending'; readonly sentAt: number })
  | (LedgerBase & {
      readonly phase: 'waiting'
      readonly sentAt: number
      /** The automatic takeover time: the end of the 24 h countdown. */
      readonly takeoverAt: number | null
    })
  | (LedgerBase & {
      readonly phase: 'settled'
      readonly sentAt: number
      readonly status: Exclude<TransferStatus, 2>
      readonly takeoverAt: number | null
    })
  | (LedgerBase & { readonly phase: 'rejected'; readonly sentAt: number; readonly errcode: number })

export type GroupTransferPhase = 'queued' | 'sending' | 'done' | 'failed'

export interface GroupTransferRow {
  readonly id: number
  readonly kind: TransferKind
  readonly batchId: string
  readonly handoverUserid: string
  readonly takeoverUserid: string
  readonly chatId: string
  readonly requestedAt: number
  readonly phase: GroupTransferPhase
  /** From failed_chat_list. */
  readonly errcode: number | null
  readonly errmsg: string | null
}

export interface HandoverLedger {
  readonly customers: readonly LedgerEntry[]
  readonly groups: readonly GroupTransferRow[]
}

/** The ledger as the screen shows it: ids plus the names the cache knows for them. */
export interface HandoverLedgerView extends HandoverLedger {
  /** userid → name for the handover and every takeover; absent = unknown to the cache. */
  readonly memberNames: Readonly<Record<string, string>>
  /** external_userid → name; absent or '' = unknown to the cache. */
  readonly customerNames: Readonly<Record<string, string>>
  /** chat_id → group name; absent or '' = unknown to the cache. */
  readonly groupNames: Readonly<Record<string, string>>
}

export interface ReconcileSummary {
  /** Pairs whose results were read. */
  readonly pairs: number
  /** Ledger rows whose phase, status or countdown changed. */
  readonly updated: number
  /** Rows still waiting for the 24 h takeover (or an unknown outcome) after this pass. */
  readonly open: number
}

export interface HandoverPlanRequest {
  readonly handoverUserid: string
  readonly kind: TransferKind
  /** Most customers any takeover may hold after the handover; null/absent = no cap. */
  readonly defaultCapacity?: number | null | undefined
  /** Per-guide caps by userid, overriding the default. */
  readonly capacities?: Readonly<Record<string, number>> | undefined
  /** In-service only: the message WeCom sends each customer (≤200 characters). */
  readonly transferMessage?: string | undefined
  /**
   * Stores to hand over within, instead of the handover's own. Needed for a member who left
   * before the first sync: WeCom no longer lists them, so the cache never learnt their store.
   */
  readonly storeIds?: readonly string[] | undefined
}
