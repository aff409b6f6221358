import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { onEvent } from '../../lib/api'
import { STORE_KEY } from './use-store-queries'

/** Refetches store data whenever main reports a write to the `store` table (edit, import, sync). */
export function useStoreInvalidation(): void {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onEvent('db:changed', ({ tables }) => {
        if (tables.includes('store')) void queryClient.invalidateQueries({ queryKey: STORE_KEY })
      }),
    [queryClient]
  )
}
