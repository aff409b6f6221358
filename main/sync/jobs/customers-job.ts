/**
 * customers: batch/get_by_user for chunks of ≤100 follow users, cursor pages of ≤100 rows, one
 * row per (customer, follower) (doc 96316). Several chunks are fetched at once, each chunk's
 * pages in order (customer-lanes.ts); pages are committed a batch at a time with a checkpoint
 * that names every chunk in flight (customer-checkpoint.ts), so a crash resumes each chunk after
 * its last committed page. Each row upserts the customer and the follow relation and replaces
 * the pair's tags (customer-writes.ts). Customers and relations no longer returned get
 * removed_at when the entity completes; they are never deleted.
 */
import type { WecomExternalContactRowDto } from '../../wecom/dto/external-contact'
import { chunk, type EntityJob, type JobContext } from '../job'
import { checkMark, FRESH_MARK, readMark, writeMark } from './customer-checkpoint'
import { createLanes, type FetchedRows, type Lanes, type TakenPage } from './customer-lanes'
import { createCustomerWrites, type CustomerWrites } from './customer-writes'

export function customersJob(ctx: JobContext): EntityJob {
  const chunks = chunk(ctx.directory.followUserIds(), ctx.tuning.followUsersPerCall)
  const keys = chunks.map((c) => c[0] ?? '')
  const perCommit = ctx.tuning.customerPagesPerCommit
  const writes = createCustomerWrites(ctx.db, ctx.run)
  /** Per chunk (its userid array), whether it had no tag rows before its first page landed. */
  const fresh = new WeakMap<readonly string[], boolean>()
  let lanes: Lanes | null = null
  return {
    entity: 'customers',
    tables: ['external_contact', 'follow_relation', 'follow_relation_tag'],
    total: () => chunks.length,
    async step(checkpoint) {
      if (!lanes) {
        const from = checkMark(readMark(checkpoint), keys)
        // The follow-user list moved under a resumed run: start over (writes are idempotent).
        if (!from) return { next: writeMark(FRESH_MARK), write: () => 0 }
        lanes = createLanes({
          chunks,
          from,
          lanes: ctx.tuning.customerLanes,
          maxBuffered: 2 * perCommit,
          fetch: (userids, cursor) => fetchPage(ctx, userids, cursor)
        })
      }
      const { pages, mark, complete } = await lanes.take(perCommit)
      return { next: complete ? null : writeMark(mark), write: () => writePages(writes, fresh, pages) }
    },
    sweep: () => ctx.customers.sweepCustomers(ctx.run, ctx.now()),
    stop: async () => lanes?.stop()
  }
}

async function fetchPage(
  ctx: JobContext,
  userids: readonly string[],
  cursor: string
): Promise<FetchedRows> {
  const body = await ctx.client.call('externalcontact/batch/get_by_user', {
    userid_list: [...userids],
    cursor: cursor === '' ? undefined : cursor,
    limit: ctx.tuning.customersPerPage
  })
  const next = body.next_cursor
  // A server that hands back the same cursor would otherwise keep us here forever.
  if (next !== '' && next === cursor) throw new Error(`batch/get_by_user repeated cursor ${next}`)
  return { rows: body.external_contact_list, nextCursor: next }
}

/**
 * Writes a batch in customer-id order: customer ids are spread evenly over their B-tree, so in
 * arrival order each row descends to a different leaf; sorted, neighbours share leaves and the
 * path down to them (~7% less write time at 1M relations, same rows either way).
 */
function writePages(
  writes: CustomerWrites,
  fresh: WeakMap<readonly string[], boolean>,
  pages: readonly TakenPage[]
): number {
  // Before any row of the batch lands: a chunk is judged by what earlier batches left.
  for (const p of pages) if (!fresh.has(p.userids)) fresh.set(p.userids, writes.untagged(p.userids))
  const items = pages.flatMap((p) =>
    p.rows.map((row) => ({ row, userid: followerOf(row, p.userids), clear: !fresh.get(p.userids) }))
  )
  const id = (item: (typeof items)[number]) => item.row.external_contact.external_userid
  items.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0))
  for (const { row, userid, clear } of items) writes.write(row, userid, clear)
  return items.length
}

/** Older doc revisions omit follow_info.userid; with one member asked, it can only be theirs. */
function followerOf(row: WecomExternalContactRowDto, userids: readonly string[]): string {
  const userid = row.follow_info.userid ?? (userids.length === 1 ? userids[0] : undefined)
  if (userid === undefined) {
    throw new Error('batch/get_by_user row without follow_info.userid for several members')
  }
  return userid
}
