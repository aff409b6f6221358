import { Alert, App, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd'
import type { PreflightRow } from '../../../../preload/contract/handover-models'
import { format, useStrings } from '../../i18n/locale'
import { ErrorAlert } from './ErrorAlert'
import { handoverStrings } from './strings'
import type { PlanFlow } from './use-plan-flow'

/** Pre-flight shows what would fail, by row and why, before anything reaches WeCom. */
export function PreflightCard({ flow }: { flow: PlanFlow }) {
  const s = useStrings(handoverStrings)
  const { message } = App.useApp()
  const { view, checked } = flow
  const problems = checked ? checked.rows.filter((r) => !r.verdict.ok) : []
  const canExecute = !!checked && checked.passed > 0 && !flow.execute.isPending
  const execute = () =>
    flow.execute.mutate(undefined, {
      onSuccess: (r) =>
        void message.success(
          format(s.executed, { customers: r.customers, groups: r.groups, batches: r.batches })
        )
    })

  return (
    <Card size="small" title={s.preflightTitle} data-testid="preflight-card">
      <Flex vertical gap={12}>
        <Flex gap={8} align="center">
          <Button
            data-testid="preflight-run"
            disabled={!view}
            loading={flow.preflight.isPending}
            onClick={() => flow.preflight.mutate()}
          >
            {s.runPreflight}
          </Button>
          <Popconfirm
            title={s.executeConfirm}
            onConfirm={execute}
            okButtonProps={{ 'data-testid': 'execute-confirm' }}
          >
            <Button
              type="primary"
              danger
              data-testid="execute"
              disabled={!canExecute}
              loading={flow.execute.isPending}
            >
              {s.execute}
            </Button>
          </Popconfirm>
          {view && !checked && (
            <Typography.Text type="secondary">{s.preflightStale}</Typography.Text>
          )}
        </Flex>
        <ErrorAlert errors={[flow.preflight.error, flow.execute.error]} testId="preflight-error" />
        {checked && (
          <div data-testid="preflight-result">
            <Alert
              type={checked.failed > 0 ? 'warning' : 'success'}
              showIcon
              title={format(s.preflightSummary, {
                passed: checked.passed,
                failed: checked.failed,
                held: checked.held
              })}
              description={checked.failed + checked.held === 0 ? s.preflightAllPass : undefined}
            />
          </div>
        )}
        {problems.length > 0 && <ProblemTable rows={problems} />}
      </Flex>
    </Card>
  )
}

/** Predicted failures and held rows, with main's zh-CN reason (the code's wording in English). */
function ProblemTable({ rows }: { rows: PreflightRow[] }) {
  const s = useStrings(handoverStrings)
  return (
    <Table<PreflightRow>
      data-testid="preflight-problems"
      size="small"
      rowKey={(r) => `${r.target}:${r.id}`}
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: s.columns.name, render: (_, r) => r.name || r.id },
        { title: s.columns.takeover, render: (_, r) => r.takeoverUserid ?? s.hold },
        {
          title: s.ledgerColumns.status,
          render: (_, r) =>
            r.verdict.ok ? null : (
              <Flex gap={4} wrap>
                <Tag color={r.verdict.problem === 'held' ? 'default' : 'red'}>
                  {s.problems[r.verdict.problem]}
                </Tag>
                <span>{r.verdict.message}</span>
              </Flex>
            )
        }
      ]}
    />
  )
}
