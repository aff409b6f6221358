import { executeGroupChunk } from '../../services/handover-executor'
import { executorDeps } from './customer-transfer'
import type { OutboxHandler } from './handler'

/**
 * groupchat/transfer (departed owner) or groupchat/onjob_transfer for ≤100 chats to one new
 * owner; failed_chat_list goes to the ledger (group_transfer). A repeat is harmless: WeCom
 * answers 90504 (owner unchanged) or 90507 (already inheriting), which a resend counts as done,
 * so a cut-off send is simply sent again (send re-queues its own `sending` rows).
 */
export const groupTransferHandler: OutboxHandler<'group.transfer'> = {
  kind: 'group.transfer',
  idempotent: true,
  send: (command, ctx) => executeGroupChunk(ctx.client, executorDeps(ctx), command)
}
