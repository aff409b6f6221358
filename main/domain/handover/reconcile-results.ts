/**
 * Matches one (kind, handover, takeover) pair's transfer_result rows to the ledger's open
 * entries. transfer_result shows only the latest record per customer of the pair and no request
 * id, so an entry whose reply was lost (`sending`) is taken as accepted only if the record is
 * recent enough to be ours: its automatic takeover time is no earlier than our send + 24 h (less
 * a tolerance for the office PC's clock). An older record is someone else's request.
 */
import type { LedgerEntry, LedgerUpdate } from './ledger-entry'
import { asTransferStatus, TAKEOVER_DELAY_MS, type TransferStatus } from './transfer-kind'

export interface ResultRow {
  readonly externalUserid: string
  readonly status: number
  /** Epoch ms; 0 when WeCom gives none (refused, capped, no record). */
  readonly takeoverAt: number
}

/** How far the PC's clock may be from WeCom's. */
export const CLOCK_TOLERANCE_MS = 10 * 60_000

export function reconcilePair(
  open: readonly LedgerEntry[],
  results: readonly ResultRow[],
  takeoverDelayMs = TAKEOVER_DELAY_MS
): LedgerUpdate[] {
  const byCustomer = new Map(results.map((r) => [r.externalUserid, r]))
  const updates: LedgerUpdate[] = []
  for (const entry of open) {
    const result = byCustomer.get(entry.externalUserid)
    const status = result ? asTransferStatus(result.status) : null
    const update =
      entry.phase === 'waiting'
        ? fromWaiting(entry, result, status)
        : entry.phase === 'sending'
          ? fromSending(entry, result, status, takeoverDelayMs)
          : null
    if (update) updates.push(update)
  }
  return updates
}

const takeoverAtOf = (r: ResultRow): number | null => (r.takeoverAt > 0 ? r.takeoverAt : null)

function fromWaiting(
  entry: Extract<LedgerEntry, { phase: 'waiting' }>,
  result: ResultRow | undefined,
  status: TransferStatus | null
): LedgerUpdate | null {
  // Not listed yet (WeCom lags) or a code we do not know: ask again next time.
  if (!result || status === null) return null
  if (status === 2) {
    const at = takeoverAtOf(result)
    return at === entry.takeoverAt ? null : { id: entry.id, to: 'waiting', takeoverAt: at }
  }
  return {
    id: entry.id,
    to: 'settled',
    status,
    takeoverAt: takeoverAtOf(result) ?? entry.takeoverAt
  }
}

function fromSending(
  entry: Extract<LedgerEntry, { phase: 'sending' }>,
  result: ResultRow | undefined,
  status: TransferStatus | null,
  delay: number
): LedgerUpdate {
  const ours =
    result !== undefined &&
    (status === 1 || status === 2) &&
    result.takeoverAt >= entry.sentAt + delay - CLOCK_TOLERANCE_MS
  if (!ours || !result || status === null) return { id: entry.id, to: 'queued' }
  if (status === 2) return { id: entry.id, to: 'waiting', takeoverAt: takeoverAtOf(result) }
  return { id: entry.id, to: 'settled', status: 1, takeoverAt: takeoverAtOf(result) }
}
