import { useCallback, useMemo, useRef } from 'react'
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Typography } from 'antd'
import { format, useStrings } from '../../i18n/locale'
import { ErrorAlert } from './ErrorAlert'
import { PlanGrid } from './PlanGrid'
import { needsStore, planRows, takeoverTotals, unplacedCount, type PlanRowView } from './plan-rows'
import { StorePicker } from './StorePicker'
import { handoverStrings } from './strings'
import { TakeoverTotals } from './TakeoverTotals'
import type { HandoverSubject, PlanFlow } from './use-plan-flow'

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

interface Props {
  subject: HandoverSubject
  flow: PlanFlow
  storeIds: string[]
  onStoreIds: (storeIds: string[]) => void
  onGenerate: () => void
  /** 在职继承: the message typed differs from the one the plan will send. */
  messageStale: boolean
}

/** Stores, the editable plan grid, per-takeover totals, and the plan as .xlsx both ways. */
export function PlanCard(props: Props) {
  const { subject, flow, storeIds, onStoreIds, onGenerate } = props
  const s = useStrings(handoverStrings)
  const fileRef = useRef<HTMLInputElement>(null)
  const { view } = flow
  const rows = useMemo(() => (view ? planRows(view.plan, view.candidates) : []), [view])
  const totals = useMemo(() => (view ? takeoverTotals(rows, view.candidates) : []), [rows, view])
  const { mutate: edit } = flow.edit
  const onChange = useCallback(
    (row: PlanRowView, takeoverUserid: string | null) =>
      edit([{ row: row.row, target: row.target, id: row.id, takeoverUserid }]),
    [edit]
  )
  const busy =
    flow.plan.isPending || flow.replan.isPending || flow.edit.isPending || flow.importPlan.isPending
  const imported = flow.imported

  return (
    <Card size="small" title={format(s.planFor, { name: subject.name })} data-testid="plan-card">
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <StorePicker value={storeIds} onChange={onStoreIds} />
          <Button
            type="primary"
            data-testid="plan-generate"
            loading={flow.plan.isPending}
            onClick={onGenerate}
          >
            {s.generate}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            data-testid="plan-export"
            disabled={!view}
            loading={flow.exportPlan.isPending}
            onClick={() => flow.exportPlan.mutate()}
          >
            {s.exportPlan}
          </Button>
          <input
            ref={fileRef}
            type="file"
            accept={XLSX_ACCEPT}
            data-testid="plan-import-file"
            style={{ display: 'none' }}
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = '' // picking the same file again must fire onChange again
              if (file) flow.importPlan.mutate(file)
            }}
          />
          <Button
            icon={<UploadOutlined />}
            data-testid="plan-import"
            disabled={!view}
            loading={flow.importPlan.isPending}
            onClick={() => fileRef.current?.click()}
          >
            {s.importPlan}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{s.storesHint}</Typography.Text>
        <ErrorAlert
          errors={[
            flow.plan.error,
            flow.replan.error,
            flow.edit.error,
            flow.importPlan.error,
            flow.exportPlan.error
          ]}
          testId="plan-error"
        />
        {needsStore(rows) && (
          <Alert type="warning" showIcon title={s.storeUnknown} data-testid="plan-store-unknown" />
        )}
        {props.messageStale && view && (
          <Alert type="info" showIcon title={s.messageChanged} data-testid="plan-message-stale" />
        )}
        {imported && <ImportResult changed={imported.changed} issues={imported.issues} />}
        {view && (
          <>
            <Typography.Text data-testid="plan-summary">
              {format(s.planSummary, {
                customers: view.plan.customers.length,
                groups: view.plan.groups.length,
                unplaced: unplacedCount(rows)
              })}
            </Typography.Text>
            <PlanGrid view={view} rows={rows} busy={busy} onChange={onChange} />
            <TakeoverTotals totals={totals} />
          </>
        )}
      </Flex>
    </Card>
  )
}

function ImportResult({
  changed,
  issues
}: {
  changed: number
  issues: readonly { row: number; column: string; message: string }[]
}) {
  const s = useStrings(handoverStrings)
  return (
    <div data-testid="plan-import-result">
      <Alert
        type={issues.length > 0 ? 'warning' : 'success'}
        showIcon
        title={format(s.imported, { n: changed })}
        description={
          issues.length > 0 && (
            <>
              <div>{format(s.importIssues, { n: issues.length })}</div>
              {issues.slice(0, 20).map((i) => (
                <div key={`${i.row}:${i.column}`}>{format(s.issueLine, i)}</div>
              ))}
            </>
          )
        }
      />
    </div>
  )
}
