import type { HandoverPlan, HandoverSubject } from '../../../../main/domain/handover/handover-plan'
import type { TakeoverCandidate } from '../../../../main/domain/handover/takeover-candidate'

export function colleague(
  userid: string,
  patch: Partial<TakeoverCandidate> = {}
): TakeoverCandidate {
  return {
    userid,
    name: `导购${userid}`,
    status: 1,
    isFollowUser: true,
    isVisible: null,
    storeIds: ['s1'],
    regionIds: ['r1'],
    customerCount: 0,
    groupCount: 0,
    capacity: null,
    ...patch
  }
}

export function subject(kind: HandoverSubject['kind'] = 'resigned'): HandoverSubject {
  return { userid: 'leaver', name: '王芳', kind, storeIds: ['s1'], regionIds: ['r1'] }
}

export const customers = (n: number, prefix = 'wm') =>
  Array.from({ length: n }, (_, i) => ({
    externalUserid: `${prefix}${String(i).padStart(4, '0')}`,
    name: `客户${i}`
  }))

export const byUserid = (cs: readonly TakeoverCandidate[]) => new Map(cs.map((c) => [c.userid, c]))

export type { HandoverPlan }
