import type { Db } from '../connection'
import type {
  GuideFacets,
  GuideQuery,
  GuideRow,
  GuideSortColumn,
  GuideStatus,
  GuideStoreRef,
  WritebackState
} from '../../../preload/contract/models'
import { maskMobile, STATUS_CODE, statusOf } from '../../domain/guides/guide-status'
import { englishFor } from '../../outbox/outbox-errors'
import { createGuideViewRepo } from './guide-view-repo'

/** One guide_view row (migration 0090); store and tag lists are JSON text. */
interface GuideRecord {
  userid: string
  name: string
  mobile: string | null
  status: number
  is_guide: number
  synced_at: number
  p_id: string | null
  p_code: string | null
  p_name: string | null
  region_id: string | null
  region_name: string | null
  others: string
  tags: string
  customer_count: number
  group_count: number
  wb_state: WritebackState | null
  wb_code: string | null
  wb_error: string | null
}

/** Most guides have no other store and no tag: skip parsing the empty lists. */
const parseList = <T>(json: string): T[] => (json === '[]' ? [] : (JSON.parse(json) as T[]))

const writebackOf = (r: GuideRecord): GuideRow['writeback'] =>
  r.wb_state === null
    ? null
    : {
        state: r.wb_state,
        lastError: r.wb_code === null ? null : { code: r.wb_code, zh: r.wb_error ?? '', en: englishFor(r.wb_code) }
      }

const toRow = (r: GuideRecord): GuideRow => ({
  userid: r.userid,
  name: r.name,
  mobileMasked: maskMobile(r.mobile),
  status: statusOf(r.status),
  regionId: r.region_id,
  regionName: r.region_name,
  primaryStore: r.p_id ? { id: r.p_id, code: r.p_code ?? '', name: r.p_name ?? '' } : null,
  otherStores: parseList<GuideStoreRef>(r.others),
  isGuide: r.is_guide === 1,
  tags: parseList<string>(r.tags),
  customerCount: r.customer_count,
  groupCount: r.group_count,
  syncedAt: r.synced_at,
  writeback: writebackOf(r)
})

/**
 * Sort keys map to guide_view columns from our own constants only. 'writeback' is sorted by the
 * service after the rows arrive by name.
 */
const ORDER_BY: Record<Exclude<GuideSortColumn, 'writeback'>, string> = {
  name: 'name',
  userid: 'userid',
  mobileMasked: 'mobile',
  status: 'status',
  regionName: 'region_sort, region_name',
  primaryStore: 'p_code',
  // The JSON text starts with the first store's code: sorting it sorts by store code.
  otherStores: 'others',
  isGuide: 'is_guide',
  tags: 'tags',
  customerCount: 'customer_count',
  groupCount: 'group_count',
  syncedAt: 'synced_at'
}

const SELECT = `
  SELECT userid, name, mobile, status, is_guide, synced_at, p_id, p_code, p_name, region_id,
    region_name, others, tags, customer_count, group_count, wb_state, wb_code, wb_error
  FROM guide_view v`

/**
 * Filters are JSON arrays bound as one parameter each, so each sort order prepares once. Only
 * listed guides have a guide_view row, so no filter is needed for that.
 */
const WHERE = `
  WHERE (@regions IS NULL OR region_id IN (SELECT value FROM json_each(@regions)))
    AND (@stores IS NULL OR EXISTS (SELECT 1 FROM guide_store z WHERE z.userid = v.userid
           AND z.store_id IN (SELECT value FROM json_each(@stores))))
    AND (@tags IS NULL OR EXISTS (SELECT 1 FROM guide_tag t WHERE t.userid = v.userid
           AND t.tag IN (SELECT value FROM json_each(@tags))))
    AND (@statuses IS NULL OR status IN (SELECT value FROM json_each(@statuses)))
    AND (@noStore = 0 OR store_count = 0)
    AND (@notGuide = 0 OR is_guide = 0)
    AND (@search IS NULL OR instr(search_text, @search) > 0)`

interface ListParams {
  regions: string | null
  stores: string | null
  tags: string | null
  statuses: string | null
  noStore: number
  notGuide: number
  search: string | null
}

const asJsonList = (xs: readonly (string | number)[] | undefined): string | null =>
  xs && xs.length > 0 ? JSON.stringify(xs) : null

function toParams(q: GuideQuery): ListParams {
  const search = q.search?.trim().toLowerCase()
  return {
    regions: asJsonList(q.regionIds),
    stores: asJsonList(q.storeIds),
    tags: asJsonList(q.tags),
    statuses: asJsonList(q.statuses?.map((s) => STATUS_CODE[s])),
    noStore: q.noStore ? 1 : 0,
    notGuide: q.notGuide ? 1 : 0,
    search: search ? search : null
  }
}

