import type { Db } from '../connection'
import type { LedgerEntry, LedgerPhase, LedgerUpdate } from '../../domain/handover/ledger-entry'
import {
  IN_SERVICE_BUDGET,
  asTransferStatus,
  type TransferKind
} from '../../domain/handover/transfer-kind'

interface TransferRecord {
  id: number
  kind: TransferKind
  batch_id: string
  handover_userid: string
  takeover_userid: string
  external_userid: string
  requested_at: number
  phase: LedgerPhase
  sent_at: number | null
  errcode: number | null
  status: number | null
  takeover_at: number | null
}

export interface QueuedTransfer {
  kind: TransferKind
  batchId: string
  handoverUserid: string
  takeoverUserid: string
  externalUserid: string
  requestedAt: number
}

export interface TransferPair {
  kind: TransferKind
  handoverUserid: string
  takeoverUserid: string
}

const COLUMNS = `id, kind, batch_id, handover_userid, takeover_userid, external_userid, requested_at,
  phase, sent_at, errcode, status, takeover_at`

/** Rebuilds the typed entry; the table's CHECKs guarantee the columns each phase needs. */
function toEntry(r: TransferRecord): LedgerEntry {
  const base = {
    id: r.id,
    kind: r.kind,
    batchId: r.batch_id,
    handoverUserid: r.handover_userid,
    takeoverUserid: r.takeover_userid,
    externalUserid: r.external_userid,
    requestedAt: r.requested_at
  }
  const sentAt = r.sent_at ?? r.requested_at
  switch (r.phase) {
    case 'queued':
      return { ...base, phase: 'queued' }
    case 'sending':
      return { ...base, phase: 'sending', sentAt }
    case 'waiting':
      return { ...base, phase: 'waiting', sentAt, takeoverAt: r.takeover_at }
    case 'rejected':
      return { ...base, phase: 'rejected', sentAt, errcode: r.errcode ?? -1 }
    case 'settled': {
      const status = asTransferStatus(r.status ?? 0)
      return {
        ...base,
        phase: 'settled',
        sentAt,
        status: status === null || status === 2 ? 5 : status,
        takeoverAt: r.takeover_at
      }
    }
  }
}

/**
 * All SQL for customer_transfer, the customer half of the transfer ledger. Writes join the
 * caller's transaction; `recordAcks` and `apply` are the only ways a row's phase moves.
 */
