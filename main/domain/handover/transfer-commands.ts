/**
 * The outbox commands a handover enqueues: one per chunk (≤100 customers or chats for one
 * handover → takeover pair). The ledger rows of the same `batchId` are the source of truth for
 * which of them are still to be sent; the command keeps the call's fields so an outbox row can
 * be read on its own.
 */
import type { TransferKind } from './transfer-kind'

export interface CustomerTransferCommand {
  kind: 'customer.transfer'
  transferKind: TransferKind
  batchId: string
  handover_userid: string
  takeover_userid: string
  external_userid: string[]
  /** In-service only. */
  transfer_success_msg?: string | undefined
}

export interface GroupTransferCommand {
  kind: 'group.transfer'
  transferKind: TransferKind
  batchId: string
  handover_userid: string
  new_owner: string
  chat_id_list: string[]
}