const direction = (sql: string, dir: 'ASC' | 'DESC') =>
  sql.split(', ').map((c) => `${c} ${dir}`).join(', ')

/**
 * The guide grid's read side: list and facets over guide_view, refreshed first (a no-op unless
 * something changed since the last read). All SQL for it lives here and in guide-view-repo.
 */
export function createGuideRepo(db: Db) {
  const view = createGuideViewRepo(db)
  const listBy = new Map<string, ReturnType<typeof prepareList>>()
  function prepareList(orderBy: string) {
    return db.prepare<ListParams, GuideRecord>(`${SELECT} ${WHERE} ORDER BY ${orderBy}, userid`)
  }
  for (const [column, sql] of Object.entries(ORDER_BY)) {
    listBy.set(`${column}:asc`, prepareList(direction(sql, 'ASC')))
    listBy.set(`${column}:desc`, prepareList(direction(sql, 'DESC')))
  }
  const total = db.prepare<[], number>('SELECT count(*) FROM guide_view').pluck()
  const facets = prepareFacets(db)
  return {
    /** The whole filtered, sorted view: the grid virtualises it and the export writes it. */
    list(q: GuideQuery): GuideRow[] {
      view.refresh()
      const column = q.sort && q.sort.column !== 'writeback' ? q.sort.column : 'name'
      const key = `${column}:${q.sort?.desc && q.sort.column !== 'writeback' ? 'desc' : 'asc'}`
      return (listBy.get(key) ?? listBy.get('name:asc')!).all(toParams(q)).map(toRow)
    },
    total(): number {
      view.refresh()
      return total.get() ?? 0
    },
    facets(): GuideFacets {
      view.refresh()
      return facets()
    }
  }
}
export type GuideRepo = ReturnType<typeof createGuideRepo>

/** Facets count listed guides: exactly the rows of guide_view (`v`). */
function prepareFacets(db: Db): () => GuideFacets {
  const regions = db.prepare<[], GuideFacets['regions'][number]>(
    `SELECT r.id, r.name, (SELECT count(*) FROM guide_view v WHERE v.region_id = r.id) AS guideCount
     FROM region r WHERE r.removed_at IS NULL ORDER BY r.sort_order, r.name`
  )
  const stores = db.prepare<[], Omit<GuideFacets['stores'][number], 'hasDepartment'> & { dept: number }>(
    `SELECT s.id, s.code, s.name, r.name AS regionName, s.department_id IS NOT NULL AS dept,
       (SELECT count(*) FROM guide_store x JOIN guide_view v ON v.userid = x.userid
         WHERE x.store_id = s.id) AS guideCount
     FROM store s JOIN region r ON r.id = s.region_id WHERE s.removed_at IS NULL ORDER BY s.code`
  )
  const tags = db.prepare<[], GuideFacets['tags'][number]>(
    `SELECT t.tag, count(*) AS guideCount FROM guide_tag t JOIN guide_view v ON v.userid = t.userid
     GROUP BY t.tag ORDER BY guideCount DESC, t.tag`
  )
  const statuses = db.prepare<[], { status: number; guideCount: number }>(
    'SELECT status, count(*) AS guideCount FROM guide_view GROUP BY status'
  )
  const counts = db.prepare<[], { noStore: number; notGuide: number }>(
    'SELECT sum(store_count = 0) AS noStore, sum(is_guide = 0) AS notGuide FROM guide_view'
  )
  // "Without guides": no active (在职) member with 客户联系 serves the store.
  const withoutGuides = db.prepare<[], GuideStoreRef>(
    `SELECT s.id, s.code, s.name FROM store s WHERE s.removed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM guide_store x JOIN guide_view v ON v.userid = x.userid
         WHERE x.store_id = s.id AND v.status = 1)
     ORDER BY s.code`
  )
  return () => {
    const c = counts.get()
    return {
      regions: regions.all(),
      stores: stores.all().map(({ dept, ...s }) => ({ ...s, hasDepartment: dept === 1 })),
      tags: tags.all(),
      statuses: mergeStatuses(statuses.all()),
      noStore: c?.noStore ?? 0,
      notGuide: c?.notGuide ?? 0,
      storesWithoutGuides: withoutGuides.all()
    }
  }
}

/** Unknown WeCom codes read as disabled (statusOf), so several codes may share one status. */
function mergeStatuses(rows: readonly { status: number; guideCount: number }[]): GuideFacets['statuses'] {
  const by = new Map<GuideStatus, number>()
  for (const r of rows) by.set(statusOf(r.status), (by.get(statusOf(r.status)) ?? 0) + r.guideCount)
  return [...by].map(([status, guideCount]) => ({ status, guideCount }))
}
