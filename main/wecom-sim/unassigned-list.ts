/**
 * get_unassigned_list's rows: relations of departed members (status 5) that are not already in
 * a pending transfer. Walked member by member in userid order, each member's customers as a
 * range of follow_relation's primary key, so a page never sorts more than it returns; a
 * departed member who has only groups is absent (community answer, spec §1.5).
 */
import type { Db } from '../db/connection'

export interface UnassignedRow {
  userid: string
  external_userid: string
  dimission_time: number
}

export interface UnassignedPage {
  readonly rows: UnassignedRow[]
  /** Keyset position of the last row when more follow, else null. */
  readonly next: [string, string] | null
}

const UNTRANSFERRED = `f.removed_at IS NULL AND NOT EXISTS (SELECT 1 FROM sim_transfer t
  WHERE t.handover_userid = f.userid AND t.external_userid = f.external_userid AND t.status = 2)`

export class UnassignedList {
  private readonly departed
  private readonly after
  private readonly count

  constructor(db: Db) {
    this.departed = db.prepare<[string], { userid: string; dimission_time: number }>(
      `SELECT m.userid, coalesce(x.dimission_time, 0) AS dimission_time FROM member m
       LEFT JOIN sim_member_extra x ON x.userid = m.userid
       WHERE m.status = 5 AND m.userid >= ? ORDER BY m.userid`
    )
    this.after = db
      .prepare<[string, string, number], string>(
        `SELECT f.external_userid FROM follow_relation f
         WHERE f.userid = ? AND f.external_userid > ? AND ${UNTRANSFERRED}
         ORDER BY f.external_userid LIMIT ?`
      )
      .pluck()
    this.count = db
      .prepare<[string], number>(
        `SELECT count(*) FROM follow_relation f WHERE f.userid = ? AND ${UNTRANSFERRED}`
      )
      .pluck()
  }

  /**
   * From keyset `position` (cursor) or, for the legacy page_id paging, after skipping `skip`
   * rows; `size` rows at most.
   */
  page(position: (string | number)[] | null, skip: number, size: number): UnassignedPage {
    const [fromUser, fromExternal] = position ? position.map(String) : ['', '']
    const rows: UnassignedRow[] = []
    let toSkip = skip
    for (const member of this.departed.all(fromUser ?? '')) {
      let after = member.userid === fromUser ? (fromExternal ?? '') : ''
      if (toSkip > 0) {
        const total = this.count.get(member.userid) ?? 0
        if (total <= toSkip) {
          toSkip -= total
          continue
        }
        const skipped = this.after.all(member.userid, after, toSkip)
        after = skipped.at(-1) ?? after
        toSkip = 0
      }
      const ids = this.after.all(member.userid, after, size + 1 - rows.length)
      for (const external_userid of ids) {
        rows.push({ userid: member.userid, external_userid, dimission_time: member.dimission_time })
      }
      if (rows.length > size) break
    }
    const shown = rows.slice(0, size)
    const last = shown.at(-1)
    const next: [string, string] | null =
      rows.length > size && last ? [last.userid, last.external_userid] : null
    return { rows: shown, next }
  }
}
