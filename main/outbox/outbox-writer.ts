import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { MAX_MESSAGE_RECIPIENTS, SUPERSEDABLE, type OutboxCommand } from './commands'
import { createOutboxRepo, type NewOutboxRow } from './outbox-repo'
import { createBatchSupersede, createKeyPrefix, keyFor } from './outbox-batch'
import { checkTransferCommand } from './handlers/customer-transfer-checks'

export type { OutboxCommand } from './commands'

export interface EnqueueInput {
  command: OutboxCommand
  /** What the command changes, e.g. 'member'; with entityId it orders and supersedes rows. */
  entity: string
  entityId: string
  /** The user action (audit) that owes this write, so the UI can link them; null for system work. */
  actionId: string | null
}

/** Listeners told after an enqueue commits (the worker wakes on it). */
export type EnqueueListener = () => void

/**
 * Writes owed to WeCom. `enqueue` must run inside the caller's transaction, together with the
 * local change it mirrors: both land or neither does, so no change is ever lost or orphaned.
 */
export function createOutboxWriter(db: Db, now: () => number, onEnqueued?: EnqueueListener) {
  const repo = createOutboxRepo(db)
  const supersedeBatch = createBatchSupersede(db)
  const row = (input: EnqueueInput, idempotencyKey: string, createdAt: number): NewOutboxRow => ({
    entity: input.entity,
    entityId: input.entityId,
    op: input.command.kind,
    payload: JSON.stringify(input.command),
    idempotencyKey,
    actionId: input.actionId,
    createdAt
  })
  // The worker may only see the rows once the caller commits; waking early is harmless.
  const wake = () => {
    if (onEnqueued) queueMicrotask(onEnqueued)
  }
  return {
    /**
     * Call inside the caller's transaction; returns the outbox row id. A newer pending command
     * of the same kind for the same (entity, entityId) supersedes an older one not yet sent.
     */
    enqueue(input: EnqueueInput): number {
      checkCommand(input.command)
      const at = now()
      const id = repo.insert(row(input, keyFor(createKeyPrefix(at), 0), at))
      if (SUPERSEDABLE[input.command.kind]) repo.supersedeOlder(id, input.entity, input.entityId, input.command.kind)
      wake()
      return id
    },
    /**
     * `enqueue` for many commands of one action, in input order: the same rows and supersedes as
     * one `enqueue` after another, but one prepared insert reused and one set-based supersede.
     * Every command is checked before any row is written. Call inside the caller's transaction
     * (a rollback leaves nothing); returns the row ids in input order.
     */
    enqueueMany(inputs: readonly EnqueueInput[]): number[] {
      for (const input of inputs) checkCommand(input.command)
      if (inputs.length === 0) return []
      const at = now()
      const prefix = createKeyPrefix(at)
      const ids = inputs.map((input, seq) => repo.insert(row(input, keyFor(prefix, seq), at)))
      supersedeBatch(ids[0]!, ids[ids.length - 1]!)
      wake()
      return ids
    }
  }
}
export type OutboxWriter = ReturnType<typeof createOutboxWriter>

/** Refuse commands WeCom would reject outright, before they reach the user's transaction. */
function checkCommand(c: OutboxCommand): void {
  if (c.kind === 'user.update') {
    if (c.userid === '') throw new AppError('invalid-input', '成员账号不能为空')
    if (!c.department.includes(c.main_department)) {
      throw new AppError('invalid-input', '主部门必须是成员所在的部门之一')
    }
  } else if (c.kind === 'message.send') {
    if (c.touser.length === 0 || c.touser.length > MAX_MESSAGE_RECIPIENTS) {
      throw new AppError('invalid-input', `每条消息的接收人须为 1 至 ${MAX_MESSAGE_RECIPIENTS} 人`)
    }
  } else checkTransferCommand(c)
}
