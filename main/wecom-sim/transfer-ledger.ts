/**
 * The server's record of customer transfers (离职继承 / 在职继承) and the 24-hour takeover
 * clock. A request that passes the checks is stored as 2 等待接替 with takeover_at = requested +
 * 24 h; when the sim clock passes takeover_at it settles:
 *   1 接替完毕  the follow relation (remark, tags) moves to the takeover; the handover keeps nothing
 *   3 客户拒绝  in-service: the customer stays with the handover; resigned: the customer is lost
 *   4 接替成员客户达到上限  the takeover is at its customer cap; nothing moves
 *   5 无接替记录  in-service only: the handover no longer follows the customer (deleted meanwhile)
 * Settling is lazy (before each request and on advance()), via a partial index on pending rows.
 */
import { stableHash } from './sim-schema'
import type { SimState } from './state'

export type TransferKind = 'resigned' | 'onjob'

interface PendingRow {
  id: number
  kind: TransferKind
  handover_userid: string
  takeover_userid: string
  external_userid: string
  takeover_at: number
}

export interface TransferStatusRow {
  id: number
  external_userid: string
  status: number
  takeover_at: number
}

const NINETY_DAYS = 90 * 86_400_000
const SETTLE_BATCH = 1000

export class TransferLedger {
  private readonly stmts
  /** Earliest pending takeover_at; -Infinity = not known yet. */
  private nextDue = Number.NEGATIVE_INFINITY

  constructor(private readonly sim: SimState) {
    const db = sim.db
    this.stmts = {
      pending: db
        .prepare<[string, string], number>(
          `SELECT 1 FROM sim_transfer
           WHERE handover_userid = ? AND external_userid = ? AND status = 2`
        )
        .pluck(),
      onjobSince: db
        .prepare<[string, number], number>(
          `SELECT count(*) FROM sim_transfer
           WHERE external_userid = ? AND kind = 'onjob' AND requested_at > ?`
        )
        .pluck(),
      insert: db.prepare(
        `INSERT INTO sim_transfer (kind, handover_userid, takeover_userid, external_userid,
           requested_at, takeover_at) VALUES (?, ?, ?, ?, ?, ?)`
      ),
      page: db.prepare<[TransferKind, string, string, number, number], TransferStatusRow>(
        `SELECT t.id, t.external_userid, t.status, t.takeover_at FROM sim_transfer t
         WHERE t.kind = ? AND t.handover_userid = ? AND t.takeover_userid = ? AND t.id > ?
           AND NOT EXISTS (SELECT 1 FROM sim_transfer n
             WHERE n.external_userid = t.external_userid AND n.kind = t.kind
               AND n.handover_userid = t.handover_userid
               AND n.takeover_userid = t.takeover_userid AND n.id > t.id)
         ORDER BY t.id LIMIT ?`
      ),
      due: db.prepare<[number, number], PendingRow>(
        `SELECT id, kind, handover_userid, takeover_userid, external_userid, takeover_at
         FROM sim_transfer WHERE status = 2 AND takeover_at <= ?
         ORDER BY takeover_at, id LIMIT ?`
      ),
      firstDue: db
        .prepare<[], number | null>('SELECT min(takeover_at) FROM sim_transfer WHERE status = 2')
        .pluck(),
      settle: db.prepare('UPDATE sim_transfer SET status = ?, settled_at = ? WHERE id = ?'),
      follows: db
        .prepare<[string, string], number>(
          'SELECT 1 FROM follow_relation WHERE userid = ? AND external_userid = ?'
        )
        .pluck(),
      refused: db
        .prepare<[string], number>('SELECT 1 FROM sim_refusal WHERE external_userid = ?')
        .pluck(),
      customerCount: db
        .prepare<[string], number>('SELECT count(*) FROM follow_relation WHERE userid = ?')
        .pluck(),
      capOf: db
        .prepare<[string], number | null>(
          'SELECT customer_cap FROM sim_member_extra WHERE userid = ?'
        )
        .pluck(),
      copyRelation: db.prepare(
        `INSERT OR IGNORE INTO follow_relation (userid, external_userid, remark, add_way,
           created_at, state, synced_at)
         SELECT ?, external_userid, remark, add_way, ?, state, ? FROM follow_relation
         WHERE userid = ? AND external_userid = ?`
      ),
      copyTags: db.prepare(
        `INSERT OR IGNORE INTO follow_relation_tag (userid, external_userid, tag_id)
         SELECT ?, external_userid, tag_id FROM follow_relation_tag
         WHERE userid = ? AND external_userid = ?`
      ),
      dropTags: db.prepare(
        'DELETE FROM follow_relation_tag WHERE userid = ? AND external_userid = ?'
      ),
      dropRelation: db.prepare(
        'DELETE FROM follow_relation WHERE userid = ? AND external_userid = ?'
      )
    }
  }

