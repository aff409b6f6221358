import type { Db } from '../connection'

/** Key/value settings. Values are JSON so a setting keeps its type across restarts. */
export function createSettingRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM setting WHERE key = ?')
  const put = db.prepare<[string, string]>(
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
  )
  return {
    get<T>(key: string): T | undefined {
      const row = get.get(key)
      return row ? (JSON.parse(row.value) as T) : undefined
    },
    set(key: string, value: unknown): void {
      put.run(key, JSON.stringify(value))
    }
  }
}
export type SettingRepo = ReturnType<typeof createSettingRepo>
