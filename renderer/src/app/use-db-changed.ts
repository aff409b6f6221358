import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { onEvent } from '../lib/api'

/**
 * When main reports which tables a write touched, refetch the queries that declared those
 * tables in `meta.tables` (Actual Budget's and Bruno's pattern): nothing else reloads.
 */
export function useDbChanged(): void {
  const client = useQueryClient()
  useEffect(
    () =>
      onEvent('db:changed', ({ tables }) => {
        void client.invalidateQueries({
          predicate: (q) => {
            const declared = (q.meta?.tables ?? []) as string[]
            return declared.some((t) => tables.includes(t))
          }
        })
      }),
    [client]
  )
}