  isPending(handover: string, externalUserid: string): boolean {
    return this.stmts.pending.get(handover, externalUserid) !== undefined
  }

  /** In-service transfers of this customer in the last 90 days (doc 96325: at most 2). */
  onjobTransfersInNinetyDays(externalUserid: string): number {
    const since = this.sim.now() - NINETY_DAYS
    return this.stmts.onjobSince.get(externalUserid, since) ?? 0
  }

  request(kind: TransferKind, handover: string, takeover: string, externalUserid: string): void {
    const now = this.sim.now()
    const at = now + this.sim.settings.takeoverDelayMs
    this.stmts.insert.run(kind, handover, takeover, externalUserid, now, at)
    this.nextDue = Math.min(this.nextDue, at)
  }

  /** The latest record per customer for this pair, after record id `afterId`. */
  page(kind: TransferKind, handover: string, takeover: string, afterId: number, limit: number) {
    return this.stmts.page.all(kind, handover, takeover, afterId, limit)
  }

  /**
   * Settles every transfer due by now; returns how many settled. Runs before every request, so
   * it returns at once while nothing is due.
   */
  settleDue(): number {
    const now = this.sim.now()
    if (this.nextDue === Number.NEGATIVE_INFINITY)
      this.nextDue = this.stmts.firstDue.get() ?? Infinity
    if (now < this.nextDue) return 0
    let settled = 0
    for (;;) {
      const due = this.stmts.due.all(now, SETTLE_BATCH)
      if (due.length === 0) {
        this.nextDue = this.stmts.firstDue.get() ?? Infinity
        return settled
      }
      this.sim.db.transaction(() => {
        for (const row of due) this.settle(row)
      })()
      settled += due.length
    }
  }

  private settle(row: PendingRow): void {
    const status = this.outcome(row)
    const { handover_userid: handover, takeover_userid: takeover, external_userid: ext } = row
    if (status === 1) this.move(handover, takeover, ext, row.takeover_at)
    // A resigned customer who refuses is lost: the departed member's relation goes too.
    if (status === 3 && row.kind === 'resigned') this.drop(handover, ext)
    this.stmts.settle.run(status, row.takeover_at, row.id)
  }

  private outcome(row: PendingRow): number {
    const { handover_userid: handover, takeover_userid: takeover, external_userid: ext } = row
    if (this.stmts.follows.get(handover, ext) === undefined) {
      return row.kind === 'onjob' ? 5 : 3
    }
    if (this.refuses(ext)) return 3
    const already = this.stmts.follows.get(takeover, ext) !== undefined
    const cap = this.stmts.capOf.get(takeover) ?? this.sim.settings.customerCap
    if (!already && (this.stmts.customerCount.get(takeover) ?? 0) >= cap) return 4
    return 1
  }

  /** Scripted refusals (sim_refusal) or a seeded share of customers (refusalRate). */
  private refuses(externalUserid: string): boolean {
    if (this.stmts.refused.get(externalUserid) !== undefined) return true
    const rate = this.sim.settings.refusalRate
    return rate > 0 && stableHash(externalUserid, this.sim.seed) / 2 ** 32 < rate
  }

  private move(handover: string, takeover: string, ext: string, at: number): void {
    this.stmts.copyRelation.run(takeover, at, this.sim.now(), handover, ext)
    this.stmts.copyTags.run(takeover, handover, ext)
    this.drop(handover, ext)
  }

  private drop(userid: string, ext: string): void {
    this.stmts.dropTags.run(userid, ext)
    this.stmts.dropRelation.run(userid, ext)
  }
}
