/**
 * customers: batch/get_by_user for chunks of ≤100 follow users (one chunk per unit), cursor pages
 * of ≤100 rows, one row per (customer, follower) (doc 96316). Each page upserts the customers,
 * their follow relations, and replaces each pair's tags. Customers and relations no longer
 * returned get removed_at when the entity completes; they are never deleted.
 */
import type { WecomExternalContactRowDto } from '../../wecom/dto/external-contact'
import {
  afterUnit,
  chunk,
  restartStep,
  unitsMoved,
  within,
  type EntityJob,
  type JobContext
} from '../job'

export function customersJob(ctx: JobContext): EntityJob {
  const chunks = chunk(ctx.directory.followUserIds(), ctx.tuning.followUsersPerCall)
  const keys = chunks.map((c) => c[0] ?? '')
  return {
    entity: 'customers',
    tables: ['external_contact', 'follow_relation', 'follow_relation_tag'],
    total: () => chunks.length,
    async step(checkpoint) {
      const { unit, cursor } = checkpoint
      if (unitsMoved(checkpoint, keys[unit])) return restartStep(keys)
      const userids = chunks[unit]
      if (userids === undefined) return { next: null, write: () => 0 }
      const body = await ctx.client.call('externalcontact/batch/get_by_user', {
        userid_list: userids,
        cursor: cursor === '' ? undefined : cursor,
        limit: ctx.tuning.customersPerPage
      })
      const next = body.next_cursor
      // A server that hands back the same cursor would otherwise keep us here forever.
      if (next !== '' && next === cursor)
        throw new Error(`batch/get_by_user repeated cursor ${next}`)
      const rows = body.external_contact_list
      return {
        next: next === '' ? afterUnit(unit, keys) : within(unit, next, keys[unit]),
        write() {
          for (const row of rows) writeRow(ctx, row, userids)
          return rows.length
        }
      }
    },
    sweep: () => ctx.customers.sweepCustomers(ctx.run, ctx.now())
  }
}

function writeRow(ctx: JobContext, row: WecomExternalContactRowDto, userids: string[]): void {
  const c = row.external_contact
  const f = row.follow_info
  // Older doc revisions omit follow_info.userid; with one member asked, it can only be theirs.
  const userid = f.userid ?? (userids.length === 1 ? userids[0] : undefined)
  if (userid === undefined) {
    throw new Error('batch/get_by_user row without follow_info.userid for several members')
  }
  ctx.customers.upsertContact(
    {
      external_userid: c.external_userid,
      name: c.name,
      type: c.type,
      gender: c.gender ?? 0,
      corp_name: c.corp_name || null,
      unionid: c.unionid || null
    },
    ctx.run
  )
  ctx.customers.upsertRelation(
    {
      userid,
      external_userid: c.external_userid,
      remark: f.remark || null,
      add_way: f.add_way ?? 0,
      created_at: f.createtime * 1000,
      state: f.state || null
    },
    ctx.run
  )
  ctx.customers.replaceRelationTags(userid, c.external_userid, f.tag_id)
}
