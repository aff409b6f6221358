import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { NoticeDraft, NoticeFilter, NoticeHistoryItem } from '../../../../preload/contract/notice-models'
import { call } from '../../lib/api'

const NOTICE_KEY = ['notice'] as const
/** History follows the outbox (delivery) and new notices; audiences their own table. */
const historyMeta = { tables: ['notice', 'sync_outbox'] }
const audienceMeta = { tables: ['notice_audience'] }
/** While a chunk is still queued, poll too: delivery events may come from another window. */
export const HISTORY_POLL_MS = 2000

const inFlight = (items: NoticeHistoryItem[] | undefined) =>
  items?.some((n) => n.delivery.state === 'pending') ?? false

export function useNoticeHistory() {
  return useQuery({
    queryKey: [...NOTICE_KEY, 'list'],
    queryFn: () => call('notice:list', { limit: 100 }),
    refetchInterval: (q) => (inFlight(q.state.data) ? HISTORY_POLL_MS : false),
    meta: historyMeta
  })
}

export function useSavedAudiences() {
  return useQuery({ queryKey: [...NOTICE_KEY, 'audiences'], queryFn: () => call('notice:audiences', {}), meta: audienceMeta })
}

export function useNoticePreview() {
  return useMutation({ mutationFn: (draft: NoticeDraft) => call('notice:preview', draft) })
}

export function useSendNotice() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (draft: NoticeDraft) => call('notice:send', draft),
    onSettled: () => client.invalidateQueries({ queryKey: NOTICE_KEY })
  })
}

export function useSaveAudience() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (q: { name: string; filter: NoticeFilter }) => call('notice:save-audience', q),
    onSettled: () => client.invalidateQueries({ queryKey: [...NOTICE_KEY, 'audiences'] })
  })
}

export function useDeleteAudience() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => call('notice:delete-audience', { id }),
    onSettled: () => client.invalidateQueries({ queryKey: [...NOTICE_KEY, 'audiences'] })
  })
}
