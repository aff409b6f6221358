/**
 * Sends one chunk of a handover and records WeCom's per-customer answer in the ledger.
 *
 * Transfers are NOT idempotent (a repeat is refused with 40129 while the first waits, and an
 * in-service repeat spends the customer's 2-per-90-days budget), so the ledger is written around
 * the call in two transactions: rows go `sending` (committed) before the request, and get their
 * errcodes after it. A crash or a lost reply in between leaves them `sending`; the next attempt
 * first asks transfer_result which of them WeCom accepted (reconcileSending) and sends only the
 * rest. Group transfers are checked the same way, except that a repeat is harmless there: WeCom
 * answers 90504 (owner unchanged) or 90507 (already inheriting), which a resend counts as done.
 */
import type { Db } from '../db/connection'
import type { TransferGroupRepo } from '../db/repos/transfer-group-repo'
import type { TransferLedgerRepo } from '../db/repos/transfer-ledger-repo'
import type {
  CustomerTransferCommand,
  GroupTransferCommand
} from '../domain/handover/transfer-commands'
import { TAKEOVER_DELAY_MS } from '../domain/handover/transfer-kind'
import { isWecomError, type WecomClient } from '../wecom/client'
import { reconcilePairNow } from './handover-reconciler'

export interface ExecutorDeps {
  readonly db: Db
  readonly ledger: TransferLedgerRepo
  readonly groups: TransferGroupRepo
  readonly now: () => number
}

type Client = Pick<WecomClient, 'call' | 'paginate'>

export interface ChunkOutcome {
  /** Customers (or chats) sent in this attempt. */
  readonly sent: number
  /** Accepted by WeCom (customers: now waiting for the 24 h takeover; chats: transferred). */
  readonly accepted: number
  /** Refused, with their errcodes. */
  readonly refused: readonly { readonly id: string; readonly errcode: number }[]
}

/** Failures that surely happened before the request left: the rows may be sent again. */
const NOT_SENT = new Set(['rate-limited', 'missing-secret', 'invalid-input', 'network'])
const RETRYABLE_KINDS = new Set(['retry', 'rate-limit', 'concurrency', 'token'])

export async function executeTransferChunk(
  client: Client,
  deps: ExecutorDeps,
  command: CustomerTransferCommand
): Promise<ChunkOutcome> {
  const pair = {
    kind: command.transferKind,
    handoverUserid: command.handover_userid,
    takeoverUserid: command.takeover_userid
  }
  if (deps.ledger.byBatch(command.batchId).some((e) => e.phase === 'sending')) {
    await reconcilePairNow(client, deps, pair)
  }
  const queued = deps.ledger
    .byBatch(command.batchId)
    .filter((e) => e.phase === 'queued')
    .map((e) => e.externalUserid)
  if (queued.length === 0) return { sent: 0, accepted: 0, refused: [] }
  const sentAt = deps.now()
  deps.db.transaction(() => deps.ledger.markSending(command.batchId, sentAt))()
  const acks = await sendCustomers(client, deps, command, queued)
  const takeoverAt = sentAt + TAKEOVER_DELAY_MS
  deps.db.transaction(() =>
    deps.ledger.recordAcks(
      command.batchId,
      acks.map((a) => ({ externalUserid: a.external_userid, errcode: a.errcode, takeoverAt }))
    )
  )()
  const refused = acks
    .filter((a) => a.errcode !== 0)
    .map((a) => ({ id: a.external_userid, errcode: a.errcode }))
  return { sent: queued.length, accepted: acks.length - refused.length, refused }
}

async function sendCustomers(
  client: Client,
  deps: ExecutorDeps,
  c: CustomerTransferCommand,
  ids: string[]
) {
  const body = {
    handover_userid: c.handover_userid,
    takeover_userid: c.takeover_userid,
    external_userid: ids
  }
  try {
    const reply =
      c.transferKind === 'resigned'
        ? await client.call('externalcontact/resigned/transfer_customer', body)
        : await client.call('externalcontact/transfer_customer', {
            ...body,
            ...(c.transfer_success_msg ? { transfer_success_msg: c.transfer_success_msg } : {})
          })
    return reply.customer
  } catch (error) {
    settleFailedCall(deps, c.batchId, error, (errcode) =>
      deps.ledger.recordAcks(
        c.batchId,
        ids.map((externalUserid) => ({ externalUserid, errcode }))
      )
    )
    throw error
  }
}

/**
 * The whole call failed. Not sent or transient → back to queued for the outbox to retry; refused
 * by WeCom for good (e.g. 60111 unknown handover) → every row rejected with that errcode; lost
 * reply → rows stay `sending` and the next attempt asks WeCom first.
 */
function settleFailedCall(
  deps: ExecutorDeps,
  batchId: string,
  error: unknown,
  reject: (errcode: number) => void
): void {
  if (!isWecomError(error)) return
  const answered = error.failure === 'errcode' && error.errcode !== undefined
  const transient = answered && error.kind !== undefined && RETRYABLE_KINDS.has(error.kind)
  deps.db.transaction(() => {
    if (NOT_SENT.has(error.failure) || transient) {
      deps.ledger.requeueBatch(batchId)
      deps.groups.requeueBatch(batchId)
    } else if (answered) reject(error.errcode ?? -1)
  })()
}

/** Owner unchanged / already inheriting: on a resend, the earlier attempt took effect. */
const ALREADY_DONE_ON_RESEND = new Set([90504, 90507])

export async function executeGroupChunk(
  client: Client,
  deps: ExecutorDeps,
  command: GroupTransferCommand
): Promise<ChunkOutcome> {
  const rows = deps.groups.byBatch(command.batchId)
  const resend = rows.some((r) => r.phase === 'sending')
  if (resend) deps.db.transaction(() => deps.groups.requeueBatch(command.batchId))()
  const queued = deps.groups
    .byBatch(command.batchId)
    .filter((r) => r.phase === 'queued')
    .map((r) => r.chatId)
  if (queued.length === 0) return { sent: 0, accepted: 0, refused: [] }
  deps.db.transaction(() => deps.groups.markSending(command.batchId, deps.now()))()
  const failed = await sendGroups(client, deps, command, queued)
  const counted = new Map(
    [...failed].filter(([, f]) => !(resend && ALREADY_DONE_ON_RESEND.has(f.errcode)))
  )
  deps.db.transaction(() => deps.groups.recordResult(command.batchId, queued, counted))()
  const refused = [...counted].map(([id, f]) => ({ id, errcode: f.errcode }))
  return { sent: queued.length, accepted: queued.length - refused.length, refused }
}

async function sendGroups(
  client: Client,
  deps: ExecutorDeps,
  c: GroupTransferCommand,
  chatIds: string[]
) {
  const body = { chat_id_list: chatIds, new_owner: c.new_owner }
  try {
    const reply =
      c.transferKind === 'resigned'
        ? await client.call('externalcontact/groupchat/transfer', body)
        : await client.call('externalcontact/groupchat/onjob_transfer', body)
    return new Map(
      reply.failed_chat_list.map((f) => [f.chat_id, { errcode: f.errcode, errmsg: f.errmsg }])
    )
  } catch (error) {
    settleFailedCall(deps, c.batchId, error, (errcode) =>
      deps.groups.recordResult(
        c.batchId,
        chatIds,
        new Map(chatIds.map((id) => [id, { errcode, errmsg: '' }]))
      )
    )
    throw error
  }
}
