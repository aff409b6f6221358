import { Select, Tag } from 'antd'
import { createColumnHelper, type CellContext } from '@tanstack/react-table'
import type { TakeoverCandidate } from '../../../../preload/contract/handover-models'
import type { GridFeatures } from '../../components/data-grid/grid-features'
import type { PlanRowView } from './plan-rows'
import type { HandoverStrings } from './strings'

const helper = createColumnHelper<GridFeatures, PlanRowView>()
type Ctx = CellContext<GridFeatures, PlanRowView, unknown>

/** The select's value for 暂不交接: userids never start with a colon. */
export const HOLD = ':hold'

export interface PlanColumnDeps {
  readonly s: HandoverStrings
  readonly ownerName: string
  readonly eligible: readonly TakeoverCandidate[]
  readonly disabled: boolean
  /** null = 暂不交接. */
  readonly onChange: (row: PlanRowView, takeoverUserid: string | null) => void
}

/** Built once per plan view (new candidates, new owner) and locale. */
export function planColumns(d: PlanColumnDeps) {
  const c = d.s.columns
  const options = [
    ...d.eligible.map((e) => ({ value: e.userid, label: `${e.name} · ${e.customerCount}` })),
    { value: HOLD, label: d.s.hold }
  ]
  const takeoverCell = ({ row }: Ctx) => (
    <Select
      size="small"
      style={{ width: '100%' }}
      showSearch={{ optionFilterProp: 'label' }}
      value={row.original.takeoverUserid ?? HOLD}
      options={options}
      disabled={d.disabled}
      data-testid={`takeover-select-${row.original.row}`}
      onChange={(v: string) => d.onChange(row.original, v === HOLD ? null : v)}
    />
  )
  return helper.columns([
    helper.accessor('target', {
      header: c.target,
      size: 80,
      meta: { label: c.target },
      cell: ({ row }: Ctx) =>
        row.original.target === 'customer' ? (
          <Tag>{d.s.customer}</Tag>
        ) : (
          <Tag color="blue">{d.s.group}</Tag>
        )
    }),
    helper.accessor('name', { header: c.name, size: 180, meta: { label: c.name } }),
    helper.display({
      id: 'owner',
      header: c.owner,
      size: 110,
      meta: { label: c.owner },
      cell: () => d.ownerName
    }),
    helper.display({
      id: 'takeover',
      header: c.takeover,
      size: 220,
      meta: { label: c.takeover },
      cell: takeoverCell
    }),
    helper.accessor('takeoverCount', {
      header: c.takeoverCount,
      size: 120,
      meta: { label: c.takeoverCount, align: 'end' },
      cell: ({ row }: Ctx) => row.original.takeoverCount ?? ''
    }),
    helper.accessor('reason', {
      header: c.reason,
      size: 160,
      meta: { label: c.reason },
      cell: ({ row }: Ctx) =>
        row.original.reason ? <Tag color="orange">{d.s.reasons[row.original.reason]}</Tag> : null
    })
  ])
}
