import type { PatrolOptionsView, PatrolStoreType } from '../../../preload/contract/patrol-models'
import type { Db } from '../connection'

export interface PatrolStoreRecord {
  id: string
  code: string
  name: string
  region_id: string
  city: string
  type: PatrolStoreType
  opening_hours: string
  visit_minutes: number
  lng: number | null
  lat: number | null
}

/** Reads the planner needs from the cache: live stores, regions, and members who can patrol. */
export function createPatrolSourceRepo(db: Db) {
  const stores = db.prepare<[], PatrolStoreRecord>(
    `SELECT id, code, name, region_id, city, type, opening_hours, visit_minutes, lng, lat
     FROM store WHERE removed_at IS NULL ORDER BY region_id, code`
  )
  const regions = db.prepare<[], { id: string; name: string }>('SELECT id, name FROM region WHERE removed_at IS NULL ORDER BY sort_order, name')
  // Active members who are not shopping guides: area and store managers, HQ staff.
  const managers = db.prepare<[], { userid: string; name: string }>(
    'SELECT userid, name FROM member WHERE removed_at IS NULL AND status = 1 AND is_guide = 0 ORDER BY name, userid'
  )
  return {
    stores: (): PatrolStoreRecord[] => stores.all(),
    options(): PatrolOptionsView {
      const storeRows = stores.all().map((s) => ({ id: s.id, code: s.code, name: s.name, regionId: s.region_id, city: s.city, type: s.type, hasLocation: s.lat !== null }))
      return { regions: regions.all(), stores: storeRows, managers: managers.all() }
    }
  }
}
export type PatrolSourceRepo = ReturnType<typeof createPatrolSourceRepo>
