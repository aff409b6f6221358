import { copyFileSync, existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { migrate, LATEST_VERSION } from './migrations'

export type Db = Database.Database

/**
 * Opens (or creates) the cache database with the pragmas every connection needs,
 * backs the file up before a schema upgrade, and brings the schema to the latest version.
 * A database written by a newer Zhanggui is refused, never downgraded.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL') // readers never block the single writer
    db.pragma('synchronous = NORMAL') // durable at each checkpoint; safe with WAL
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    backupBeforeUpgrade(db, file)
    migrate(db)
    return db
  } catch (e) {
    db.close()
    throw e
  }
}

function backupBeforeUpgrade(db: Db, file: string): void {
  if (file === ':memory:' || !existsSync(file)) return
  const version = db.pragma('user_version', { simple: true }) as number
  if (version === 0 || version >= LATEST_VERSION) return
  db.pragma('wal_checkpoint(TRUNCATE)') // fold the WAL in so the copy is complete
  copyFileSync(file, `${file}.v${version}.bak`)
}
