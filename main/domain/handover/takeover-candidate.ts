/**
 * A colleague who might take over customers, and why one may not. WeCom refuses a takeover that
 * is not active, not 客户联系-enabled or outside the app's visible range (40098 / 41054 /
 * 60011), and the same member as the handover (40130); the planner never chooses them.
 */
import type { MemberStatus, TakeoverCandidate } from '../../../preload/contract/handover-models'

export type { MemberStatus, TakeoverCandidate }

export type Ineligibility = 'same-user' | 'not-active' | 'not-follow-user' | 'not-visible'

export const INELIGIBILITY_LABELS: Readonly<Record<Ineligibility, string>> = {
  'same-user': '接替人与原跟进人是同一个人',
  'not-active': '接替人不是在职激活状态（已停用、未激活或已离职）',
  'not-follow-user': '接替人未开通客户联系功能',
  'not-visible': '接替人不在应用的可见范围内'
}

/** Why `candidate` cannot take over from `handoverUserid`, or null when it can. */
export function ineligibilityOf(
  candidate: TakeoverCandidate,
  handoverUserid: string
): Ineligibility | null {
  if (candidate.userid === handoverUserid) return 'same-user'
  if (candidate.status !== 1) return 'not-active'
  if (!candidate.isFollowUser) return 'not-follow-user'
  if (candidate.isVisible === false) return 'not-visible'
  return null
}

/** Customers the candidate can still receive; Infinity without a cap. */
export function roomOf(candidate: TakeoverCandidate): number {
  if (candidate.capacity === null) return Number.POSITIVE_INFINITY
  return Math.max(0, candidate.capacity - candidate.customerCount)
}
