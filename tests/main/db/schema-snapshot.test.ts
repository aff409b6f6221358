import { expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { migrate } from '../../../main/db/migrations'

/**
 * Any schema change shows up in review as a diff of schema.snapshot.sql (Actual Budget's guard).
 * After a new migration, run `npx vitest run -c tests/vitest.config.mts -u tests/main/db` and
 * commit the snapshot with it. The outbox holds unsynced user work: its changes stay additive.
 */
it('the migrated schema matches the committed snapshot', async () => {
  const db = new Database(':memory:')
  migrate(db)
  const objects = db
    .prepare<[], { type: string; name: string; sql: string }>(
      "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name"
    )
    .all()
  const dump = objects.map((o) => `-- ${o.type} ${o.name}\n${o.sql.replace(/\n {4}/g, '\n').trim()};`).join('\n\n')
  db.close()
  await expect(`${dump}\n`).toMatchFileSnapshot('./schema.snapshot.sql')
})
