import type { Db } from '../connection'
import type { StoreAttributes } from '../../domain/stores/store-diff'
import type {
  StoreFacets,
  StoreQuery,
  StoreRow,
  StoreSortColumn,
  StoreType
} from '../../../preload/contract/models'

/** A `store` row joined with its region name and guide count, as SQL returns it. */
interface StoreRecord {
  id: string
  code: string
  name: string
  region_id: string
  region_name: string
  city: string
  address: string
  type: StoreType
  opening_hours: string
  visit_minutes: number
  lng: number | null
  lat: number | null
  guide_count: number
  updated_at: number
}

const toRow = (r: StoreRecord): StoreRow => ({
  id: r.id,
  code: r.code,
  name: r.name,
  regionId: r.region_id,
  regionName: r.region_name,
  city: r.city,
  address: r.address,
  type: r.type,
  openingHours: r.opening_hours,
  visitMinutes: r.visit_minutes,
  lng: r.lng,
  lat: r.lat,
  guideCount: r.guide_count,
  updatedAt: r.updated_at
})

/** Sort keys map to SQL from our own constants only; never from user text. */
const ORDER_BY: Record<StoreSortColumn, string> = {
  code: 's.code',
  name: 's.name',
  regionName: 'r.sort_order, r.name',
  city: 's.city',
  address: 's.address',
  type: "CASE s.type WHEN 'ka' THEN 0 WHEN 'supermarket' THEN 1 WHEN 'convenience' THEN 2 ELSE 3 END",
  openingHours: 's.opening_hours',
  visitMinutes: 's.visit_minutes',
  lng: 's.lng',
  lat: 's.lat',
  guideCount: 'guide_count'
}

const SELECT = `
  SELECT s.id, s.code, s.name, s.region_id, r.name AS region_name, s.city, s.address, s.type,
         s.opening_hours, s.visit_minutes, s.lng, s.lat, s.updated_at,
         (SELECT count(*) FROM guide_store gs JOIN member m ON m.userid = gs.userid
           WHERE gs.store_id = s.id AND m.status = 1 AND m.removed_at IS NULL) AS guide_count
  FROM store s JOIN region r ON r.id = s.region_id`

/**
 * Filters are JSON arrays bound as one parameter each, so the statement text is fixed per sort
 * order and can be prepared once. An empty / absent filter means "all".
 */
const WHERE = `
  WHERE s.removed_at IS NULL
    AND (@regions IS NULL OR s.region_id IN (SELECT value FROM json_each(@regions)))
    AND (@types IS NULL OR s.type IN (SELECT value FROM json_each(@types)))
    AND (@cities IS NULL OR s.city IN (SELECT value FROM json_each(@cities)))
    AND (@search IS NULL OR instr(lower(s.code || ' ' || s.name || ' ' || s.address || ' ' || s.city), @search) > 0)`

interface ListParams {
  regions: string | null
  types: string | null
  cities: string | null
  search: string | null
}

const asJsonList = (xs: readonly string[] | undefined): string | null =>
  xs && xs.length > 0 ? JSON.stringify(xs) : null

function toParams(q: StoreQuery): ListParams {
  const search = q.search?.trim().toLowerCase()
  return {
    regions: asJsonList(q.regionIds),
    types: asJsonList(q.types),
    cities: asJsonList(q.cities),
    search: search ? search : null
  }
}

/** All SQL for `store` (and its read-side joins) lives here; statements are prepared once. */
export function createStoreRepo(db: Db) {
  const listBy = new Map<string, ReturnType<typeof prepareList>>()
  function prepareList(orderBy: string) {
    return db.prepare<ListParams, StoreRecord>(`${SELECT} ${WHERE} ORDER BY ${orderBy}, s.code`)
  }
  for (const [column, sql] of Object.entries(ORDER_BY)) {
    listBy.set(`${column}:asc`, prepareList(sql.split(', ').map((c) => `${c} ASC`).join(', ')))
    listBy.set(`${column}:desc`, prepareList(sql.split(', ').map((c) => `${c} DESC`).join(', ')))
  }
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM store WHERE removed_at IS NULL')
  const byId = db.prepare<[string], StoreRecord>(`${SELECT} WHERE s.id = ?`)
  const allByCode = db.prepare<[], StoreRecord>(`${SELECT} ORDER BY s.code`)
  const regions = db.prepare<[], { id: string; name: string; storeCount: number }>(
    `SELECT r.id, r.name, count(s.id) AS storeCount FROM region r
     LEFT JOIN store s ON s.region_id = r.id AND s.removed_at IS NULL
     WHERE r.removed_at IS NULL GROUP BY r.id ORDER BY r.sort_order, r.name`
  )
  const cities = db.prepare<[], { city: string; storeCount: number }>(
    `SELECT city, count(*) AS storeCount FROM store WHERE removed_at IS NULL
     GROUP BY city ORDER BY storeCount DESC, city`
  )
  const update = db.prepare(
    `UPDATE store SET address = @address, type = @type, opening_hours = @openingHours,
       visit_minutes = @visitMinutes, lng = @lng, lat = @lat, updated_at = @updatedAt WHERE id = @id`
  )

  return {
    /** The whole filtered, sorted view: the grid virtualises it and the export writes it. */
    list(q: StoreQuery): StoreRow[] {
      const key = q.sort ? `${q.sort.column}:${q.sort.desc ? 'desc' : 'asc'}` : 'code:asc'
      const stmt = listBy.get(key) ?? listBy.get('code:asc')!
      return stmt.all(toParams(q)).map(toRow)
    },
    count: (): number => count.get()?.n ?? 0,
    get: (id: string): StoreRow | undefined => {
      const r = byId.get(id)
      return r ? toRow(r) : undefined
    },
    /** Every store keyed by code, for matching imported rows. */
    allByCode(): Map<string, StoreRow> {
      return new Map(allByCode.all().map((r) => [r.code, toRow(r)]))
    },
    facets: (): StoreFacets => ({ regions: regions.all(), cities: cities.all() }),
    /** Writes the local attributes; the caller owns the transaction and has validated `next`. */
    updateAttributes(id: string, next: StoreAttributes, updatedAt: number): void {
      update.run({ id, ...next, updatedAt })
    }
  }
}
export type StoreRepo = ReturnType<typeof createStoreRepo>
