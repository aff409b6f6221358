import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { GuideList, GuideQuery } from '../../../../preload/contract/models'
import { call } from '../../lib/api'

/** Every guide query key starts with this, so one invalidation refreshes them all. */
export const GUIDE_KEY = ['guide'] as const
/**
 * Refetched when main reports a write to these tables (app/use-db-changed.ts). Not sync_outbox:
 * the worker reports every delivery, and 20,000 rows refetched per delivered guide would storm;
 * the write-back column polls instead while a row is in flight (see below).
 */
const meta = {
  tables: ['member', 'guide_store', 'guide_tag', 'guide_stats', 'guide_action', 'store', 'region']
}
/** How often the list refreshes while some shown guide's write-back is pending or sending. */
export const WRITEBACK_POLL_MS = 2000

const inFlight = (list: GuideList | undefined): boolean =>
  list?.rows.some((r) => r.writeback?.state === 'pending' || r.writeback?.state === 'sending') ?? false

/** The filtered, sorted rows; the previous rows stay on screen while a new filter loads. */
export function useGuideList(query: GuideQuery) {
  return useQuery({
    queryKey: ['guide', 'list', query],
    queryFn: () => call('guide:list', query),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (inFlight(q.state.data) ? WRITEBACK_POLL_MS : false),
    meta
  })
}

export function useGuideFacets() {
  return useQuery({ queryKey: ['guide', 'facets'], queryFn: () => call('guide:facets', {}), meta })
}

export function useGuideUndoState() {
  return useQuery({ queryKey: ['guide', 'undo'], queryFn: () => call('guide:undo-state', {}), meta })
}
