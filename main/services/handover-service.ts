/**
 * 客户交接 use-cases: list departed guides, plan a handover (离职继承 or 在职继承), edit it,
 * pre-flight it, execute it through the outbox (ledger rows and outbox commands in one
 * transaction with the audit entry), reconcile the ledger and re-plan refused or capped customers.
 */
import type {
  DepartedGuide,
  ExecuteSummary,
  HandoverLedgerView,
  HandoverPlanRequest as PlanRequest,
  HandoverPlanView as PlanView,
  PlanImportResult
} from '../../preload/contract/handover-models'
import type { FileBytes } from '../../preload/contract/models'
import type { Db } from '../db/connection'
import type { AuditRepo } from '../db/repos/audit-repo'
import type { HandoverRepo } from '../db/repos/handover-repo'
import type { TransferGroupRepo } from '../db/repos/transfer-group-repo'
import type { TransferLedgerRepo } from '../db/repos/transfer-ledger-repo'
import type {
  HandoverPlan,
  HandoverSubject,
  PlanCustomer,
  PlanGroup
} from '../domain/handover/handover-plan'
import { planHandover } from '../domain/handover/plan-handover'
import { applyPlanEdits, type EditedPlan, type PlanEdit } from '../domain/handover/plan-edits'
import { preflight, type PreflightResult } from '../domain/handover/preflight'
import { replanOutcomes } from '../domain/handover/replan'
import type { TransferKind } from '../domain/handover/transfer-kind'
import { AppError } from '../errors'
import type { WecomClient } from '../wecom/client'
import { enqueueHandover, type TransferEnqueuer } from './handover-enqueue'
import { scanDeparted, summarizeDeparted, type DepartedHoldings } from './handover-departed'
import { exportPlan, readPlanEdits, sheetIssuesOf } from './handover-plan-sheet'
import { createPlanStore, type PlanCaps } from './handover-plan-store'
import { withNames } from './handover-ledger-names'
import { reconcileTransfers, type ReconcileSummary } from './handover-reconciler'

export interface HandoverDeps {
  readonly db: Db
  readonly repo: HandoverRepo
  readonly ledger: TransferLedgerRepo
  readonly groups: TransferGroupRepo
  readonly audit: AuditRepo
  readonly outbox: TransferEnqueuer
  readonly client: () => Pick<WecomClient, 'call' | 'paginate'>
  readonly now: () => number
  readonly newId: () => string
}

/** get_unassigned_list walks the whole corp; one walk serves a few minutes of planning. */
const DEPARTED_TTL_MS = 5 * 60_000

export type { TransferEnqueuer }

