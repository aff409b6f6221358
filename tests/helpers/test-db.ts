import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type Db } from '../../main/db/connection'

/** A real database file in a fresh temp folder; `cleanup` closes it and removes the folder. */
export function createTestDb(): { db: Db; file: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'zhanggui-test-'))
  const file = join(dir, 'cache.sqlite')
  const db = openDatabase(file)
  return {
    db,
    file,
    dir,
    cleanup: () => {
      if (db.open) db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
