/**
 * The WeCom-mirrored data as two row sets that must agree after a full sync: what the
 * simulator's truth shows to an app token that sees the whole corp, and what the cache holds
 * live. Differences the wire imposes are applied to the truth side: departed members (status 5)
 * and their relations are not listed, the app token gets no mobile or gender, '' reads as
 * absent, times travel in whole seconds.
 */
import type { Db } from '../../../main/db/connection'

type Rows = unknown[][]

const ACTIVE_FOLLOWER = `m.status <> 5 AND m.removed_at IS NULL AND m.is_follow_user = 1
  AND f.removed_at IS NULL AND c.removed_at IS NULL`

const TRUTH: Record<string, string> = {
  department: `SELECT id, name, parent_id, sort_order FROM department WHERE removed_at IS NULL
    ORDER BY id`,
  member: `SELECT m.userid, m.name, m.status,
      coalesce(m.main_department, (SELECT min(department_id) FROM member_department d
        WHERE d.userid = m.userid)), nullif(m.position, ''), m.is_follow_user
    FROM member m WHERE m.status <> 5 AND m.removed_at IS NULL ORDER BY m.userid`,
  member_department: `SELECT d.userid, d.department_id, d.is_leader FROM member_department d
    JOIN member m USING (userid) WHERE m.status <> 5 AND m.removed_at IS NULL
    ORDER BY d.userid, d.department_id`,
  external_contact: `SELECT DISTINCT c.external_userid, c.name, c.type, c.gender,
      CASE WHEN c.type = 2 THEN nullif(c.corp_name, '') END, nullif(c.unionid, '')
    FROM external_contact c JOIN follow_relation f USING (external_userid)
    JOIN member m ON m.userid = f.userid WHERE ${ACTIVE_FOLLOWER} ORDER BY c.external_userid`,
  follow_relation: `SELECT f.userid, f.external_userid, nullif(f.remark, ''), f.add_way,
      (f.created_at / 1000) * 1000, nullif(f.state, '')
    FROM follow_relation f JOIN external_contact c USING (external_userid)
    JOIN member m ON m.userid = f.userid WHERE ${ACTIVE_FOLLOWER}
    ORDER BY f.userid, f.external_userid`,
  follow_relation_tag: `SELECT t.userid, t.external_userid, t.tag_id FROM follow_relation_tag t
    JOIN follow_relation f USING (userid, external_userid)
    JOIN external_contact c ON c.external_userid = f.external_userid
    JOIN member m ON m.userid = f.userid WHERE ${ACTIVE_FOLLOWER}
    ORDER BY t.userid, t.external_userid, t.tag_id`,
  corp_tag_group: `SELECT group_id, name, sort_order FROM corp_tag_group WHERE removed_at IS NULL
    ORDER BY group_id`,
  corp_tag: `SELECT tag_id, group_id, name, sort_order FROM corp_tag WHERE removed_at IS NULL
    ORDER BY tag_id`,
  group_chat: `SELECT chat_id, name, owner, status, (created_at / 1000) * 1000 FROM group_chat
    WHERE removed_at IS NULL ORDER BY chat_id`
}

const CACHE: Record<string, string> = {
  department: `SELECT id, name, parent_id, sort_order FROM department WHERE removed_at IS NULL
    ORDER BY id`,
  member: `SELECT userid, name, status, main_department, position, is_follow_user FROM member
    WHERE removed_at IS NULL ORDER BY userid`,
  member_department: `SELECT d.userid, d.department_id, d.is_leader FROM member_department d
    JOIN member m USING (userid) WHERE m.removed_at IS NULL ORDER BY d.userid, d.department_id`,
  external_contact: `SELECT external_userid, name, type, gender, corp_name, unionid
    FROM external_contact WHERE removed_at IS NULL ORDER BY external_userid`,
  follow_relation: `SELECT userid, external_userid, remark, add_way, created_at, state
    FROM follow_relation WHERE removed_at IS NULL ORDER BY userid, external_userid`,
  follow_relation_tag: `SELECT t.userid, t.external_userid, t.tag_id FROM follow_relation_tag t
    JOIN follow_relation f USING (userid, external_userid) WHERE f.removed_at IS NULL
    ORDER BY t.userid, t.external_userid, t.tag_id`,
  corp_tag_group: TRUTH.corp_tag_group!,
  corp_tag: TRUTH.corp_tag!,
  group_chat: `SELECT chat_id, name, owner, status, created_at FROM group_chat
    WHERE removed_at IS NULL ORDER BY chat_id`
}

export const MIRRORED_TABLES = Object.keys(TRUTH)

export function truthView(simDb: Db, table: string): Rows {
  return simDb.prepare(TRUTH[table]!).raw().all() as Rows
}

export function cacheView(cache: Db, table: string): Rows {
  return cache.prepare(CACHE[table]!).raw().all() as Rows
}

/**
 * HQ's organisation as department ids, which both sides share: stores with their region's
 * department, and each active member's stores with their role.
 */
export function orgView(db: Db, activeOnly: string) {
  const stores = db
    .prepare(
      `SELECT s.department_id, s.name, r.department_id FROM store s JOIN region r ON r.id = s.region_id
       WHERE s.removed_at IS NULL ORDER BY s.department_id`
    )
    .raw()
    .all()
  const guides = db
    .prepare(
      `SELECT g.userid, s.department_id, g.role FROM guide_store g JOIN store s ON s.id = g.store_id
       JOIN member m ON m.userid = g.userid WHERE ${activeOnly} ORDER BY g.userid, s.department_id`
    )
    .raw()
    .all()
  return { stores, guides }
}
