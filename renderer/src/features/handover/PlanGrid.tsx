import { useCallback, useMemo } from 'react'
import { useTable } from '@tanstack/react-table'
import type { HandoverPlanView } from '../../../../preload/contract/handover-models'
import { DataGrid } from '../../components/data-grid/DataGrid'
import { gridFeatures } from '../../components/data-grid/grid-features'
import { FIXED_VIEW } from './grid-options'
import type { RowAttributes } from '../../components/data-grid/GridRow'
import { useStrings } from '../../i18n/locale'
import { planColumns } from './plan-columns'
import { eligibleTakeovers, type PlanRowView } from './plan-rows'
import { handoverStrings } from './strings'

interface Props {
  view: HandoverPlanView
  rows: PlanRowView[]
  busy: boolean
  onChange: (row: PlanRowView, takeoverUserid: string | null) => void
}

const rowAttributes = (r: PlanRowView): RowAttributes => ({
  'data-id': r.id,
  'data-target': r.target,
  'data-takeover': r.takeoverUserid ?? ''
})

/** The editable plan: one row per customer and group, takeover chosen per row. */
export function PlanGrid({ view, rows, busy, onChange }: Props) {
  const s = useStrings(handoverStrings)
  const handover = view.plan.handover
  const columns = useMemo(
    () =>
      planColumns({
        s,
        ownerName: handover.name,
        eligible: eligibleTakeovers(view.candidates, handover),
        disabled: busy,
        onChange
      }),
    [s, handover, view.candidates, busy, onChange]
  )
  const getRowId = useCallback((r: PlanRowView) => r.key, [])
  const table = useTable({ features: gridFeatures, columns, data: rows, getRowId, ...FIXED_VIEW })
  return (
    <DataGrid
      table={table}
      height={Math.min(420, 40 + 40 * Math.max(rows.length, 2))}
      busy={busy}
      testId="plan-grid"
      rowTestId="plan-row"
      getRowAttributes={rowAttributes}
    />
  )
}
