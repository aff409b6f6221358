import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { StorePatch } from '../../../../preload/contract/models'
import { call } from '../../lib/api'
import { STORE_KEY } from './use-store-queries'

/** Saves the drawer's edits; the list and facets refetch once main has them. */
export function useSaveStore() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string; patch: StorePatch }) => call('store:update', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STORE_KEY })
  })
}
