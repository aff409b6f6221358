import type { CustomerTransferCommand, GroupTransferCommand } from '../domain/handover/transfer-commands'

/**
 * The commands the outbox can owe WeCom. One variant per kind; each kind has one handler in
 * handlers/ (registered in handlers/index.ts) and one line in SUPERSEDABLE below.
 */
export type OutboxCommand =
  | { kind: 'user.update'; userid: string; department: number[]; main_department: number }
  | MessageSendCommand
  | CustomerTransferCommand
  | GroupTransferCommand

/** An application message (message/send) to at most 1000 members; a fresh row per message. */
export interface MessageSendCommand {
  kind: 'message.send'
  touser: string[]
  msgtype: 'text' | 'markdown'
  content: string
}

export type OutboxKind = OutboxCommand['kind']
export type CommandOf<K extends OutboxKind> = Extract<OutboxCommand, { kind: K }>

/**
 * Whether a newer command of the kind replaces an unsent older one for the same entity.
 * True only where the command carries the whole intended state (user/update sets the full
 * department list); a message is an event, every one of them must go out.
 */
export const SUPERSEDABLE: Readonly<Record<OutboxKind, boolean>> = {
  'user.update': true,
  'message.send': false,
  // Each transfer chunk is its own batch of ledger rows: none replaces another.
  'customer.transfer': false,
  'group.transfer': false
}

/** WeCom accepts at most this many recipients in one message/send call. */
export const MAX_MESSAGE_RECIPIENTS = 1000
