import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { SyncOverview, SyncProgress } from '../../../../preload/contract/models'
import { call, onEvent } from '../../lib/api'
import { liveProgress } from './sync-format'

export const SYNC_OVERVIEW_KEY = ['sync', 'overview'] as const
/** Never fetched: the latest `sync:progress` event, cached so that any screen reads it. */
const SYNC_PROGRESS_KEY = ['sync', 'progress'] as const
/** During a run the entity rows move too, and events carry only the current entity: poll. */
const RUNNING_POLL_MS = 2000

export function useSyncOverview() {
  return useQuery({
    queryKey: SYNC_OVERVIEW_KEY,
    queryFn: () => call('sync:overview', {}),
    refetchInterval: (q) => (q.state.data?.running ? RUNNING_POLL_MS : false)
  })
}

/** The run in progress as the latest event tells it, or null when nothing runs. */
export function useSyncProgress(overview: SyncOverview | undefined): SyncProgress | null {
  const { data } = useQuery<SyncProgress | null>({
    queryKey: SYNC_PROGRESS_KEY,
    queryFn: skipToken,
    initialData: null,
    staleTime: Infinity
  })
  return liveProgress(overview, data ?? null)
}

/** Mounted once, in the shell: feeds the header and the Sync screen from main's events. */
export function useSyncEvents(): void {
  const client = useQueryClient()
  useEffect(() => {
    const offProgress = onEvent('sync:progress', (p) => {
      client.setQueryData(SYNC_PROGRESS_KEY, p)
      // A run started elsewhere (the schedule, another window): start polling the overview.
      const overview = client.getQueryData<SyncOverview>(SYNC_OVERVIEW_KEY)
      if (overview && !overview.running) {
        void client.invalidateQueries({ queryKey: SYNC_OVERVIEW_KEY })
      }
    })
    const offFinished = onEvent('sync:finished', () => {
      client.setQueryData(SYNC_PROGRESS_KEY, null)
      void client.invalidateQueries({ queryKey: SYNC_OVERVIEW_KEY })
      void client.invalidateQueries({ queryKey: ['app', 'status'] })
    })
    return () => {
      offProgress()
      offFinished()
    }
  }, [client])
}

export function useRunSync() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('sync:run-now', {}),
    onSettled: () => client.invalidateQueries({ queryKey: SYNC_OVERVIEW_KEY })
  })
}

export function useCancelSync() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('sync:cancel', {}),
    onSettled: () => client.invalidateQueries({ queryKey: SYNC_OVERVIEW_KEY })
  })
}
