import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { GuideStatus } from '../../../../preload/contract/models'
import { call } from '../../lib/api'
import { hasInFlight } from './ledger-rows'

const KEY = ['handover'] as const
/** Main reports writes to these (execute, reconcile, outbox delivery) through db:changed. */
const meta = { tables: ['customer_transfer', 'group_transfer', 'sync_outbox'] }
const ACTIVE: GuideStatus[] = ['active']
/** While the outbox sends, poll: delivery moves rows queued → sending → waiting. */
const IN_FLIGHT_POLL_MS = 2_000

/** get_unassigned_list walks the whole corp, so the list is read on demand, not on every change. */
export function useDeparted() {
  return useQuery({
    queryKey: [...KEY, 'departed'],
    queryFn: () => call('handover:departed', {}),
    staleTime: Infinity,
    meta: { tables: ['customer_transfer'] }
  })
}

/** Active guides matching a search, for 在职继承; nothing is asked before the user types. */
export function useActiveGuides(search: string) {
  return useQuery({
    queryKey: [...KEY, 'active-guides', search],
    queryFn: () => call('guide:list', { search, statuses: ACTIVE }),
    enabled: search.trim().length > 0,
    select: (list) => list.rows.slice(0, 50)
  })
}

export function useStoreOptions() {
  return useQuery({
    queryKey: [...KEY, 'stores'],
    queryFn: () => call('store:list', {}),
    staleTime: 60_000,
    meta: { tables: ['store'] }
  })
}

export function useLedger(handoverUserid: string | null) {
  return useQuery({
    queryKey: [...KEY, 'ledger', handoverUserid],
    queryFn: () => call('handover:ledger', { handoverUserid: handoverUserid ?? '' }),
    enabled: handoverUserid !== null,
    meta,
    refetchInterval: (q) =>
      q.state.data && hasInFlight(q.state.data.customers) ? IN_FLIGHT_POLL_MS : false
  })
}

export function useReconcile() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('handover:reconcile', {}),
    onSettled: () => client.invalidateQueries({ queryKey: [...KEY, 'ledger'] })
  })
}
