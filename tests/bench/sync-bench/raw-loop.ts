/**
 * The write-throughput baseline: the customer rows a sync wrote (external_contact,
 * follow_relation, follow_relation_tag), inserted again into a fresh database with the same
 * schema by a raw better-sqlite3 loop: one prepared single-row INSERT per table, all in one
 * transaction. Rows go in the order batch/get_by_user pages hand them out (relations in key
 * order, each one's customer the first time it is seen, then its tags), read from the synced
 * cache in batches; only the inserts and the commit are timed.
 */
import { openDatabase, type Db } from '../../../main/db/connection'

const BATCH = 5000

export interface RawLoopResult {
  readonly ms: number
  readonly rows: { contacts: number; relations: number; tags: number }
}

type Row = unknown[]

export function rawInsertLoop(source: Db, file: string): RawLoopResult {
  const target = openDatabase(file)
  try {
    return timedLoop(source, target)
  } finally {
    target.close()
  }
}

function timedLoop(source: Db, target: Db): RawLoopResult {
  const contactCols = columnsOf(source, 'external_contact')
  const insertContact = insertFor(target, 'external_contact', contactCols)
  const insertRelation = insertFor(target, 'follow_relation', columnsOf(source, 'follow_relation'))
  const tagCols = columnsOf(source, 'follow_relation_tag')
  const insertTag = insertFor(target, 'follow_relation_tag', tagCols)
  const seen = new Set<string>()
  const rows = { contacts: 0, relations: 0, tags: 0 }
  let ms = 0
  target.exec('BEGIN')
  for (const batch of relationBatches(source, contactCols.length)) {
    const started = performance.now()
    for (const { relation, contact, tags } of batch) {
      const id = contact[0] as string
      if (!seen.has(id)) {
        seen.add(id)
        insertContact.run(contact)
        rows.contacts++
      }
      insertRelation.run(relation)
      for (const tag of tags) insertTag.run(tag)
      rows.relations++
      rows.tags += tags.length
    }
    ms += performance.now() - started
  }
  const commitStarted = performance.now()
  target.exec('COMMIT')
  ms += performance.now() - commitStarted
  return { ms, rows }
}

interface PageRow {
  relation: Row
  contact: Row
  tags: Row[]
}

/** Relations in key order with their customer and tags, BATCH at a time. */
function* relationBatches(source: Db, contactWidth: number): Generator<PageRow[]> {
  const relCols = columnsOf(source, 'follow_relation')
  const select = source
    .prepare<[string, string, number], Row>(
      `SELECT ${relCols.map((c) => `f."${c}"`).join(', ')}, c.*
       FROM follow_relation f JOIN external_contact c ON c.external_userid = f.external_userid
       WHERE (f.userid, f.external_userid) > (?, ?)
       ORDER BY f.userid, f.external_userid LIMIT ?`
    )
    .raw()
  const tagsIn = source
    .prepare<[string, string, string, string], Row>(
      `SELECT * FROM follow_relation_tag
       WHERE (userid, external_userid) > (?, ?) AND (userid, external_userid) <= (?, ?)
       ORDER BY userid, external_userid, tag_id`
    )
    .raw()
  let after: [string, string] = ['', '']
  for (;;) {
    const got = select.all(...after, BATCH)
    const last = got.at(-1)
    if (!last) return
    const end: [string, string] = [last[0] as string, last[1] as string]
    const tags = groupTags(tagsIn.all(...after, ...end))
    yield got.map((r) => {
      const relation = r.slice(0, relCols.length)
      const contact = r.slice(relCols.length, relCols.length + contactWidth)
      return { relation, contact, tags: tags.get(`${r[0]}\n${r[1]}`) ?? [] }
    })
    after = end
  }
}

function groupTags(rows: Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>()
  for (const row of rows) {
    const key = `${row[0]}\n${row[1]}`
    const list = map.get(key)
    if (list) list.push(row)
    else map.set(key, [row])
  }
  return map
}

function columnsOf(db: Db, table: string): string[] {
  return db
    .prepare<[string], string>('SELECT name FROM pragma_table_info(?) ORDER BY cid')
    .pluck()
    .all(table)
}

function insertFor(db: Db, table: string, columns: readonly string[]) {
  const names = columns.map((c) => `"${c}"`).join(', ')
  const marks = columns.map(() => '?').join(', ')
  return db.prepare<Row>(`INSERT INTO ${table} (${names}) VALUES (${marks})`)
}
