import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type {
  HandoverPlanRequest,
  HandoverPlanView,
  PlanEdit,
  PlanImportResult,
  PreflightResult
} from '../../../../preload/contract/handover-models'
import { blobToBase64 } from '../../components/base64'
import { downloadBase64File } from '../../components/download-file'
import { call } from '../../lib/api'

/** Who is handed over, as the left panel chose them. */
export interface HandoverSubject {
  readonly userid: string
  readonly name: string
  readonly kind: HandoverPlanRequest['kind']
}

/**
 * The plan → pre-flight → execute steps for one subject. The plan lives in main (by planId);
 * this keeps the latest view of it, and drops the pre-flight whenever the plan changes so a
 * stale verdict can never be executed against.
 */
export function usePlanFlow() {
  const client = useQueryClient()
  const [view, setView] = useState<HandoverPlanView | null>(null)
  const [checked, setChecked] = useState<PreflightResult | null>(null)
  const [imported, setImported] = useState<PlanImportResult | null>(null)
  const planId = view?.planId ?? ''

  const adopt = (next: HandoverPlanView) => {
    setView(next)
    setChecked(null)
    setImported(null)
  }
  const replacePlan = (plan: HandoverPlanView['plan']) => {
    setView((v) => (v ? { ...v, plan } : v))
    setChecked(null)
  }

  const plan = useMutation({
    mutationFn: (req: HandoverPlanRequest) => call('handover:plan', req),
    onSuccess: adopt
  })
  const replan = useMutation({
    mutationFn: (req: Omit<HandoverPlanRequest, 'kind'>) => call('handover:replan', req),
    onSuccess: adopt
  })
  const edit = useMutation({
    mutationFn: (edits: PlanEdit[]) => call('handover:edit-plan', { planId, edits }),
    onSuccess: (edited) => replacePlan(edited.plan)
  })
  const importPlan = useMutation({
    mutationFn: async (file: File) =>
      call('handover:import-plan', {
        planId,
        file: { fileName: file.name, base64: await blobToBase64(file) }
      }),
    onSuccess: (result) => {
      replacePlan(result.plan)
      setImported(result)
    }
  })
  const exportPlan = useMutation({
    mutationFn: () => call('handover:export-plan', { planId }),
    onSuccess: (file) => downloadBase64File(file)
  })
  const preflight = useMutation({
    mutationFn: () => call('handover:preflight', { planId }),
    onSuccess: setChecked
  })
  const execute = useMutation({
    mutationFn: () => call('handover:execute', { planId }),
    onSuccess: async () => {
      // main consumed the plan: nothing left to edit or send twice.
      setView(null)
      setChecked(null)
      setImported(null)
      await client.invalidateQueries({ queryKey: ['handover', 'ledger'] })
    }
  })

  return { view, checked, imported, plan, replan, edit, importPlan, exportPlan, preflight, execute }
}
export type PlanFlow = ReturnType<typeof usePlanFlow>
