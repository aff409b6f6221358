import type { SortingState } from '@tanstack/react-table'
import {
  STORE_SORT_COLUMNS,
  type StoreQuery,
  type StoreSortColumn,
  type StoreType
} from '../../../../preload/contract/models'

/** What the filter bar holds; `search` is the raw input text. */
export interface StoreFilters {
  search: string
  regionIds: string[]
  types: StoreType[]
  cities: string[]
}

export const NO_FILTERS: StoreFilters = { search: '', regionIds: [], types: [], cities: [] }

/** Main accepts at most 200 characters of search text. */
const MAX_SEARCH = 200

const isSortColumn = (id: string): id is StoreSortColumn =>
  (STORE_SORT_COLUMNS as readonly string[]).includes(id)

/** The grid's sort state as main's single-column sort; columns main cannot sort are ignored. */
export function toStoreSort(sorting: SortingState): StoreQuery['sort'] {
  const first = sorting[0]
  if (!first || !isSortColumn(first.id)) return undefined
  return { column: first.id, desc: first.desc }
}

/**
 * The `store:list` / `store:export` input for a filter state: empty filters are left out so
 * that "no filter" and "cleared filter" share one cache entry.
 */
export function buildStoreQuery(filters: StoreFilters, sorting: SortingState): StoreQuery {
  const query: StoreQuery = {}
  const search = filters.search.trim().slice(0, MAX_SEARCH)
  if (search) query.search = search
  if (filters.regionIds.length > 0) query.regionIds = [...filters.regionIds]
  if (filters.types.length > 0) query.types = [...filters.types]
  if (filters.cities.length > 0) query.cities = [...filters.cities]
  const sort = toStoreSort(sorting)
  if (sort) query.sort = sort
  return query
}

export const hasFilters = (f: StoreFilters): boolean =>
  f.search.trim() !== '' || f.regionIds.length > 0 || f.types.length > 0 || f.cities.length > 0
