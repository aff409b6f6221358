/**
 * The reconciler: for every (kind, handover, takeover) pair with ledger rows not yet final, walks
 * that pair's transfer_result (resigned or in-service) by cursor to the end, matches the rows and
 * writes what changed in one transaction per pair. WeCom's transfer_fail event names only the
 * takeover and the console gets no callbacks anyway (spec §0), so polling both result endpoints
 * pair by pair is the only complete view. Run it any time; it is read-only towards WeCom.
 */
import type { ReconcileSummary } from '../../preload/contract/handover-models'
import type { Db } from '../db/connection'
import type { TransferLedgerRepo, TransferPair } from '../db/repos/transfer-ledger-repo'
import { reconcilePair, type ResultRow } from '../domain/handover/reconcile-results'
import type { WecomClient } from '../wecom/client'

export type { ReconcileSummary }

export interface ReconcilerDeps {
  readonly db: Db
  readonly ledger: TransferLedgerRepo
  readonly now: () => number
}

type Client = Pick<WecomClient, 'paginate'>

/** One pass over every open pair. */
export async function reconcileTransfers(
  client: Client,
  deps: ReconcilerDeps
): Promise<ReconcileSummary> {
  const pairs = deps.ledger.openPairs()
  let updated = 0
  for (const pair of pairs) updated += await reconcilePairNow(client, deps, pair)
  const open = deps.ledger.openPairs().reduce((n, p) => n + deps.ledger.openForPair(p).length, 0)
  return { pairs: pairs.length, updated, open }
}

/** Reads one pair's results and applies them; returns how many rows changed. */
export async function reconcilePairNow(
  client: Client,
  deps: ReconcilerDeps,
  pair: TransferPair
): Promise<number> {
  const results = await readResults(client, pair)
  return deps.db.transaction(() => {
    // Re-read inside the transaction: an executor may have moved rows while we were paging.
    const updates = reconcilePair(deps.ledger.openForPair(pair), results)
    const at = deps.now()
    deps.ledger.markChecked(pair, at)
    return deps.ledger.apply(updates, at)
  })()
}

async function readResults(client: Client, pair: TransferPair): Promise<ResultRow[]> {
  const path =
    pair.kind === 'resigned'
      ? 'externalcontact/resigned/transfer_result'
      : 'externalcontact/transfer_result'
  const input = { handover_userid: pair.handoverUserid, takeover_userid: pair.takeoverUserid }
  const rows: ResultRow[] = []
  for await (const page of client.paginate(path, input, (b) => b.customer)) {
    for (const c of page.items) {
      rows.push({
        externalUserid: c.external_userid,
        status: c.status,
        takeoverAt: c.takeover_time * 1000
      })
    }
  }
  return rows
}
