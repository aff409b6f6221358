import type { CustomerPage, CustomerQuery } from '../../preload/contract/customer-models'
import type { Db } from '../db/connection'
import { createCustomerQueryRepo } from '../db/repos/customer-query-repo'

const DEFAULT_LIMIT = 50

/** 客户 relations for HQ: one keyset page of live guide–customer relations, newest first. */
export function createCustomerService(db: Db, opts: { sortCap?: number } = {}) {
  const repo = createCustomerQueryRepo(db, opts.sortCap)
  return {
    list(q: CustomerQuery): CustomerPage {
      const limit = q.limit ?? DEFAULT_LIMIT
      const { userid, storeId, tagId, search } = q
      // one extra row says whether another page exists, without counting
      const { rows, total } = repo.page({ userid, storeId, tagId, search }, limit + 1, q.after)
      const more = rows.length > limit
      const page = more ? rows.slice(0, limit) : rows
      const last = page.at(-1)
      const next = more && last ? { createdAt: last.createdAt, userid: last.userid, externalUserid: last.externalUserid } : null
      return { rows: page, next, total }
    }
  }
}
export type CustomerService = ReturnType<typeof createCustomerService>
