import type { Db } from '../../db/connection'
import type { WecomClient } from '../../wecom/client'
import type { CommandOf, OutboxKind } from '../commands'

/** What a handler may need besides the client; grows with the kinds. */
export interface HandlerContext {
  client: WecomClient
  /** The self-built app's agentid, required by message/send; null when not configured. */
  agentId: number | null
  /** Transfers record per-customer results in their ledger (customer_transfer, group_transfer). */
  db: Db
  now: () => number
}

/**
 * How one command kind is delivered. One file per kind under handlers/, registered in index.ts.
 * A handler throws WecomError (or AppError) on failure; the worker classifies and records it.
 */
export interface OutboxHandler<K extends OutboxKind> {
  kind: K
  /**
   * True when sending the command twice has the effect of sending it once. Only then does the
   * worker re-send a row that was in flight when the app died or whose reply was lost; other
   * kinds go through `reconcile`, or are failed for the operator to check (see README.md).
   */
  idempotent: boolean
  /** Sends the command; resolves with what to store as the row's result (JSON), or null. */
  send(command: CommandOf<K>, ctx: HandlerContext): Promise<unknown>
  /**
   * Non-idempotent kinds only: asks WeCom whether an earlier, unconfirmed send took effect
   * (transfers: transfer_result). 'unknown' fails the row for the operator to check.
   */
  reconcile?(command: CommandOf<K>, ctx: HandlerContext): Promise<'done' | 'not-done' | 'unknown'>
}
