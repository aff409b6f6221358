import { Tag } from 'antd'
import { createColumnHelper, type CellContext } from '@tanstack/react-table'
import type { GridFeatures } from '../../components/data-grid/grid-features'
import { format } from '../../i18n/locale'
import { useCountdown } from '../sync/use-countdown'
import { errcodeText } from './error-text'
import { formatCountdown, type LedgerRowView, type LedgerStatusKey } from './ledger-rows'
import type { HandoverStrings } from './strings'

const helper = createColumnHelper<GridFeatures, LedgerRowView>()
type Ctx = CellContext<GridFeatures, LedgerRowView, unknown>

const COLOURS: Record<LedgerStatusKey, string> = {
  queued: 'default',
  sending: 'processing',
  waiting: 'gold',
  done: 'green',
  refused: 'red',
  capped: 'volcano',
  none: 'default',
  rejected: 'red',
  groupDone: 'green',
  groupFailed: 'red'
}

/** Ticks on its own each second, so the grid does not redraw every row to move one clock. */
function Countdown({ until, s }: { until: number; s: HandoverStrings }) {
  const left = useCountdown(until)
  return <span>{left > 0 ? format(s.countdown, { time: formatCountdown(left) }) : s.dueNow}</span>
}

function detail(r: LedgerRowView, s: HandoverStrings) {
  if (r.status === 'waiting' && r.takeoverAt !== null)
    return <Countdown until={r.takeoverAt} s={s} />
  if (r.errcode !== null) return errcodeText(r.errcode, s)
  return null
}

export function ledgerColumns(s: HandoverStrings) {
  const c = s.ledgerColumns
  return helper.columns([
    helper.accessor('name', { header: c.customer, size: 180, meta: { label: c.customer } }),
    helper.accessor('takeoverName', { header: c.takeover, size: 120, meta: { label: c.takeover } }),
    helper.accessor('requestedAt', {
      header: c.requestedAt,
      size: 170,
      meta: { label: c.requestedAt },
      cell: ({ row }: Ctx) => new Date(row.original.requestedAt).toLocaleString()
    }),
    helper.accessor('status', {
      header: c.status,
      size: 170,
      meta: { label: c.status },
      cell: ({ row }: Ctx) => (
        <Tag color={COLOURS[row.original.status]} data-testid="ledger-status">
          {s.statuses[row.original.status]}
        </Tag>
      )
    }),
    helper.display({
      id: 'detail',
      header: c.detail,
      size: 280,
      meta: { label: c.detail },
      cell: ({ row }: Ctx) => detail(row.original, s)
    })
  ])
}
