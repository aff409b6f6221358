import { createHash } from 'node:crypto'
import type { Db } from '../../../main/db/connection'

/** Every table the demo writes, with the columns that order its rows uniquely. */
const TABLES: Record<string, string> = {
  department: 'id',
  member: 'userid',
  member_department: 'userid, department_id',
  region: 'id',
  store: 'id',
  guide_store: 'userid, store_id',
  corp_tag_group: 'group_id',
  corp_tag: 'tag_id',
  group_chat: 'chat_id',
  external_contact: 'external_userid',
  follow_relation: 'userid, external_userid',
  follow_relation_tag: 'userid, external_userid, tag_id',
  setting: 'key'
}

/** SHA-256 over the content of the given tables (all demo tables by default), in key order. */
export function digestTables(db: Db, tables: readonly string[] = Object.keys(TABLES)): string {
  const hash = createHash('sha256')
  for (const table of tables) {
    hash.update(`#${table}\n`)
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY ${TABLES[table]}`).raw().iterate()
    for (const row of rows) hash.update(`${JSON.stringify(row)}\n`)
  }
  return hash.digest('hex')
}
