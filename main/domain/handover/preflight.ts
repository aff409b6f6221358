/**
 * Pre-flight: before anything is sent, every row of a plan is checked against what the console
 * knows (the cache and the transfer ledger) and each predicted failure is named with WeCom's
 * errcode and a zh-CN reason. Only rows that pass are chunked for sending, so the operator sees
 * the failures by row first and WeCom is not asked what we can already answer.
 */
import type {
  PreflightProblem,
  PreflightResult,
  PreflightRow,
  Verdict
} from '../../../preload/contract/handover-models'
import {
  takeoverOf,
  UNPLACED_LABELS,
  type HandoverPlan,
  type UnplacedReason
} from './handover-plan'
import {
  INELIGIBILITY_LABELS,
  ineligibilityOf,
  type MemberStatus,
  type TakeoverCandidate
} from './takeover-candidate'
import { inServiceBudget } from './transfer-budget'
import { customerChunks, groupChunks } from './transfer-chunks'
import { formatChinaDate } from './china-date'

export type { PreflightProblem, PreflightResult, PreflightRow, Verdict }

export interface PreflightFacts {
  /** The handover's status now (5 = left the corp). */
  readonly handoverStatus: MemberStatus
  /** Everyone a row may name as takeover; a takeover missing here is unknown to the cache. */
  readonly candidates: ReadonlyMap<string, TakeoverCandidate>
  /** Customers of this handover with a transfer still waiting in the ledger. */
  readonly inTransfer: ReadonlySet<string>
  /** Per customer: request times of accepted in-service transfers (from the ledger). */
  readonly inServiceHistory: ReadonlyMap<string, readonly number[]>
  readonly now: number
}

/** The errcode WeCom would answer with, where there is one. */
export const PREDICTED_ERRCODE: Readonly<Record<PreflightProblem, number | null>> = {
  held: null,
  unplaced: null,
  'unknown-takeover': 60111,
  'same-user': 40130,
  'takeover-ineligible': 40098,
  'handover-not-departed': 40097,
  'handover-departed': 60111,
  'in-transfer': 40129,
  'budget-spent': 40128,
  // Accepted now, ends as status 4 after 24 h.
  'over-capacity': null
}

const OK: Verdict = { ok: true }
const placementVerdict = (reason: UnplacedReason): Verdict =>
  reason === 'manual'
    ? fail('held', UNPLACED_LABELS.manual)
    : fail('unplaced', UNPLACED_LABELS[reason])

const fail = (problem: PreflightProblem, reason: string): Verdict => {
  const code = PREDICTED_ERRCODE[problem]
  return { ok: false, problem, message: code === null ? reason : `${reason}（预计错误码 ${code}）` }
}

export function preflight(plan: HandoverPlan, facts: PreflightFacts): PreflightResult {
  const handoverProblem = checkHandover(plan, facts)
  const room = new Map<string, number>()
  const customerRows = plan.customers.map((c): PreflightRow => {
    const takeover = takeoverOf(c.placement)
    const verdict =
      c.placement.kind === 'unplaced'
        ? placementVerdict(c.placement.reason)
        : (handoverProblem ??
          checkTakeover(plan, c.placement.takeoverUserid, facts) ??
          checkCustomer(plan, c.externalUserid, facts) ??
          checkRoom(c.placement.takeoverUserid, facts, room))
    return {
      target: 'customer',
      id: c.externalUserid,
      name: c.name,
      takeoverUserid: takeover,
      verdict
    }
  })
  const groupRows = plan.groups.map((g): PreflightRow => {
    const takeover = takeoverOf(g.placement)
    const verdict =
      g.placement.kind === 'unplaced'
        ? placementVerdict(g.placement.reason)
        : (handoverProblem ?? checkTakeover(plan, g.placement.takeoverUserid, facts) ?? OK)
    return { target: 'group', id: g.chatId, name: g.name, takeoverUserid: takeover, verdict }
  })
  return summarise(plan, [...customerRows, ...groupRows])
}

function summarise(plan: HandoverPlan, rows: PreflightRow[]): PreflightResult {
  const passing = (target: PreflightRow['target']) =>
    rows
      .filter((r) => r.target === target && r.verdict.ok && r.takeoverUserid !== null)
      .map((r) => ({ id: r.id, takeover: r.takeoverUserid ?? '' }))
  const { kind, userid } = plan.handover
  const passed = rows.filter((r) => r.verdict.ok).length
  const held = rows.filter((r) => !r.verdict.ok && r.verdict.problem === 'held').length
  return {
    rows,
    customerChunks: customerChunks(kind, userid, passing('customer'), plan.transferMessage),
    groupChunks: groupChunks(kind, userid, passing('group')),
    passed,
    failed: rows.length - passed - held,
    held
  }
}

/** Fails every row alike: resigned needs a departed handover, in-service an employed one. */
function checkHandover(plan: HandoverPlan, facts: PreflightFacts): Verdict | null {
  const departed = facts.handoverStatus === 5
  if (plan.handover.kind === 'resigned' && !departed) {
    return fail(
      'handover-not-departed',
      '原跟进人还没有离职，离职继承要等离职后才能发起；在职人员请改用在职继承'
    )
  }
  if (plan.handover.kind === 'in_service' && departed) {
    return fail('handover-departed', '原跟进人已离职，不能在职继承，请改用离职继承')
  }
  return null
}

function checkTakeover(
  plan: HandoverPlan,
  takeover: string,
  facts: PreflightFacts
): Verdict | null {
  if (takeover === plan.handover.userid) return fail('same-user', INELIGIBILITY_LABELS['same-user'])
  const candidate = facts.candidates.get(takeover)
  if (!candidate)
    return fail('unknown-takeover', `接替人 ${takeover} 不在本地通讯录中，请先同步或检查账号`)
  const why = ineligibilityOf(candidate, plan.handover.userid)
  return why === null ? null : fail('takeover-ineligible', INELIGIBILITY_LABELS[why])
}

function checkCustomer(plan: HandoverPlan, ext: string, facts: PreflightFacts): Verdict | null {
  if (facts.inTransfer.has(ext)) {
    return fail('in-transfer', '该客户已有一笔转接在等待接替，24 小时内不能再次转接')
  }
  if (plan.handover.kind !== 'in_service') return null
  const budget = inServiceBudget(facts.inServiceHistory.get(ext) ?? [], facts.now)
  if (budget.left > 0) return null
  const when = budget.freesAt === null ? '' : `，${formatChinaDate(budget.freesAt)} 之后才能再转`
  return fail('budget-spent', `该客户 90 天内已在职转接 2 次${when}`)
}

/** Counts rows per takeover in plan order: the ones beyond the cap would end as status 4. */
function checkRoom(takeover: string, facts: PreflightFacts, used: Map<string, number>): Verdict {
  const candidate = facts.candidates.get(takeover)
  const count = (used.get(takeover) ?? 0) + 1
  used.set(takeover, count)
  if (!candidate || candidate.capacity === null) return OK
  if (candidate.customerCount + count <= candidate.capacity) return OK
  return fail(
    'over-capacity',
    `接替人 ${candidate.name} 将超过接替上限 ${candidate.capacity} 人，企业微信会在 24 小时后以“接替成员客户达到上限”拒绝`
  )
}
