import { createTransferGroupRepo } from '../../db/repos/transfer-group-repo'
import { createTransferLedgerRepo } from '../../db/repos/transfer-ledger-repo'
import { executeTransferChunk, type ExecutorDeps } from '../../services/handover-executor'
import { reconcilePairNow } from '../../services/handover-reconciler'
import type { HandlerContext, OutboxHandler } from './handler'

/** The ledger and clock the executor writes through, from the worker's context. */
export function executorDeps(ctx: HandlerContext): ExecutorDeps {
  return {
    db: ctx.db,
    ledger: createTransferLedgerRepo(ctx.db),
    groups: createTransferGroupRepo(ctx.db),
    now: ctx.now
  }
}

/**
 * One transfer_customer call (离职继承 or 在职继承) for ≤100 customers of one handover → takeover
 * pair; per-customer errcodes go to the transfer ledger (customer_transfer), not the outbox row.
 *
 * NOT idempotent: a repeat is refused with 40129 while the first waits, and an in-service repeat
 * spends the customer's 2-per-90-days budget. So a row whose send was cut off is reconciled first:
 * transfer_result of the pair says which customers WeCom accepted; only the others are sent again
 * (see services/handover-executor.ts for the ledger's `sending` state that makes this possible).
 */
export const customerTransferHandler: OutboxHandler<'customer.transfer'> = {
  kind: 'customer.transfer',
  idempotent: false,
  send: (command, ctx) => executeTransferChunk(ctx.client, executorDeps(ctx), command),
  async reconcile(command, ctx) {
    const deps = executorDeps(ctx)
    const pair = {
      kind: command.transferKind,
      handoverUserid: command.handover_userid,
      takeoverUserid: command.takeover_userid
    }
    await reconcilePairNow(ctx.client, deps, pair)
    const phases = deps.ledger.byBatch(command.batchId).map((e) => e.phase)
    if (phases.includes('sending')) return 'unknown'
    return phases.includes('queued') ? 'not-done' : 'done'
  }
}
