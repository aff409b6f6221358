import type Database from 'better-sqlite3'
import { AppError } from '../../errors'
import migrate0010 from './0010-wecom-directory'
import migrate0020 from './0020-regions-stores'
import migrate0030 from './0030-customers-tags'
import migrate0040 from './0040-sync-outbox-audit'
import migrate0050 from './0050-outbox-delivery'
import migrate0060 from './0060-guide-assignment'
import migrate0070 from './0070-transfer-ledger'
import migrate0080 from './0080-notices'
import migrate0090 from './0090-guide-view'
import migrate0100 from './0100-patrol-plan'
import migrate0110 from './0110-customer-query'

export interface Migration {
  version: number
  up: (db: Database.Database) => void
}

/** Append only: never edit a shipped entry. Versions step by 10. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, up: migrate0010 },
  { version: 20, up: migrate0020 },
  { version: 30, up: migrate0030 },
  { version: 40, up: migrate0040 },
  { version: 50, up: migrate0050 },
  { version: 60, up: migrate0060 },
  { version: 70, up: migrate0070 },
  { version: 80, up: migrate0080 },
  { version: 90, up: migrate0090 },
  { version: 100, up: migrate0100 },
  { version: 110, up: migrate0110 }
]
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0

/**
 * Runs every pending migration in one transaction together with the new user_version,
 * so a crash mid-upgrade leaves the old schema intact. `upTo` exists for migration tests.
 */
export function migrate(db: Database.Database, upTo = LATEST_VERSION): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number
  if (from > LATEST_VERSION) {
    throw new AppError(
      'internal',
      `本地数据库由更新版本的掌柜创建（结构版本 ${from}，本程序支持到 ${LATEST_VERSION}）。请升级掌柜后再打开，数据未做任何改动。`
    )
  }
  const pending = MIGRATIONS.filter((m) => m.version > from && m.version <= upTo)
  const to = pending.at(-1)?.version ?? from
  db.transaction(() => {
    for (const m of pending) m.up(db)
    db.pragma(`user_version = ${to}`)
  })()
  return { from, to }
}
