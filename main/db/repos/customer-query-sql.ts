/**
 * SQL pieces of the customer-relations query. Every filter is a predicate on the live relation
 * `r` and its customer `c`; the selective ones can also *drive* the query (produce the candidate
 * keys that are then sorted). Named parameters: @userid @storeId @tagId @lo @hi.
 */

export type CustomerFilterKey = 'userid' | 'storeId' | 'tagId' | 'search'

/** Checked on every row, whichever plan is used. */
export const PREDICATES: Record<CustomerFilterKey, string> = {
  userid: 'r.userid = @userid',
  storeId: 'r.userid IN (SELECT userid FROM guide_store WHERE store_id = @storeId)',
  tagId: `EXISTS (SELECT 1 FROM follow_relation_tag t
    WHERE t.userid = r.userid AND t.external_userid = r.external_userid AND t.tag_id = @tagId)`,
  search: '((r.remark >= @lo AND r.remark < @hi) OR (c.name >= @lo AND c.name < @hi))'
}

/** Candidate (userid, external_userid) keys, each reached through an existing index. */
export const DRIVERS: Record<CustomerFilterKey, string> = {
  userid: 'SELECT userid, external_userid FROM follow_relation WHERE userid = @userid',
  storeId: `SELECT f.userid, f.external_userid FROM guide_store g
    CROSS JOIN follow_relation f ON f.userid = g.userid WHERE g.store_id = @storeId`,
  tagId: 'SELECT userid, external_userid FROM follow_relation_tag WHERE tag_id = @tagId',
  // the remark terms repeat the partial index's WHERE so the planner may use it
  search: `SELECT f.userid, f.external_userid FROM external_contact e
      CROSS JOIN follow_relation f ON f.external_userid = e.external_userid
      WHERE e.name >= @lo AND e.name < @hi
    UNION SELECT userid, external_userid FROM follow_relation
      WHERE remark >= @lo AND remark < @hi AND removed_at IS NULL AND remark IS NOT NULL`
}

export const ORDER = 'ORDER BY r.created_at DESC, r.userid DESC, r.external_userid DESC'
export const AFTER = '(r.created_at, r.userid, r.external_userid) < (@afterCreatedAt, @afterUserid, @afterExternalUserid)'
const COLUMNS = 'r.userid, r.external_userid, c.name, r.remark, r.add_way, r.created_at'

/** FROM + WHERE of one plan: `driver` null walks the newest-first index and stops after a page. */
export function fromWhere(driver: CustomerFilterKey | null, filters: CustomerFilterKey[], after: boolean): string {
  const source =
    driver === null
      ? 'follow_relation r INDEXED BY follow_relation_live_by_created'
      : `(${DRIVERS[driver]}) k
         CROSS JOIN follow_relation r ON r.userid = k.userid AND r.external_userid = k.external_userid`
  // the driver's own predicate holds for every candidate it yields: not checked twice
  const checked = filters.filter((f) => f !== driver)
  const where = ['r.removed_at IS NULL', 'c.removed_at IS NULL', ...checked.map((f) => PREDICATES[f])]
  if (after) where.push(AFTER)
  return `FROM ${source} JOIN external_contact c ON c.external_userid = r.external_userid
    WHERE ${where.join(' AND ')}`
}

/**
 * One page, then the guide's name for the page's rows only (not for every candidate). With
 * `counted`, every row also carries the count of all matches: the sort reads them all anyway, so
 * the window costs no second pass.
 */
export function pageSql(body: string, counted: boolean): string {
  const total = counted ? ', COUNT(*) OVER () AS total' : ''
  return `SELECT p.userid, COALESCE(m.name, p.userid) AS guideName, p.external_userid AS externalUserid,
      p.name, p.remark, p.add_way AS addWay, p.created_at AS createdAt${counted ? ', p.total' : ''}
    FROM (SELECT ${COLUMNS}${total} ${body} ${ORDER} LIMIT @limit) p
    LEFT JOIN member m ON m.userid = p.userid
    ORDER BY p.created_at DESC, p.userid DESC, p.external_userid DESC`
}

/**
 * Counts a driver's candidates up to @cap: cheap, and says whether sorting them is cheap too.
 * The search counts its two halves apart (customers by name, relations by remark): the UNION
 * would sort every match before the LIMIT applied.
 */
export function probeSql(driver: CustomerFilterKey): string {
  if (driver !== 'search') return `SELECT COUNT(*) FROM (${DRIVERS[driver]} LIMIT @cap)`
  return `SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM external_contact
      WHERE name >= @lo AND name < @hi LIMIT @cap))
    + (SELECT COUNT(*) FROM (SELECT 1 FROM follow_relation
      WHERE remark >= @lo AND remark < @hi AND removed_at IS NULL AND remark IS NOT NULL LIMIT @cap))`
}