export function createHandoverService(deps: HandoverDeps) {
  const plans = createPlanStore(deps.now, deps.newId)
  let departed: { at: number; holdings: Map<string, DepartedHoldings> } | null = null

  async function holdings(fresh = false): Promise<Map<string, DepartedHoldings>> {
    if (fresh || !departed || deps.now() - departed.at > DEPARTED_TTL_MS) {
      departed = { at: deps.now(), holdings: await scanDeparted(deps.client(), deps.repo) }
    }
    return departed.holdings
  }

  /** `storeIds` (the operator's choice) wins over the cache, which may not know a leaver's store. */
  function subjectOf(
    userid: string,
    kind: TransferKind,
    storeIds?: readonly string[]
  ): HandoverSubject {
    const m = deps.repo.member(userid)
    const name = m?.name ?? userid
    if (storeIds && storeIds.length > 0) {
      return {
        userid,
        name,
        kind,
        storeIds: [...storeIds],
        regionIds: deps.repo.regionsOf(storeIds)
      }
    }
    return { userid, name, kind, storeIds: m?.storeIds ?? [], regionIds: m?.regionIds ?? [] }
  }

  function candidatesFor(subject: HandoverSubject, req: PlanCaps) {
    const capacityOf = (userid: string) => req.capacities?.[userid] ?? req.defaultCapacity ?? null
    return deps.repo.candidates(subject.storeIds, subject.regionIds, capacityOf)
  }

  async function holdingsOf(
    req: PlanRequest
  ): Promise<{ customers: PlanCustomer[]; groups: PlanGroup[] }> {
    if (req.kind === 'in_service') {
      return {
        customers: deps.repo.customersOf(req.handoverUserid),
        groups: deps.repo.groupsOf(req.handoverUserid)
      }
    }
    const h = (await holdings()).get(req.handoverUserid)
    return { customers: h?.customers ?? [], groups: h?.groups ?? [] }
  }

  function edit(planId: string, edits: readonly PlanEdit[]): EditedPlan {
    const plan = plans.get(planId)
    const byId = new Map(candidatesFor(plan.handover, plans.caps(planId)).map((c) => [c.userid, c]))
    const edited = applyPlanEdits(plan, edits, byId)
    plans.replace(planId, edited.plan)
    return edited
  }

  function viewOf(planId: string): PlanView {
    const plan = plans.get(planId)
    return { planId, plan, candidates: candidatesFor(plan.handover, plans.caps(planId)) }
  }

  return {
    /** Departed members who still hold customers or groups (fresh scan of WeCom). */
    async departed(): Promise<DepartedGuide[]> {
      return summarizeDeparted(await holdings(true), deps.repo)
    },

    async plan(req: PlanRequest): Promise<PlanView> {
      const handover = subjectOf(req.handoverUserid, req.kind, req.storeIds)
      const { customers, groups } = await holdingsOf(req)
      const candidates = candidatesFor(handover, req)
      const plan = planHandover({
        handover,
        customers,
        groups,
        candidates,
        transferMessage: req.transferMessage
      })
      const planId = plans.keep(plan, req)
      return { planId, plan, candidates }
    },

    get: (planId: string): PlanView => viewOf(planId),

    /** Operator edits from the grid: another takeover, or 暂不交接. */
    edit,

    /** The plan as an .xlsx to edit 接替人账号 in Excel. */
    exportPlan(planId: string): FileBytes {
      const plan = plans.get(planId)
      const takeovers = [...plan.customers, ...plan.groups].flatMap((r) =>
        r.placement.kind === 'assigned' ? [r.placement.takeoverUserid] : []
      )
      return exportPlan(plan, deps.repo.memberNames([...new Set(takeovers)]), deps.now())
    },

    /** Applies an edited plan sheet: good lines change the plan, bad ones are listed by row. */
    importPlan(planId: string, file: FileBytes): PlanImportResult {
      const { edits, issues } = readPlanEdits(file)
      const edited = edit(planId, edits)
      const all = [...issues, ...sheetIssuesOf(edited.issues)].sort((a, b) => a.row - b.row)
      return { changed: edited.changed, issues: all, plan: edited.plan }
    },

    preflight: (planId: string): PreflightResult => check(plans.get(planId), plans.caps(planId)),

    /**
     * Pre-flights again and, in one transaction, writes a ledger row per customer and chat that
     * passed and one outbox command per chunk, with the audit entry. Rows that fail are skipped
     * and returned. The plan is consumed.
     */
    execute(planId: string): ExecuteSummary {
      const plan = plans.get(planId)
      const result = check(plan, plans.caps(planId))
      if (result.customerChunks.length + result.groupChunks.length === 0) {
        // The plan stays: the operator can fix it (another takeover, a store) and try again.
        throw new AppError('invalid-input', '计划中没有能通过预检的客户或客户群，未发送任何交接')
      }
      // Consumed before writing: should the transaction fail, the operator plans again rather
      // than risk sending the same transfers twice.
      plans.take(planId)
      const actionId = deps.newId()
      deps.db.transaction(() => enqueueHandover(deps, plan, result, actionId, deps.now()))()
      departed = null // the unassigned list changes once WeCom accepts the transfers
      return {
        actionId,
        customers: result.customerChunks.reduce((n, c) => n + c.externalUserids.length, 0),
        groups: result.groupChunks.reduce((n, c) => n + c.chatIds.length, 0),
        batches: result.customerChunks.length + result.groupChunks.length,
        skipped: result.rows.filter((r) => !r.verdict.ok)
      }
    },

    reconcile: (): Promise<ReconcileSummary> => reconcileTransfers(deps.client(), deps),

    /** Whether any ledger row still waits for WeCom (takeover or an unknown outcome). */
    hasOpenTransfers: (): boolean => deps.ledger.openPairs().length > 0,

    ledger: (handoverUserid: string): HandoverLedgerView =>
      withNames(deps.repo, {
        customers: deps.ledger.forHandover(handoverUserid),
        groups: deps.groups.forHandover(handoverUserid)
      }),

    /** A new plan for the handover's customers whose latest transfer was refused (3) or capped (4). */
    replan(
      handoverUserid: string,
      req: Omit<PlanRequest, 'handoverUserid' | 'kind'> = {}
    ): PlanView {
      const latest = deps.ledger.latestForHandover(handoverUserid)
      const settled = latest.filter((e) => e.phase === 'settled')
      const kind = settled[0]?.kind ?? 'resigned'
      const names = deps.repo.customerNames(settled.map((e) => e.externalUserid))
      const outcomes = settled.flatMap((e) =>
        e.phase === 'settled' && e.kind === kind
          ? [
              {
                externalUserid: e.externalUserid,
                name: names.get(e.externalUserid) ?? '',
                takeoverUserid: e.takeoverUserid,
                status: e.status
              }
            ]
          : []
      )
      const handover = subjectOf(handoverUserid, kind, req.storeIds)
      const candidates = candidatesFor(handover, req)
      const plan = replanOutcomes(handover, outcomes, candidates, req.transferMessage)
      return { planId: plans.keep(plan, req), plan, candidates }
    }
  }

  function check(plan: HandoverPlan, caps: PlanCaps): PreflightResult {
    const ids = plan.customers.map((c) => c.externalUserid)
    const member = deps.repo.member(plan.handover.userid)
    // A resigned handover is known departed from get_unassigned_list even if the cache lags.
    const handoverStatus =
      plan.handover.kind === 'resigned' && departed?.holdings.has(plan.handover.userid)
        ? 5
        : (member?.status ?? 5)
    return preflight(plan, {
      handoverStatus,
      candidates: new Map(candidatesFor(plan.handover, caps).map((c) => [c.userid, c])),
      inTransfer: deps.ledger.inTransfer(plan.handover.userid),
      inServiceHistory: deps.ledger.inServiceHistory(ids, deps.now()),
      now: deps.now()
    })
  }
}
export type HandoverService = ReturnType<typeof createHandoverService>
