/**
 * What execute writes, inside the caller's transaction: a queued ledger row per customer and
 * chat, one outbox command per chunk (its batchId ties the two), and the audit entry. Either all
 * of it lands or none: the outbox worker never sees a command without its ledger rows.
 */
import type { AuditRepo } from '../db/repos/audit-repo'
import type { TransferGroupRepo } from '../db/repos/transfer-group-repo'
import type { TransferLedgerRepo } from '../db/repos/transfer-ledger-repo'
import type { HandoverPlan } from '../domain/handover/handover-plan'
import type { PreflightResult } from '../domain/handover/preflight'
import type {
  CustomerTransferCommand,
  GroupTransferCommand
} from '../domain/handover/transfer-commands'
import type { CustomerChunk, GroupChunk } from '../domain/handover/transfer-chunks'

/** What execute needs of the outbox writer; the real one satisfies it. */
export interface TransferEnqueuer {
  enqueue(input: {
    command: CustomerTransferCommand | GroupTransferCommand
    entity: string
    entityId: string
    actionId: string | null
  }): number
}

export interface EnqueueDeps {
  readonly ledger: TransferLedgerRepo
  readonly groups: TransferGroupRepo
  readonly audit: AuditRepo
  readonly outbox: TransferEnqueuer
  readonly newId: () => string
}

const ACTOR = 'local-user'

/** Call inside a transaction. */
export function enqueueHandover(
  deps: EnqueueDeps,
  plan: HandoverPlan,
  result: PreflightResult,
  actionId: string,
  requestedAt: number
): void {
  for (const chunk of result.customerChunks) enqueueCustomers(deps, chunk, actionId, requestedAt)
  for (const chunk of result.groupChunks) enqueueGroups(deps, chunk, actionId, requestedAt)
  deps.audit.record({
    at: requestedAt,
    actor: ACTOR,
    action: `handover.${plan.handover.kind}`,
    entity: 'member',
    entityId: plan.handover.userid,
    before: null,
    after: {
      actionId,
      customers: result.customerChunks.reduce((n, c) => n + c.externalUserids.length, 0),
      groups: result.groupChunks.reduce((n, c) => n + c.chatIds.length, 0)
    }
  })
}

function enqueueCustomers(deps: EnqueueDeps, chunk: CustomerChunk, actionId: string, at: number) {
  const batchId = deps.newId()
  const pair = { handoverUserid: chunk.handoverUserid, takeoverUserid: chunk.takeoverUserid }
  for (const externalUserid of chunk.externalUserids) {
    deps.ledger.insertQueued({
      kind: chunk.kind,
      batchId,
      ...pair,
      externalUserid,
      requestedAt: at
    })
  }
  const command: CustomerTransferCommand = {
    kind: 'customer.transfer',
    transferKind: chunk.kind,
    batchId,
    handover_userid: chunk.handoverUserid,
    takeover_userid: chunk.takeoverUserid,
    external_userid: [...chunk.externalUserids],
    transfer_success_msg: chunk.transferMessage
  }
  deps.outbox.enqueue({ command, entity: 'customer_transfer', entityId: batchId, actionId })
}

function enqueueGroups(deps: EnqueueDeps, chunk: GroupChunk, actionId: string, at: number) {
  const batchId = deps.newId()
  const pair = { handoverUserid: chunk.handoverUserid, takeoverUserid: chunk.newOwner }
  for (const chatId of chunk.chatIds) {
    deps.groups.insertQueued({ kind: chunk.kind, batchId, ...pair, chatId, requestedAt: at })
  }
  const command: GroupTransferCommand = {
    kind: 'group.transfer',
    transferKind: chunk.kind,
    batchId,
    handover_userid: chunk.handoverUserid,
    new_owner: chunk.newOwner,
    chat_id_list: [...chunk.chatIds]
  }
  deps.outbox.enqueue({ command, entity: 'group_transfer', entityId: batchId, actionId })
}
