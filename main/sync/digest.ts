/**
 * A row-level digest of the cache for tests and benchmarks: SHA-256 over every row of the
 * WeCom-derived tables in key order. Bookkeeping columns that differ between two equally good
 * syncs are left out (synced_at, updated_at), and removed_at counts only as removed or not,
 * since its time is when the sweep happened to run.
 */
import { createHash } from 'node:crypto'
import type { Db } from '../db/connection'

/** Table → the columns that order its rows uniquely. Names come from here only, never input. */
export const DIGEST_TABLES: Readonly<Record<string, string>> = {
  department: 'id',
  member: 'userid',
  member_department: 'userid, department_id',
  region: 'id',
  store: 'id',
  guide_store: 'userid, store_id',
  external_contact: 'external_userid',
  follow_relation: 'userid, external_userid',
  follow_relation_tag: 'userid, external_userid, tag_id',
  corp_tag_group: 'group_id',
  corp_tag: 'tag_id',
  group_chat: 'chat_id'
}

const VOLATILE = new Set(['synced_at', 'updated_at'])

export function cacheDigest(
  db: Db,
  tables: readonly string[] = Object.keys(DIGEST_TABLES)
): string {
  const hash = createHash('sha256')
  for (const table of tables) {
    const order = DIGEST_TABLES[table]
    if (order === undefined) throw new RangeError(`no digest order for table ${table}`)
    const columns = db
      .prepare<[string], string>('SELECT name FROM pragma_table_info(?) ORDER BY cid')
      .pluck()
      .all(table)
      .filter((c) => !VOLATILE.has(c))
      .map((c) => (c === 'removed_at' ? '(removed_at IS NOT NULL) AS removed' : `"${c}"`))
    hash.update(`#${table}\n`)
    const rows = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${order}`).raw()
    for (const row of rows.iterate()) hash.update(`${JSON.stringify(row)}\n`)
  }
  return hash.digest('hex')
}
