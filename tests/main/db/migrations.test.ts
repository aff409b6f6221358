import { describe, expect, it, afterEach } from 'vitest'
import Database from 'better-sqlite3'
import { mkdtempSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { LATEST_VERSION, MIGRATIONS, migrate } from '../../../main/db/migrations'

const dirs: string[] = []
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhanggui-mig-'))
  dirs.push(dir)
  return join(dir, 'cache.sqlite')
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('openDatabase', () => {
  it('creates a WAL database at the latest schema version', () => {
    const db = openDatabase(tempFile())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('is a no-op when opened again', () => {
    const file = tempFile()
    openDatabase(file).close()
    const db = openDatabase(file)
    expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION })
    db.close()
  })

  it('refuses a database from a newer version and leaves it untouched', () => {
    const file = tempFile()
    const raw = new Database(file)
    raw.pragma('user_version = 999')
    raw.exec('CREATE TABLE future (x INTEGER)')
    raw.close()
    expect(() => openDatabase(file)).toThrow(/更新版本/)
    const again = new Database(file)
    expect(again.pragma('user_version', { simple: true })).toBe(999)
    again.close()
  })

  it('backs the file up before upgrading an older schema', () => {
    const file = tempFile()
    const old = new Database(file)
    migrate(old, 10)
    old.close()
    openDatabase(file).close()
    expect(existsSync(`${file}.v10.bak`)).toBe(true)
  })
})

describe('each migration', () => {
  const tablesAfter = (version: number): string[] => {
    const db = new Database(':memory:')
    migrate(db, version)
    const names = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => r.name)
    db.close()
    return names
  }
  const added = (version: number): string[] => {
    const i = MIGRATIONS.findIndex((m) => m.version === version)
    const before = i > 0 ? tablesAfter(MIGRATIONS[i - 1]!.version) : []
    return tablesAfter(version).filter((t) => !before.includes(t))
  }

  it('0010 mirrors the WeCom address book', () => {
    expect(added(10)).toEqual(['department', 'member', 'member_department'])
  })
  it('0020 adds regions, stores and guide assignments', () => {
    expect(added(20)).toEqual(['guide_store', 'region', 'store'])
  })
  it('0030 adds customers, follow relations, tags and groups', () => {
    expect(added(30)).toEqual([
      'corp_tag',
      'corp_tag_group',
      'external_contact',
      'follow_relation',
      'follow_relation_tag',
      'group_chat'
    ])
  })
  it('0040 adds sync state, the outbox, the audit log and settings', () => {
    expect(added(40)).toEqual(['audit_log', 'setting', 'sync_outbox', 'sync_state'])
  })

  it('a failing migration leaves the previous version intact', () => {
    const db = new Database(':memory:')
    migrate(db, 10)
    db.exec('CREATE TABLE region (x INTEGER)') // makes 0020 fail half-way
    expect(() => migrate(db)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(10)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'store'").get()).toEqual({ n: 0 })
    db.close()
  })
})
