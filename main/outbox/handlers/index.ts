import type { OutboxKind } from '../commands'
import type { OutboxHandler } from './handler'
import { customerTransferHandler } from './customer-transfer'
import { groupTransferHandler } from './group-transfer'
import { messageSendHandler } from './message-send'
import { userUpdateHandler } from './user-update'

export type { HandlerContext, OutboxHandler } from './handler'

/** Every kind has exactly one handler; a missing one is a type error. */
export const OUTBOX_HANDLERS: { readonly [K in OutboxKind]: OutboxHandler<K> } = {
  'user.update': userUpdateHandler,
  'message.send': messageSendHandler,
  'customer.transfer': customerTransferHandler,
  'group.transfer': groupTransferHandler
}

export function handlerFor(kind: string): OutboxHandler<OutboxKind> | undefined {
  return Object.hasOwn(OUTBOX_HANDLERS, kind)
    ? (OUTBOX_HANDLERS[kind as OutboxKind] as OutboxHandler<OutboxKind>)
    : undefined
}
