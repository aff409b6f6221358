import type { Db } from '../connection'
import type { CustomerCursor, CustomerRelationRow } from '../../../preload/contract/customer-models'
import { fromWhere, pageSql, probeSql, type CustomerFilterKey } from './customer-query-sql'

export interface CustomerFilter {
  userid?: string
  storeId?: string
  tagId?: string
  search?: string
}

export interface CustomerQueryPage {
  rows: CustomerRelationRow[]
  /** null when the plan walked the newest-first index, where a count would scan everything. */
  total: number | null
}

/**
 * Above this many candidates a driver's rows are not sorted: the query walks newest first and
 * tests the filters per row instead, which finds a page fast exactly when matches are dense.
 * Sorting 20,000 keys is a few milliseconds; so is walking to 200 hits at ≥ 0.4 % density.
 */
const SORT_CAP = 20_000
/** Selective first: a guide has hundreds to thousands of relations, a store a few times that. */
const DRIVER_ORDER: readonly CustomerFilterKey[] = ['userid', 'storeId', 'tagId', 'search']

type Params = Record<string, string | number>

function paramsOf(f: CustomerFilter, after: CustomerCursor | undefined, cap: number): Params {
  const p: Params = { cap }
  if (f.userid !== undefined) p.userid = f.userid
  if (f.storeId !== undefined) p.storeId = f.storeId
  if (f.tagId !== undefined) p.tagId = f.tagId
  if (f.search !== undefined) {
    // prefix as a range, so B-tree indexes serve it: [p, p + the highest code point)
    p.lo = f.search
    p.hi = `${f.search}\u{10FFFF}`
  }
  if (after) {
    p.afterCreatedAt = after.createdAt
    p.afterUserid = after.userid
    p.afterExternalUserid = after.externalUserid
  }
  return p
}

/**
 * Read-only keyset query over live follow relations; statements are prepared once per shape.
 * `sortCap` exists so tests can force either plan on a small cache.
 */
export function createCustomerQueryRepo(db: Db, sortCap = SORT_CAP) {
  const prepared = new Map<string, ReturnType<Db['prepare']>>()
  const stmt = (sql: string) => {
    let s = prepared.get(sql)
    if (!s) prepared.set(sql, (s = db.prepare(sql)))
    return s
  }

  function chooseDriver(filters: CustomerFilterKey[], p: Params): CustomerFilterKey | null {
    for (const key of DRIVER_ORDER) {
      if (!filters.includes(key)) continue
      const n = stmt(probeSql(key)).pluck().get(p) as number
      if (n < sortCap) return key
    }
    return null
  }

  return {
    /** `limit` rows after `after` (newest first); the total only on a first page of a sorted plan. */
    page(filter: CustomerFilter, limit: number, after?: CustomerCursor): CustomerQueryPage {
      const filters = DRIVER_ORDER.filter((k) => filter[k] !== undefined)
      const p = paramsOf(filter, after, sortCap)
      const driver = chooseDriver(filters, p)
      const counted = driver !== null && after === undefined
      const sql = pageSql(fromWhere(driver, filters, after !== undefined), counted)
      const found = stmt(sql).all({ ...p, limit }) as (CustomerRelationRow & { total?: number })[]
      // an empty sorted page still has a known total: zero
      const total = counted ? (found[0]?.total ?? 0) : null
      const rows = found.map(({ total: _total, ...row }) => row)
      return { rows, total }
    }
  }
}
export type CustomerQueryRepo = ReturnType<typeof createCustomerQueryRepo>
