import type { Db } from '../connection'
import type { MemberStatus, TakeoverCandidate } from '../../domain/handover/takeover-candidate'

interface MemberRecord {
  userid: string
  name: string
  status: number
  is_follow_user: number
  removed_at: number | null
  store_ids: string
  region_ids: string
}

interface CandidateRecord extends MemberRecord {
  customer_count: number
  group_count: number
}

export interface HandoverMember {
  userid: string
  name: string
  /** 5 when WeCom no longer lists the member (left, or moved out of the visible range). */
  status: MemberStatus
  storeIds: string[]
  regionIds: string[]
}

const asStatus = (status: number, removedAt: number | null): MemberStatus =>
  removedAt !== null ? 5 : status === 2 || status === 4 || status === 5 ? status : 1
const ids = (json: string): string[] =>
  (JSON.parse(json) as (string | null)[]).filter((v): v is string => v !== null)

const MEMBER_COLUMNS = `m.userid, m.name, m.status, m.is_follow_user, m.removed_at,
  (SELECT json_group_array(gs.store_id) FROM guide_store gs WHERE gs.userid = m.userid) AS store_ids,
  (SELECT json_group_array(DISTINCT s.region_id) FROM guide_store gs JOIN store s ON s.id = gs.store_id
    WHERE gs.userid = m.userid) AS region_ids`

/**
 * The cache reads a handover needs: who the handover is and where they served, the colleagues of
 * those stores and regions with their current customer and group counts, and names for the ids
 * WeCom's transfer APIs return. Read-only.
 */
export function createHandoverRepo(db: Db) {
  const member = db.prepare<[string], MemberRecord>(
    `SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.userid = ?`
  )
  const candidates = db.prepare<{ stores: string; regions: string }, CandidateRecord>(
    `WITH pool AS (
       SELECT DISTINCT gs.userid FROM guide_store gs JOIN store s ON s.id = gs.store_id
       WHERE s.removed_at IS NULL AND (s.id IN (SELECT value FROM json_each(@stores))
         OR s.region_id IN (SELECT value FROM json_each(@regions))))
     SELECT ${MEMBER_COLUMNS},
       (SELECT count(*) FROM follow_relation f WHERE f.userid = m.userid AND f.removed_at IS NULL) AS customer_count,
       (SELECT count(*) FROM group_chat g WHERE g.owner = m.userid AND g.removed_at IS NULL) AS group_count
     FROM pool JOIN member m ON m.userid = pool.userid ORDER BY m.userid`
  )
  const names = db.prepare<[string], { userid: string; name: string }>(
    `SELECT userid, name FROM member WHERE userid IN (SELECT value FROM json_each(?))`
  )
  const customerNames = db.prepare<[string], { external_userid: string; name: string }>(
    `SELECT external_userid, name FROM external_contact WHERE external_userid IN (SELECT value FROM json_each(?))`
  )
  const followedBy = db.prepare<[string], { external_userid: string; name: string }>(
    `SELECT f.external_userid, coalesce(e.name, '') AS name FROM follow_relation f
     LEFT JOIN external_contact e ON e.external_userid = f.external_userid
     WHERE f.userid = ? AND f.removed_at IS NULL ORDER BY f.external_userid`
  )
  const groupsOf = db.prepare<[string], { chat_id: string; name: string }>(
    `SELECT chat_id, name FROM group_chat WHERE owner = ? AND removed_at IS NULL AND status <> 3 ORDER BY chat_id`
  )
  const groupOwners = db.prepare<[string], { chat_id: string; owner: string; name: string }>(
    `SELECT chat_id, owner, name FROM group_chat WHERE chat_id IN (SELECT value FROM json_each(?))`
  )
  const regionsOf = db
    .prepare<[string], string>(
      `SELECT DISTINCT region_id FROM store WHERE id IN (SELECT value FROM json_each(?)) ORDER BY region_id`
    )
    .pluck()
  const pendingGroups = db.prepare<[], { chat_id: string; owner: string; name: string }>(
    `SELECT chat_id, owner, name FROM group_chat WHERE status = 1 AND removed_at IS NULL ORDER BY chat_id`
  )

  return {
    member(userid: string): HandoverMember | null {
      const r = member.get(userid)
      if (!r) return null
      return {
        userid: r.userid,
        name: r.name,
        status: asStatus(r.status, r.removed_at),
        storeIds: ids(r.store_ids),
        regionIds: ids(r.region_ids)
      }
    },
    /**
     * Members of these stores, or of any store of these regions, as takeover candidates;
     * `capacityOf` supplies each one's cap (null = none).
     */
    candidates(
      storeIds: readonly string[],
      regionIds: readonly string[],
      capacityOf: (userid: string) => number | null
    ): TakeoverCandidate[] {
      return candidates
        .all({ stores: JSON.stringify(storeIds), regions: JSON.stringify(regionIds) })
        .map((r) => ({
          userid: r.userid,
          name: r.name,
          status: asStatus(r.status, r.removed_at),
          isFollowUser: r.is_follow_user === 1,
          // The cache holds what the app may see; a member outside the range is not synced at all.
          isVisible: r.removed_at === null ? true : null,
          storeIds: ids(r.store_ids),
          regionIds: ids(r.region_ids),
          customerCount: r.customer_count,
          groupCount: r.group_count,
          capacity: capacityOf(r.userid)
        }))
    },
    /** Regions of these stores. */
    regionsOf: (storeIds: readonly string[]): string[] => regionsOf.all(JSON.stringify(storeIds)),
    memberNames: (userids: readonly string[]): Map<string, string> =>
      new Map(names.all(JSON.stringify(userids)).map((r) => [r.userid, r.name])),
    customerNames: (externalUserids: readonly string[]): Map<string, string> =>
      new Map(
        customerNames.all(JSON.stringify(externalUserids)).map((r) => [r.external_userid, r.name])
      ),
    /** In-service handovers: the customers the member follows now. */
    customersOf: (userid: string) =>
      followedBy.all(userid).map((r) => ({ externalUserid: r.external_userid, name: r.name })),
    /** Groups the member owns that are not already inherited. */
    groupsOf: (userid: string) =>
      groupsOf.all(userid).map((r) => ({ chatId: r.chat_id, name: r.name })),
    groupOwners: (chatIds: readonly string[]) =>
      new Map(
        groupOwners
          .all(JSON.stringify(chatIds))
          .map((r) => [r.chat_id, { owner: r.owner, name: r.name }])
      ),
    /** Cached groups whose owner left (status 1 离职待继承): the fallback when the scan fails. */
    pendingGroups: () =>
      pendingGroups.all().map((r) => ({ chatId: r.chat_id, owner: r.owner, name: r.name }))
  }
}
export type HandoverRepo = ReturnType<typeof createHandoverRepo>
