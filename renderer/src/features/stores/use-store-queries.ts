import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { StoreQuery } from '../../../../preload/contract/models'
import { call } from '../../lib/api'

/** Every store query key starts with this, so one invalidation refreshes list and facets. */
export const STORE_KEY = ['store'] as const
/** Refetched when main reports a write to these tables (app/use-db-changed.ts). */
const meta = { tables: ['store', 'guide_store', 'member', 'region'] }

/** The filtered, sorted rows; the previous rows stay on screen while a new filter loads. */
export function useStoreList(query: StoreQuery) {
  return useQuery({
    queryKey: ['store', 'list', query],
    queryFn: () => call('store:list', query),
    placeholderData: keepPreviousData,
    meta
  })
}

/** Regions and cities with their store counts, for the filter bar. */
export function useStoreFacets() {
  return useQuery({
    queryKey: ['store', 'facets'],
    queryFn: () => call('store:facets', {}),
    meta
  })
}
