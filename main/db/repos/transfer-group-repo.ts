import type { Db } from '../connection'
import type {
  GroupTransferPhase,
  GroupTransferRow
} from '../../../preload/contract/handover-models'
import type { TransferKind } from '../../domain/handover/transfer-kind'

export type { GroupTransferPhase, GroupTransferRow }

export interface QueuedGroupTransfer {
  kind: TransferKind
  batchId: string
  handoverUserid: string
  takeoverUserid: string
  chatId: string
  requestedAt: number
}

interface GroupTransferRecord {
  id: number
  kind: TransferKind
  batch_id: string
  handover_userid: string
  takeover_userid: string
  chat_id: string
  requested_at: number
  phase: GroupTransferPhase
  errcode: number | null
  errmsg: string | null
}

const toRow = (r: GroupTransferRecord): GroupTransferRow => ({
  id: r.id,
  kind: r.kind,
  batchId: r.batch_id,
  handoverUserid: r.handover_userid,
  takeoverUserid: r.takeover_userid,
  chatId: r.chat_id,
  requestedAt: r.requested_at,
  phase: r.phase,
  errcode: r.errcode,
  errmsg: r.errmsg
})

/** All SQL for group_transfer, the group half of the transfer ledger. Joins the caller's transaction. */
export function createTransferGroupRepo(db: Db) {
  const insert = db.prepare<QueuedGroupTransfer>(
    `INSERT INTO group_transfer (kind, batch_id, handover_userid, takeover_userid, chat_id, requested_at)
     VALUES (@kind, @batchId, @handoverUserid, @takeoverUserid, @chatId, @requestedAt)`
  )
  const byBatch = db.prepare<[string], GroupTransferRecord>(
    `SELECT * FROM group_transfer WHERE batch_id = ? ORDER BY chat_id`
  )
  const markSending = db.prepare<[number, string]>(
    `UPDATE group_transfer SET phase = 'sending', sent_at = ? WHERE batch_id = ? AND phase = 'queued'`
  )
  const finish = db.prepare<{
    batchId: string
    chatId: string
    errcode: number | null
    errmsg: string | null
  }>(
    `UPDATE group_transfer SET errcode = @errcode, errmsg = @errmsg,
       phase = CASE WHEN @errcode IS NULL THEN 'done' ELSE 'failed' END
     WHERE batch_id = @batchId AND chat_id = @chatId AND phase = 'sending'`
  )
  const requeue = db.prepare<[string]>(
    `UPDATE group_transfer SET phase = 'queued', sent_at = NULL WHERE batch_id = ? AND phase = 'sending'`
  )
  const forHandover = db.prepare<[string], GroupTransferRecord>(
    `SELECT * FROM group_transfer WHERE handover_userid = ? ORDER BY requested_at DESC, chat_id`
  )
  return {
    insertQueued: (t: QueuedGroupTransfer) => void insert.run(t),
    byBatch: (batchId: string): GroupTransferRow[] => byBatch.all(batchId).map(toRow),
    markSending: (batchId: string, at: number) => markSending.run(at, batchId).changes,
    /** Every chat of the batch is done unless it is in `failed` (failed_chat_list). */
    recordResult(
      batchId: string,
      chatIds: readonly string[],
      failed: ReadonlyMap<string, { errcode: number; errmsg: string }>
    ) {
      for (const chatId of chatIds) {
        const f = failed.get(chatId)
        finish.run({ batchId, chatId, errcode: f ? f.errcode : null, errmsg: f ? f.errmsg : null })
      }
    },
    requeueBatch: (batchId: string) => requeue.run(batchId).changes,
    forHandover: (handoverUserid: string): GroupTransferRow[] =>
      forHandover.all(handoverUserid).map(toRow)
  }
}
export type TransferGroupRepo = ReturnType<typeof createTransferGroupRepo>
