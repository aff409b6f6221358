import type { Db } from '../connection'
import type { NoticeFilter, SavedAudience } from '../../../preload/contract/notice-models'

interface AudienceRecord {
  id: number
  name: string
  filter: string
  created_at: number
}

const toAudience = (r: AudienceRecord): SavedAudience => ({
  id: r.id,
  name: r.name,
  filter: JSON.parse(r.filter) as NoticeFilter,
  createdAt: r.created_at
})

/** All SQL for `notice_audience`: HQ's named guide filters (e.g. 华东大区全部导购). */
export function createNoticeAudienceRepo(db: Db) {
  const all = db.prepare<[], AudienceRecord>(
    'SELECT id, name, filter, created_at FROM notice_audience ORDER BY name, id'
  )
  const one = db.prepare<[number], AudienceRecord>(
    'SELECT id, name, filter, created_at FROM notice_audience WHERE id = ?'
  )
  const byName = db.prepare<[string], AudienceRecord>(
    'SELECT id, name, filter, created_at FROM notice_audience WHERE name = ?'
  )
  // Saving under an existing name replaces its filter: names are how operators find them.
  const upsert = db.prepare<[string, string, number]>(
    `INSERT INTO notice_audience (name, filter, created_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET filter = excluded.filter`
  )
  const remove = db.prepare<[number]>('DELETE FROM notice_audience WHERE id = ?')
  return {
    list: (): SavedAudience[] => all.all().map(toAudience),
    get: (id: number): SavedAudience | null => {
      const r = one.get(id)
      return r ? toAudience(r) : null
    },
    save(name: string, filter: NoticeFilter, at: number): SavedAudience {
      upsert.run(name, JSON.stringify(filter), at)
      return toAudience(byName.get(name)!)
    },
    remove: (id: number): boolean => remove.run(id).changes > 0
  }
}
export type NoticeAudienceRepo = ReturnType<typeof createNoticeAudienceRepo>
