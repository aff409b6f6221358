/**
 * The two ways WeCom moves customers between members (spec §1.5) and the statuses its
 * transfer_result endpoints report. Shared by the planner, the pre-flight, the ledger and the
 * reconciler, so a status code means one thing everywhere.
 */
import type { TransferKind, TransferStatus } from '../../../preload/contract/handover-models'

export type { TransferKind, TransferStatus }

export const TRANSFER_KIND_LABELS: Readonly<Record<TransferKind, string>> = {
  resigned: '离职继承',
  in_service: '在职继承'
}

export const TRANSFER_STATUS_LABELS: Readonly<Record<TransferStatus, string>> = {
  1: '接替完毕',
  2: '等待接替',
  3: '客户拒绝',
  4: '接替成员客户达到上限',
  5: '无接替记录'
}

/** Every status but 2 is the end of that transfer: nothing will change it any more. */
export const isFinalStatus = (status: TransferStatus): boolean => status !== 2

export function asTransferStatus(value: number): TransferStatus | null {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5 ? value : null
}

/** Refused or capped customers stay untransferred; they are what a re-plan picks up. */
export const isReplannable = (status: TransferStatus): boolean => status === 3 || status === 4

/** WeCom's cap per call, for transfer_customer and both group transfers. */
export const MAX_CUSTOMERS_PER_CALL = 100
export const MAX_CHATS_PER_CALL = 100

/** Doc 96325: a customer may be transferred in service at most twice in 90 natural days. */
export const IN_SERVICE_BUDGET = { transfers: 2, windowMs: 90 * 86_400_000 } as const

/** From an accepted request to the automatic takeover (doc 96331). */
export const TAKEOVER_DELAY_MS = 24 * 3_600_000
