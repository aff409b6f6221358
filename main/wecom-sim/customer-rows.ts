/**
 * Customers and follow relations as WeCom shows them, read with indexed queries only: a page of
 * one member's relations is a range of follow_relation's primary key, so serving a page costs
 * the same at 5 000 or 5 000 000 relations.
 */
import type { Db } from '../db/connection'
import { stableHash } from './sim-schema'

export interface RelationRow {
  userid: string
  external_userid: string
  remark: string | null
  add_way: number
  created_at: number
  state: string | null
  name: string
  type: number
  gender: number
  corp_name: string | null
  unionid: string | null
}

export interface FollowTag {
  group_name: string
  tag_name: string
  tag_id: string
}

const RELATION_COLUMNS = `f.userid, f.external_userid, f.remark, f.add_way, f.created_at, f.state,
  c.name, c.type, c.gender, c.corp_name, c.unionid`

export class CustomerRows {
  private readonly byMember
  private readonly byCustomer
  private readonly tagIdsInRange
  private readonly tagsOfRelation
  private readonly customer

  constructor(db: Db) {
    this.byMember = db.prepare<[string, string, number], RelationRow>(
      `SELECT ${RELATION_COLUMNS} FROM follow_relation f
       JOIN external_contact c ON c.external_userid = f.external_userid
       WHERE f.userid = ? AND f.external_userid > ? AND f.removed_at IS NULL
         AND c.removed_at IS NULL
       ORDER BY f.external_userid LIMIT ?`
    )
    this.byCustomer = db.prepare<[string, string, number], RelationRow>(
      `SELECT ${RELATION_COLUMNS} FROM follow_relation f
       JOIN external_contact c ON c.external_userid = f.external_userid
       JOIN member m ON m.userid = f.userid
       WHERE f.external_userid = ? AND f.userid > ? AND f.removed_at IS NULL AND m.status <> 5
       ORDER BY f.userid LIMIT ?`
    )
    this.tagIdsInRange = db.prepare<
      [string, string, string],
      { external_userid: string; tag_id: string }
    >(
      `SELECT external_userid, tag_id FROM follow_relation_tag
       WHERE userid = ? AND external_userid BETWEEN ? AND ? ORDER BY external_userid, tag_id`
    )
    this.tagsOfRelation = db.prepare<[string, string], FollowTag>(
      `SELECT g.name AS group_name, t.name AS tag_name, t.tag_id FROM follow_relation_tag r
       JOIN corp_tag t ON t.tag_id = r.tag_id JOIN corp_tag_group g ON g.group_id = t.group_id
       WHERE r.userid = ? AND r.external_userid = ? AND t.removed_at IS NULL
       ORDER BY g.sort_order DESC, t.sort_order DESC`
    )
    this.customer = db.prepare<[string], RelationRow>(
      `SELECT '' AS userid, external_userid, NULL AS remark, 0 AS add_way, 0 AS created_at,
         NULL AS state, name, type, gender, corp_name, unionid
       FROM external_contact WHERE external_userid = ? AND removed_at IS NULL`
    )
  }

  /** One member's relations after `afterExternal`, in primary-key order. */
  ofMember(userid: string, afterExternal: string, limit: number): RelationRow[] {
    return this.byMember.all(userid, afterExternal, limit)
  }

  /** Followers of a customer after `afterUserid` (departed members are not followers any more). */
  followersOf(externalUserid: string, afterUserid: string, limit: number): RelationRow[] {
    return this.byCustomer.all(externalUserid, afterUserid, limit)
  }

  findCustomer(externalUserid: string): RelationRow | undefined {
    return this.customer.get(externalUserid)
  }

  /** tag_id[] per customer for a run of one member's relations, in one range query. */
  tagIds(userid: string, rows: readonly RelationRow[]): Map<string, string[]> {
    const map = new Map<string, string[]>()
    const first = rows[0]
    const last = rows.at(-1)
    if (!first || !last) return map
    for (const { external_userid, tag_id } of this.tagIdsInRange.all(
      userid,
      first.external_userid,
      last.external_userid
    )) {
      const list = map.get(external_userid) ?? []
      list.push(tag_id)
      map.set(external_userid, list)
    }
    return map
  }

  tagsOf(userid: string, externalUserid: string): FollowTag[] {
    return this.tagsOfRelation.all(userid, externalUserid)
  }
}

/** Real WeChat customers (type 1) carry no position, corp names or unionid (observed). */
export function externalContactJson(row: RelationRow): Record<string, unknown> {
  const avatar = `http://wx.qlogo.cn/mmhead/${stableHash(row.external_userid).toString(36)}/0`
  const corp =
    row.type === 2 && row.corp_name
      ? { position: '', corp_name: row.corp_name, corp_full_name: row.corp_name }
      : {}
  return {
    external_userid: row.external_userid,
    name: row.name,
    type: row.type,
    avatar,
    gender: row.gender,
    ...corp,
    ...(row.unionid ? { unionid: row.unionid } : {})
  }
}

/** The follow fields shared by batch/get_by_user's follow_info and get's follow_user[]. */
export function followJson(row: RelationRow): Record<string, unknown> {
  return {
    userid: row.userid,
    remark: row.remark ?? '',
    description: '',
    createtime: Math.floor(row.created_at / 1000),
    remark_mobiles: [],
    // add_way 0 (unknown source) comes without oper_userid (observed)
    ...(row.add_way === 0 ? {} : { oper_userid: row.userid }),
    add_way: row.add_way,
    ...(row.state ? { state: row.state } : {})
  }
}
