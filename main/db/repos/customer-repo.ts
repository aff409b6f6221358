import type { Db } from '../connection'

export interface ExternalContactWrite {
  external_userid: string
  name: string
  type: number
  gender: number
  corp_name: string | null
  unionid: string | null
}

export interface FollowRelationWrite {
  userid: string
  external_userid: string
  remark: string | null
  add_way: number
  created_at: number
  state: string | null
}

export interface TagGroupWrite {
  group_id: string
  name: string
  sort_order: number
  deleted: boolean
}

export interface TagWrite extends TagGroupWrite {
  tag_id: string
}

export interface GroupChatWrite {
  chat_id: string
  name: string
  owner: string
  member_count: number
  status: number
  created_at: number
}

type Sweep = { run: number; now: number }

/**
 * Sync's writes to customers, follow relations and their tags, corp tags and customer groups.
 * Idempotent upserts stamped with the run's epoch; rows not seen by a completed run get
 * removed_at (never deleted), and a row seen again is live again. Opens no transactions.
 */
export function createCustomerRepo(db: Db) {
  const upsertContact = db.prepare<ExternalContactWrite & { run: number }>(
    `INSERT INTO external_contact (external_userid, name, type, gender, corp_name, unionid,
       removed_at, synced_at)
     VALUES (@external_userid, @name, @type, @gender, @corp_name, @unionid, NULL, @run)
     ON CONFLICT (external_userid) DO UPDATE SET name = excluded.name, type = excluded.type,
       gender = excluded.gender, corp_name = excluded.corp_name, unionid = excluded.unionid,
       removed_at = NULL, synced_at = excluded.synced_at`
  )
  const upsertRelation = db.prepare<FollowRelationWrite & { run: number }>(
    `INSERT INTO follow_relation (userid, external_userid, remark, add_way, created_at, state,
       removed_at, synced_at)
     VALUES (@userid, @external_userid, @remark, @add_way, @created_at, @state, NULL, @run)
     ON CONFLICT (userid, external_userid) DO UPDATE SET remark = excluded.remark,
       add_way = excluded.add_way, created_at = excluded.created_at, state = excluded.state,
       removed_at = NULL, synced_at = excluded.synced_at`
  )
  const deleteRelationTags = db.prepare<[string, string]>(
    'DELETE FROM follow_relation_tag WHERE userid = ? AND external_userid = ?'
  )
  const insertRelationTag = db.prepare<[string, string, string]>(
    `INSERT INTO follow_relation_tag (userid, external_userid, tag_id) VALUES (?, ?, ?)
     ON CONFLICT DO NOTHING`
  )
  const sweepContacts = db.prepare<Sweep>(
    `UPDATE external_contact SET removed_at = @now
     WHERE removed_at IS NULL AND synced_at IS NOT @run`
  )
  const sweepRelations = db.prepare<Sweep>(
    `UPDATE follow_relation SET removed_at = @now
     WHERE removed_at IS NULL AND synced_at IS NOT @run`
  )
  const upsertTagGroup = db.prepare<TagGroupWrite & { now: number; isDeleted: number }>(
    `INSERT INTO corp_tag_group (group_id, name, sort_order, removed_at)
     VALUES (@group_id, @name, @sort_order, CASE WHEN @isDeleted THEN @now END)
     ON CONFLICT (group_id) DO UPDATE SET name = excluded.name, sort_order = excluded.sort_order,
       removed_at = CASE WHEN @isDeleted THEN coalesce(corp_tag_group.removed_at, @now) END`
  )
  const upsertTag = db.prepare<TagWrite & { now: number; isDeleted: number }>(
    `INSERT INTO corp_tag (tag_id, group_id, name, sort_order, removed_at)
     VALUES (@tag_id, @group_id, @name, @sort_order, CASE WHEN @isDeleted THEN @now END)
     ON CONFLICT (tag_id) DO UPDATE SET group_id = excluded.group_id, name = excluded.name,
       sort_order = excluded.sort_order,
       removed_at = CASE WHEN @isDeleted THEN coalesce(corp_tag.removed_at, @now) END`
  )
  const sweepTagGroups = db.prepare<{ seen: string; now: number }>(
    `UPDATE corp_tag_group SET removed_at = @now WHERE removed_at IS NULL
       AND group_id NOT IN (SELECT value FROM json_each(@seen))`
  )
  const sweepTags = db.prepare<{ seen: string; now: number }>(
    `UPDATE corp_tag SET removed_at = @now WHERE removed_at IS NULL
       AND tag_id NOT IN (SELECT value FROM json_each(@seen))`
  )

  return {
    upsertContact: (c: ExternalContactWrite, run: number) => void upsertContact.run({ ...c, run }),
    upsertRelation: (r: FollowRelationWrite, run: number) => void upsertRelation.run({ ...r, run }),
    /** WeCom's tag list of one (follower, customer) pair replaces the cached one. */
    replaceRelationTags(userid: string, externalUserid: string, tagIds: readonly string[]): void {
      deleteRelationTags.run(userid, externalUserid)
      for (const tagId of tagIds) insertRelationTag.run(userid, externalUserid, tagId)
    },
    sweepCustomers: (run: number, now: number) =>
      sweepRelations.run({ run, now }).changes + sweepContacts.run({ run, now }).changes,
    upsertTagGroup: (g: TagGroupWrite, now: number) =>
      void upsertTagGroup.run({ ...g, now, isDeleted: g.deleted ? 1 : 0 }),
    upsertTag: (t: TagWrite, now: number) =>
      void upsertTag.run({ ...t, now, isDeleted: t.deleted ? 1 : 0 }),
    /** Groups and tags WeCom no longer lists get removed_at. */
    sweepTags(seenGroups: readonly string[], seenTags: readonly string[], now: number): number {
      const groups = sweepTagGroups.run({ seen: JSON.stringify(seenGroups), now }).changes
      return groups + sweepTags.run({ seen: JSON.stringify(seenTags), now }).changes
    }
  }
}
export type CustomerRepo = ReturnType<typeof createCustomerRepo>
