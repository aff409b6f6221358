/**
 * One customer's transfer as the console's ledger keeps it: WeCom's result endpoints have no
 * request id, so this row (handover, takeover, customer, requested_at) is how a result is matched
 * to what we asked for. Its phase moves only forward:
 *
 *   queued ──▶ sending ──▶ waiting (errcode 0, status 2) ──▶ settled (status 1/3/4/5)  final
 *                 │  └────▶ rejected (errcode ≠ 0)                                    final
 *                 └─(reply lost or crash)─ stays `sending`: the outcome is unknown until the
 *                   reconciler finds it in transfer_result (→ waiting/settled) or not (→ queued)
 *
 * Transfers are NOT idempotent: a second request for a waiting customer fails with 40129, and an
 * in-service one spends the 2-per-90-days budget. So a `sending` row is never simply re-sent.
 */
import type { LedgerEntry, LedgerPhase } from '../../../preload/contract/handover-models'
import type { TransferStatus } from './transfer-kind'

export type { LedgerEntry, LedgerPhase }

export const isFinalPhase = (phase: LedgerPhase): boolean =>
  phase === 'settled' || phase === 'rejected'

/** What the reconciler learns for one entry; applied by the ledger repo. */
export type LedgerUpdate =
  | { readonly id: number; readonly to: 'waiting'; readonly takeoverAt: number | null }
  | {
      readonly id: number
      readonly to: 'settled'
      readonly status: Exclude<TransferStatus, 2>
      readonly takeoverAt: number | null
    }
  /** A `sending` entry WeCom has no record of: it was never accepted and may be sent again. */
  | { readonly id: number; readonly to: 'queued' }

/** The 24-hour countdown shown per row: ms left, 0 once due, null when not waiting. */
export function countdownMs(entry: LedgerEntry, now: number): number | null {
  if (entry.phase !== 'waiting' || entry.takeoverAt === null) return null
  return Math.max(0, entry.takeoverAt - now)
}