export function createTransferLedgerRepo(db: Db) {
  const insert = db.prepare<QueuedTransfer>(
    `INSERT INTO customer_transfer (kind, batch_id, handover_userid, takeover_userid,
       external_userid, requested_at)
     VALUES (@kind, @batchId, @handoverUserid, @takeoverUserid, @externalUserid, @requestedAt)`
  )
  const byBatch = db.prepare<[string], TransferRecord>(
    `SELECT ${COLUMNS} FROM customer_transfer WHERE batch_id = ? ORDER BY external_userid`
  )
  const markSending = db.prepare<[number, string]>(
    `UPDATE customer_transfer SET phase = 'sending', sent_at = ? WHERE batch_id = ? AND phase = 'queued'`
  )
  const ack = db.prepare<{
    batchId: string
    ext: string
    errcode: number
    status: number | null
    takeoverAt: number | null
  }>(
    `UPDATE customer_transfer SET errcode = @errcode, status = @status, takeover_at = @takeoverAt,
       phase = CASE WHEN @errcode = 0 THEN 'waiting' ELSE 'rejected' END
     WHERE batch_id = @batchId AND external_userid = @ext AND phase = 'sending'`
  )
  const requeue = db.prepare<[string]>(
    `UPDATE customer_transfer SET phase = 'queued', sent_at = NULL WHERE batch_id = ? AND phase = 'sending'`
  )
  const openPairs = db.prepare<
    [],
    { kind: TransferKind; handover_userid: string; takeover_userid: string }
  >(
    `SELECT DISTINCT kind, handover_userid, takeover_userid FROM customer_transfer
     WHERE phase IN ('sending', 'waiting') ORDER BY kind, handover_userid, takeover_userid`
  )
  const openForPair = db.prepare<[TransferKind, string, string], TransferRecord>(
    `SELECT ${COLUMNS} FROM customer_transfer
     WHERE kind = ? AND handover_userid = ? AND takeover_userid = ? AND phase IN ('sending', 'waiting')
     ORDER BY id`
  )
  const toWaiting = db.prepare<{ id: number; takeoverAt: number | null; at: number }>(
    `UPDATE customer_transfer SET phase = 'waiting', errcode = 0, status = 2,
       takeover_at = coalesce(@takeoverAt, takeover_at), checked_at = @at
     WHERE id = @id AND phase IN ('sending', 'waiting')`
  )
  const toSettled = db.prepare<{
    id: number
    status: number
    takeoverAt: number | null
    at: number
  }>(
    `UPDATE customer_transfer SET phase = 'settled', errcode = 0, status = @status,
       takeover_at = @takeoverAt, checked_at = @at
     WHERE id = @id AND phase IN ('sending', 'waiting')`
  )
  const toQueued = db.prepare<[number]>(
    `UPDATE customer_transfer SET phase = 'queued', sent_at = NULL WHERE id = ? AND phase = 'sending'`
  )
  const markChecked = db.prepare<{ at: number; kind: TransferKind; h: string; t: string }>(
    `UPDATE customer_transfer SET checked_at = @at WHERE kind = @kind AND handover_userid = @h
       AND takeover_userid = @t AND phase IN ('sending', 'waiting')`
  )
  const inTransfer = db
    .prepare<[string], string>(
      `SELECT DISTINCT external_userid FROM customer_transfer
       WHERE handover_userid = ? AND phase IN ('queued', 'sending', 'waiting')`
    )
    .pluck()
  // Every request that may have spent budget: all but the ones WeCom refused outright.
  const inServiceSince = db.prepare<
    [string, number],
    { external_userid: string; requested_at: number }
  >(
    `SELECT c.external_userid, c.requested_at FROM json_each(?) j
     JOIN customer_transfer c ON c.external_userid = j.value
     WHERE c.kind = 'in_service' AND c.phase <> 'rejected' AND c.requested_at > ?`
  )
  const forHandover = db.prepare<[string], TransferRecord>(
    `SELECT ${COLUMNS} FROM customer_transfer WHERE handover_userid = ? ORDER BY requested_at DESC, external_userid`
  )
  // The latest entry per customer of this handover: an earlier refusal re-planned since is history.
  const latestForHandover = db.prepare<[string], TransferRecord>(
    `SELECT ${COLUMNS} FROM customer_transfer c WHERE handover_userid = ?
       AND NOT EXISTS (SELECT 1 FROM customer_transfer n WHERE n.handover_userid = c.handover_userid
         AND n.external_userid = c.external_userid AND n.id > c.id)
     ORDER BY external_userid`
  )

  return {
    insertQueued: (t: QueuedTransfer) => void insert.run(t),
    byBatch: (batchId: string): LedgerEntry[] => byBatch.all(batchId).map(toEntry),
    /** Committed before the call: a crash after it leaves `sending`, i.e. outcome unknown. */
    markSending: (batchId: string, at: number) => markSending.run(at, batchId).changes,
    /** The call's per-customer errcodes; 0 = accepted and now waiting for the 24 h takeover. */
    recordAcks(
      batchId: string,
      acks: readonly { externalUserid: string; errcode: number; takeoverAt?: number | null }[]
    ) {
      for (const a of acks) {
        const accepted = a.errcode === 0
        ack.run({
          batchId,
          ext: a.externalUserid,
          errcode: a.errcode,
          status: accepted ? 2 : null,
          takeoverAt: accepted ? (a.takeoverAt ?? null) : null
        })
      }
    },
    /** The call surely did not reach WeCom (refused before sending): safe to send again. */
    requeueBatch: (batchId: string) => requeue.run(batchId).changes,
    openPairs: (): TransferPair[] =>
      openPairs
        .all()
        .map((r) => ({
          kind: r.kind,
          handoverUserid: r.handover_userid,
          takeoverUserid: r.takeover_userid
        })),
    openForPair: (p: TransferPair): LedgerEntry[] =>
      openForPair.all(p.kind, p.handoverUserid, p.takeoverUserid).map(toEntry),
    apply(updates: readonly LedgerUpdate[], at: number): number {
      let changed = 0
      for (const u of updates) {
        if (u.to === 'waiting')
          changed += toWaiting.run({ id: u.id, takeoverAt: u.takeoverAt, at }).changes
        else if (u.to === 'settled')
          changed += toSettled.run({
            id: u.id,
            status: u.status,
            takeoverAt: u.takeoverAt,
            at
          }).changes
        else changed += toQueued.run(u.id).changes
      }
      return changed
    },
    markChecked: (p: TransferPair, at: number) =>
      void markChecked.run({ at, kind: p.kind, h: p.handoverUserid, t: p.takeoverUserid }),
    inTransfer: (handoverUserid: string): Set<string> => new Set(inTransfer.all(handoverUserid)),
    /** Per customer, request times of in-service transfers that may count against the budget. */
    inServiceHistory(externalUserids: readonly string[], now: number): Map<string, number[]> {
      const history = new Map<string, number[]>()
      const rows = inServiceSince.all(
        JSON.stringify(externalUserids),
        now - IN_SERVICE_BUDGET.windowMs
      )
      for (const r of rows)
        history.set(r.external_userid, [...(history.get(r.external_userid) ?? []), r.requested_at])
      return history
    },
    forHandover: (handoverUserid: string): LedgerEntry[] =>
      forHandover.all(handoverUserid).map(toEntry),
    latestForHandover: (handoverUserid: string): LedgerEntry[] =>
      latestForHandover.all(handoverUserid).map(toEntry)
  }
}
export type TransferLedgerRepo = ReturnType<typeof createTransferLedgerRepo>
