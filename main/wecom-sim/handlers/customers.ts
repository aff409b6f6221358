/**
 * get_follow_user_list, externalcontact/list, get, and batch/get_by_user, the full-sync
 * workhorse: one row per (customer, follower), ≤100 members and ≤100 rows a call (doc 96316),
 * paged by a keyset cursor (member, customer) over follow_relation's primary key.
 */
import { PAGE_LIMITS } from '../../wecom/dto/page-limits'
import { CustomerRows, externalContactJson, followJson, type RelationRow } from '../customer-rows'
import type { SimRequest, SimState } from '../state'
import { pageLimit, reqString, reqStringList } from '../request-fields'
import { decodeCursor, encodeCursor, SimApiError } from '../wire'

const BATCH = PAGE_LIMITS['externalcontact/batch/get_by_user']
const FOLLOWERS_PER_PAGE = PAGE_LIMITS['externalcontact/get'].followUsersPerPage

export function customerHandlers(sim: SimState) {
  const rows = new CustomerRows(sim.db)
  const followUsers = sim.db
    .prepare<[], string>(
      `SELECT userid FROM member WHERE is_follow_user = 1 AND status <> 5 AND removed_at IS NULL
       ORDER BY userid`
    )
    .pluck()
  const customersOf = sim.db
    .prepare<[string], string>(
      `SELECT external_userid FROM follow_relation WHERE userid = ? AND removed_at IS NULL
       ORDER BY external_userid`
    )
    .pluck()

  const activeAmong = sim.db
    .prepare<[string], string>(
      `SELECT DISTINCT m.userid FROM json_each(?) j CROSS JOIN member m ON m.userid = j.value
       WHERE m.status <> 5 AND m.removed_at IS NULL`
    )
    .pluck()

  /**
   * Members the app may read who are still in the address book, sorted (the cursor's order);
   * others are skipped. One query per page: this runs on every page of a full sync.
   */
  function readableMembers(userids: readonly string[]): string[] {
    const visibility = sim.visibility()
    return activeAmong
      .all(JSON.stringify(userids))
      .filter((userid) => visibility.member(userid))
      .sort()
  }

  function batch(req: SimRequest) {
    const userids = reqStringList(req.input, 'userid_list', BATCH.userids)
    const limit = pageLimit(req.input, 'limit', BATCH.limit, 50)
    const [afterUser, afterExternal] = decodeCursor(req.input.cursor, 2) ?? ['', '']
    const page: RelationRow[] = []
    const tags = new Map<string, string[]>()
    for (const userid of readableMembers(userids)) {
      if (userid < String(afterUser)) continue
      const after = userid === afterUser ? String(afterExternal) : ''
      const got = rows.ofMember(userid, after, limit + 1 - page.length)
      for (const [ext, ids] of rows.tagIds(userid, got)) tags.set(`${userid}\n${ext}`, ids)
      page.push(...got)
      if (page.length > limit) break
    }
    const more = page.length > limit
    const shown = page.slice(0, limit)
    const last = shown.at(-1)
    return {
      external_contact_list: shown.map((row) => ({
        external_contact: externalContactJson(row),
        follow_info: {
          ...followJson(row),
          tag_id: tags.get(`${row.userid}\n${row.external_userid}`) ?? []
        }
      })),
      next_cursor: more && last ? encodeCursor([last.userid, last.external_userid]) : ''
    }
  }

  function get(req: SimRequest) {
    const externalUserid = reqString(req.input, 'external_userid')
    const customer = rows.findCustomer(externalUserid)
    if (!customer) throw new SimApiError(40096)
    const [afterUser] = decodeCursor(req.input.cursor, 1) ?? ['']
    const followers = rows.followersOf(externalUserid, String(afterUser), FOLLOWERS_PER_PAGE + 1)
    if (followers.length === 0 && afterUser === '') throw new SimApiError(84061)
    const shown = followers.slice(0, FOLLOWERS_PER_PAGE)
    const last = shown.at(-1)
    return {
      external_contact: externalContactJson(customer),
      follow_user: shown.map((row) => ({
        ...followJson(row),
        tags: rows.tagsOf(row.userid, row.external_userid).map((t) => ({ ...t, type: 1 }))
      })),
      next_cursor: followers.length > FOLLOWERS_PER_PAGE && last ? encodeCursor([last.userid]) : ''
    }
  }

  return {
    'externalcontact/get_follow_user_list': () => ({
      follow_user: followUsers.all().filter((userid) => sim.visibility().member(userid))
    }),
    'externalcontact/list': (req: SimRequest) => {
      const member = sim.members.active(reqString(req.input, 'userid'))
      sim.requireVisibleMember(member.userid, req.secret)
      const ids = customersOf.all(member.userid)
      if (ids.length === 0) throw new SimApiError(84061)
      return { external_userid: ids }
    },
    'externalcontact/get': get,
    'externalcontact/batch/get_by_user': batch
  }
}
