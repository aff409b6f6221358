/**
 * The customers entity's row writes, prepared once per job: a full sync writes each of up to
 * millions of relations here. The same rows and end state as the customer repo's per-row
 * upserts, two differences measured at 1M relations (tests/bench/sync.bench.ts):
 * - a customer with several followers comes back once per follower; the upsert leaves a row
 *   already written by this run with these values alone instead of rewriting it and its name
 *   index entry (~a quarter of the customer rows; a third of the write time before);
 * - values bind by position: no parameter object per statement;
 * - a chunk of follow users with no tag rows yet (a first sync) skips the per-pair delete of old
 *   tags, which would find nothing: a pair comes once per chunk's pages, so nothing this run
 *   wrote for the chunk can be stale (~1 M fewer B-tree probes at 1 M relations).
 * Like the repo, it opens no transactions: the runner commits a batch with its checkpoint.
 */
import type { Db } from '../../db/connection'
import type { WecomExternalContactRowDto } from '../../wecom/dto/external-contact'

export function createCustomerWrites(db: Db, run: number) {
  const contact = db.prepare<unknown[]>(
    `INSERT INTO external_contact (external_userid, name, type, gender, corp_name, unionid,
       removed_at, synced_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
     ON CONFLICT (external_userid) DO UPDATE SET name = excluded.name, type = excluded.type,
       gender = excluded.gender, corp_name = excluded.corp_name, unionid = excluded.unionid,
       removed_at = NULL, synced_at = excluded.synced_at
     WHERE (name, type, gender, corp_name, unionid, removed_at, synced_at)
       IS NOT (excluded.name, excluded.type, excluded.gender, excluded.corp_name,
         excluded.unionid, NULL, excluded.synced_at)`
  )
  const relation = db.prepare<unknown[]>(
    `INSERT INTO follow_relation (userid, external_userid, remark, add_way, created_at, state,
       removed_at, synced_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
     ON CONFLICT (userid, external_userid) DO UPDATE SET remark = excluded.remark,
       add_way = excluded.add_way, created_at = excluded.created_at, state = excluded.state,
       removed_at = NULL, synced_at = excluded.synced_at`
  )
  const clearTags = db.prepare<[string, string]>(
    'DELETE FROM follow_relation_tag WHERE userid = ? AND external_userid = ?'
  )
  const addTag = db.prepare<[string, string, string]>(
    `INSERT INTO follow_relation_tag (userid, external_userid, tag_id) VALUES (?, ?, ?)
     ON CONFLICT DO NOTHING`
  )

  const anyTag = db.prepare<[string], number>(
    'SELECT 1 FROM follow_relation_tag WHERE userid = ? LIMIT 1'
  )

  /** True when none of these follow users has a tag row: replacing their tags deletes nothing. */
  function untagged(userids: readonly string[]): boolean {
    return userids.every((u) => anyTag.pluck().get(u) === undefined)
  }

  /**
   * One batch/get_by_user row: the customer, the relation, and the pair's tags replaced
   * (`clearOld` false when the pair can have no tags yet).
   */
  function write(row: WecomExternalContactRowDto, userid: string, clearOld = true): void {
    const c = row.external_contact
    const f = row.follow_info
    const id = c.external_userid
    contact.run(id, c.name, c.type, c.gender ?? 0, c.corp_name || null, c.unionid || null, run)
    const createdAt = f.createtime * 1000
    relation.run(userid, id, f.remark || null, f.add_way ?? 0, createdAt, f.state || null, run)
    if (clearOld) clearTags.run(userid, id)
    for (const tagId of f.tag_id) addTag.run(userid, id, tagId)
  }

  return { write, untagged }
}
export type CustomerWrites = ReturnType<typeof createCustomerWrites>
