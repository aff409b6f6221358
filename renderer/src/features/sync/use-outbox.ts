import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../lib/api'

const OUTBOX_KEY = ['outbox'] as const
/** Refetched whenever main reports a write to the outbox (db:changed), nothing else. */
const meta = { tables: ['sync_outbox'] }
/** The failed rows the card lists; the count above it is exact. */
export const FAILED_LIMIT = 50

export function useOutboxSummary() {
  return useQuery({
    queryKey: [...OUTBOX_KEY, 'summary'],
    queryFn: () => call('outbox:summary', {}),
    meta
  })
}

export function useFailedOutbox() {
  return useQuery({
    queryKey: [...OUTBOX_KEY, 'failed'],
    queryFn: () => call('outbox:list', { state: 'failed', limit: FAILED_LIMIT }),
    meta
  })
}

/** ids absent = every failed row. */
export function useRetryOutbox() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (ids?: number[]) => call('outbox:retry', ids ? { ids } : {}),
    onSettled: () => client.invalidateQueries({ queryKey: OUTBOX_KEY })
  })
}
