import type {
  HandoverPlan,
  LedgerEntry,
  TakeoverCandidate
} from '../../../preload/contract/handover-models'

export const T0 = Date.UTC(2026, 11, 4, 8)

export function candidate(
  userid: string,
  patch: Partial<TakeoverCandidate> = {}
): TakeoverCandidate {
  return {
    userid,
    name: `name-${userid}`,
    status: 1,
    isFollowUser: true,
    isVisible: true,
    storeIds: ['s1'],
    regionIds: ['r1'],
    customerCount: 10,
    groupCount: 0,
    capacity: null,
    ...patch
  }
}

export const plan: HandoverPlan = {
  handover: {
    userid: 'leaver',
    name: 'Leaver',
    kind: 'resigned',
    storeIds: ['s1'],
    regionIds: ['r1']
  },
  customers: [
    {
      externalUserid: 'wm1',
      name: 'Alice',
      placement: { kind: 'assigned', takeoverUserid: 'a', scope: 'store' }
    },
    {
      externalUserid: 'wm2',
      name: '',
      placement: { kind: 'assigned', takeoverUserid: 'a', scope: 'store' }
    },
    {
      externalUserid: 'wm3',
      name: 'Carol',
      placement: { kind: 'assigned', takeoverUserid: 'b', scope: 'region' }
    },
    { externalUserid: 'wm4', name: 'Dan', placement: { kind: 'unplaced', reason: 'manual' } }
  ],
  groups: [
    {
      chatId: 'wr1',
      name: 'VIP',
      placement: { kind: 'assigned', takeoverUserid: 'b', scope: 'store' }
    }
  ]
}

const base = {
  kind: 'resigned' as const,
  batchId: 'b1',
  handoverUserid: 'leaver',
  takeoverUserid: 'a',
  requestedAt: T0
}

export function entry(
  id: number,
  externalUserid: string,
  state: Partial<LedgerEntry> = {}
): LedgerEntry {
  return {
    ...base,
    id,
    externalUserid,
    phase: 'waiting',
    sentAt: T0,
    takeoverAt: T0 + 86_400_000,
    ...state
  } as LedgerEntry // the spread of a union member: the tests pass whole, consistent states
}
