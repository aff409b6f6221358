import { randomUUID } from 'node:crypto'
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { MAX_MESSAGE_RECIPIENTS, SUPERSEDABLE, type OutboxCommand } from './commands'
import { createOutboxRepo } from './outbox-repo'
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
  return {
    /**
     * Call inside the caller's transaction; returns the outbox row id. A newer pending command
     * of the same kind for the same (entity, entityId) supersedes an older one not yet sent.
     */
    enqueue(input: EnqueueInput): number {
      checkCommand(input.command)
      const at = now()
      const id = repo.insert({
        entity: input.entity,
        entityId: input.entityId,
        op: input.command.kind,
        payload: JSON.stringify(input.command),
        idempotencyKey: randomUUID(),
        actionId: input.actionId,
        createdAt: at
      })
      if (SUPERSEDABLE[input.command.kind]) repo.supersedeOlder(id, input.entity, input.entityId, input.command.kind)
      // The worker may only see the row once the caller commits; waking early is harmless.
      if (onEnqueued) queueMicrotask(onEnqueued)
      return id
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
