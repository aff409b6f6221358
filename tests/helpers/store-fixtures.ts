import type { Db } from '../../main/db/connection'
import type { StoreType } from '../../preload/contract/models'

export interface StoreSeed {
  id: string
  code: string
  name: string
  region: 'r-east' | 'r-south'
  city: string
  type: StoreType
  hours?: string
  minutes?: number
  lng?: number
  lat?: number
}

/** Two regions and the given stores, inserted with plain SQL (independent of the demo generator). */
export function seedStores(db: Db, stores: StoreSeed[]): void {
  db.exec(`INSERT INTO region (id, name, sort_order) VALUES ('r-east', '华东大区', 1), ('r-south', '华南大区', 2)`)
  const insert = db.prepare(
    `INSERT INTO store (id, code, name, region_id, city, address, type, opening_hours, visit_minutes, lng, lat, updated_at)
     VALUES (@id, @code, @name, @region, @city, @address, @type, @hours, @minutes, @lng, @lat, 1)`
  )
  for (const s of stores) {
    insert.run({
      hours: '09:00-22:00',
      minutes: 30,
      lng: 121.47,
      lat: 31.23,
      address: `${s.city}某路 ${s.code} 号`,
      ...s
    })
  }
}

/** An active (or given-status) member serving a store. */
export function seedGuide(db: Db, userid: string, storeId: string, status = 1): void {
  db.prepare(`INSERT INTO member (userid, name, status, is_guide, synced_at) VALUES (?, ?, ?, 1, 1)`).run(
    userid,
    userid,
    status
  )
  db.prepare(`INSERT INTO guide_store (userid, store_id, role) VALUES (?, ?, 'primary')`).run(userid, storeId)
}

export const SAMPLE_STORES: StoreSeed[] = [
  { id: 's1', code: 'SH0001', name: '上海南京东路店', region: 'r-east', city: '上海', type: 'ka', minutes: 120 },
  { id: 's2', code: 'SH0002', name: '上海徐家汇店', region: 'r-east', city: '上海', type: 'convenience', minutes: 20 },
  { id: 's3', code: 'HZ0001', name: '杭州西湖店', region: 'r-east', city: '杭州', type: 'supermarket', minutes: 45, lng: 120.15, lat: 30.27 },
  { id: 's4', code: 'GZ0001', name: '广州天河店', region: 'r-south', city: '广州', type: 'mom_pop', minutes: 15, lng: 113.32, lat: 23.13 },
  { id: 's5', code: 'SZ0001', name: '深圳福田店', region: 'r-south', city: '深圳', type: 'convenience', minutes: 25, lng: 114.05, lat: 22.54 }
]
