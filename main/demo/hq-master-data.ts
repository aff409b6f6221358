import type { Db } from '../db/connection'

/**
 * The demo's HQ master data: the regions and stores with the attributes only HQ keeps (code,
 * type, hours, GCJ-02 coordinates, visit minutes), copied from the demo generator's output into
 * an empty cache, as if HQ had imported its store sheet. Everything WeCom knows (departments,
 * members, customers, tags, groups) then arrives through the real sync from the simulator.
 */
export function copyHqMasterData(from: Db, to: Db): number {
  const hasStores = to.prepare('SELECT 1 FROM store LIMIT 1').get() !== undefined
  if (hasStores) return 0
  const regions = from.prepare('SELECT * FROM region').all() as Record<string, unknown>[]
  const stores = from.prepare('SELECT * FROM store').all() as Record<string, unknown>[]
  const name = from.prepare("SELECT value FROM setting WHERE key = 'enterprise.name'").get() as
    | { value: string }
    | undefined
  to.transaction(() => {
    insertAll(to, 'region', regions)
    insertAll(to, 'store', stores)
    if (name) {
      to.prepare(
        "INSERT INTO setting (key, value) VALUES ('enterprise.name', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
      ).run(name.value)
    }
  })()
  return stores.length
}

/** Column names come from the source row of our own schema, never from user input. */
function insertAll(db: Db, table: 'region' | 'store', rows: Record<string, unknown>[]): void {
  const first = rows[0]
  if (!first) return
  const cols = Object.keys(first)
  const insert = db.prepare(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`
  )
  for (const row of rows) insert.run(row)
}
