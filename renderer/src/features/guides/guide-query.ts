import type { RowSelectionState, SortingState } from '@tanstack/react-table'
import {
  GUIDE_SORT_COLUMNS,
  type GuideQuery,
  type GuideSortColumn,
  type GuideStatus
} from '../../../../preload/contract/models'

/** What the filter bar holds; `search` is the raw input text. */
export interface GuideFilters {
  search: string
  regionIds: string[]
  storeIds: string[]
  tags: string[]
  statuses: GuideStatus[]
  noStore: boolean
  notGuide: boolean
}

export const NO_GUIDE_FILTERS: GuideFilters = {
  search: '',
  regionIds: [],
  storeIds: [],
  tags: [],
  statuses: [],
  noStore: false,
  notGuide: false
}

/** Main accepts at most 200 characters of search text. */
const MAX_SEARCH = 200

const isSortColumn = (id: string): id is GuideSortColumn =>
  (GUIDE_SORT_COLUMNS as readonly string[]).includes(id)

/**
 * The `guide:list` / `guide:export` input: empty filters are left out so "no filter" and
 * "cleared filter" share one cache entry; columns main cannot sort are ignored.
 */
export function buildGuideQuery(f: GuideFilters, sorting: SortingState): GuideQuery {
  const q: GuideQuery = {}
  const search = f.search.trim().slice(0, MAX_SEARCH)
  if (search) q.search = search
  if (f.regionIds.length > 0) q.regionIds = [...f.regionIds]
  if (f.storeIds.length > 0) q.storeIds = [...f.storeIds]
  if (f.tags.length > 0) q.tags = [...f.tags]
  if (f.statuses.length > 0) q.statuses = [...f.statuses]
  if (f.noStore) q.noStore = true
  if (f.notGuide) q.notGuide = true
  const first = sorting[0]
  if (first && isSortColumn(first.id)) q.sort = { column: first.id, desc: first.desc }
  return q
}

export const hasGuideFilters = (f: GuideFilters): boolean =>
  JSON.stringify(buildGuideQuery(f, [])) !== '{}'

/** The selection a paste match makes: exactly the matched guides. */
export const selectionOf = (userids: readonly string[]): RowSelectionState =>
  Object.fromEntries(userids.map((id) => [id, true] as const))
