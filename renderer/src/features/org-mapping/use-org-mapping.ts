import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { OrgMappingRuleInput } from '../../../../preload/contract/models'
import { call } from '../../lib/api'

const ORG_MAPPING_KEY = ['org', 'mapping'] as const

/** The saved rule's view; a sync that rewrites departments, members or the org refetches it. */
export function useOrgMapping() {
  return useQuery({
    queryKey: ORG_MAPPING_KEY,
    queryFn: () => call('org:mapping', {}),
    meta: { tables: ['department', 'member', 'member_department', 'region', 'store', 'setting'] }
  })
}

export function usePreviewMapping() {
  return useMutation({
    mutationFn: (rule: OrgMappingRuleInput) => call('org:preview-mapping', { rule })
  })
}

export function useSaveMapping() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (rule: OrgMappingRuleInput) => call('org:update-mapping', { rule }),
    onSuccess: (view) => client.setQueryData(ORG_MAPPING_KEY, view)
  })
}
