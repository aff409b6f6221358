import { useCallback, useMemo } from 'react'
import { useTable } from '@tanstack/react-table'
import { App, Button, Card, Empty, Flex } from 'antd'
import { DataGrid } from '../../components/data-grid/DataGrid'
import { gridFeatures } from '../../components/data-grid/grid-features'
import { FIXED_VIEW } from './grid-options'
import type { RowAttributes } from '../../components/data-grid/GridRow'
import { format, useStrings } from '../../i18n/locale'
import { ErrorAlert } from './ErrorAlert'
import { ledgerColumns } from './ledger-columns'
import { ledgerRows, replanCount, type LedgerRowView } from './ledger-rows'
import { handoverStrings } from './strings'
import { useLedger, useReconcile } from './use-handover'
import type { HandoverSubject } from './use-plan-flow'

interface Props {
  subject: HandoverSubject
  onReplan: () => void
  replanning: boolean
}

const rowAttributes = (r: LedgerRowView): RowAttributes => ({
  'data-id': r.id,
  'data-target': r.target,
  'data-status': r.status
})

/** One row per transfer sent: WeCom's status, the 24 h countdown, errcodes; 对账 and 重新分配. */
export function LedgerCard({ subject, onReplan, replanning }: Props) {
  const s = useStrings(handoverStrings)
  const { message } = App.useApp()
  const ledger = useLedger(subject.userid)
  const reconcile = useReconcile()
  const data = ledger.data
  const rows = useMemo(() => (data ? ledgerRows(data) : []), [data])
  const toReplan = data ? replanCount(data.customers) : 0
  const columns = useMemo(() => ledgerColumns(s), [s])
  const getRowId = useCallback((r: LedgerRowView) => r.key, [])
  const table = useTable({ features: gridFeatures, columns, data: rows, getRowId, ...FIXED_VIEW })
  const runReconcile = () =>
    reconcile.mutate(undefined, {
      onSuccess: (r) => void message.success(format(s.reconciled, { ...r }))
    })

  return (
    <Card
      size="small"
      title={s.ledgerTitle}
      data-testid="ledger-card"
      extra={
        <Flex gap={8}>
          <Button data-testid="reconcile" loading={reconcile.isPending} onClick={runReconcile}>
            {s.reconcile}
          </Button>
          <Button
            type="primary"
            data-testid="replan"
            disabled={toReplan === 0}
            loading={replanning}
            onClick={onReplan}
          >
            {format(s.replan, { n: toReplan })}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert errors={[ledger.error, reconcile.error]} testId="ledger-error" />
      {rows.length === 0 && !ledger.isPending ? (
        <Empty description={s.ledgerEmpty} />
      ) : (
        <DataGrid
          table={table}
          height={Math.min(420, 40 + 40 * Math.max(rows.length, 2))}
          loading={ledger.isPending}
          testId="ledger-grid"
          rowTestId="ledger-row"
          getRowAttributes={rowAttributes}
        />
      )}
    </Card>
  )
}
