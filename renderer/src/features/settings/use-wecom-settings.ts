import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { WecomSettingsInput } from '../../../../preload/contract/models'
import { call } from '../../lib/api'

const WECOM_SETTINGS_KEY = ['wecom', 'settings'] as const

export function useWecomSettings() {
  return useQuery({
    queryKey: WECOM_SETTINGS_KEY,
    queryFn: () => call('wecom:get-settings', {})
  })
}

/** Saving may switch demo ↔ corp, which changes the data source the header and Sync show. */
export function useSaveWecomSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: WecomSettingsInput) => call('wecom:update-settings', input),
    onSuccess: (next) => {
      client.setQueryData(WECOM_SETTINGS_KEY, next)
      void client.invalidateQueries({ queryKey: ['sync', 'overview'] })
      void client.invalidateQueries({ queryKey: ['app', 'status'] })
    }
  })
}

export function useTestConnection() {
  return useMutation({ mutationFn: () => call('wecom:test-connection', {}) })
}
