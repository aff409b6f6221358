import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { HTMLAttributes } from 'react'
import {
  OUTBOX_STATES,
  type OutboxItem,
  type OutboxState,
  type OutboxSummary
} from '../../../../preload/contract/models'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { outboxStrings } from './outbox-strings'
import { formatDateTime } from './sync-format'

const STATE_COLOR: Record<OutboxState, string> = {
  pending: 'processing',
  sending: 'processing',
  delivered: 'success',
  failed: 'error'
}

export interface OutboxCardProps {
  summary: OutboxSummary
  failed: OutboxItem[]
  loadError: boolean
  retryPending: boolean
  /** ids absent = retry every failed row. */
  onRetry: (ids?: number[]) => void
}

const rowHooks = (row: OutboxItem) =>
  ({ 'data-testid': 'outbox-failed-row', 'data-id': row.id }) as HTMLAttributes<HTMLElement>

/** 待写回企业微信: counts by state, and the failed writes with their reason and a retry. */
export function OutboxCard(p: OutboxCardProps) {
  const s = useStrings(outboxStrings)
  const { summary } = p
  const idle = OUTBOX_STATES.every((state) => state === 'delivered' || summary[state] === 0)
  return (
    <Card
      size="small"
      title={s.title}
      data-testid="outbox-card"
      extra={
        <Button
          data-testid="outbox-retry-all"
          size="small"
          disabled={summary.failed === 0}
          loading={p.retryPending}
          onClick={() => p.onRetry()}
        >
          {s.retryAll}
        </Button>
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{idle ? s.empty : s.hint}</Typography.Text>
        <Flex gap={8} wrap>
          {OUTBOX_STATES.map((state) => (
            <Tag
              key={state}
              color={STATE_COLOR[state]}
              data-testid="outbox-count"
              data-state={state}
              data-count={summary[state]}
            >
              {s.states[state]} {summary[state]}
            </Tag>
          ))}
        </Flex>
        {p.loadError && <Alert type="error" showIcon title={s.loadFailed} />}
        {p.failed.length > 0 && <FailedTable {...p} />}
      </Flex>
    </Card>
  )
}

function FailedTable(p: OutboxCardProps) {
  const s = useStrings(outboxStrings)
  const { locale } = useLocale()
  const columns: ColumnsType<OutboxItem> = [
    {
      key: 'what',
      title: s.columns.what,
      width: 220,
      render: (_, r) => `${s.kinds[r.kind] ?? r.kind} · ${r.entityId}`
    },
    {
      key: 'reason',
      title: s.columns.reason,
      render: (_, r) => (
        <span data-testid="outbox-reason">
          {r.lastError ? (locale === 'zh-CN' ? r.lastError.zh : r.lastError.en) : ''}
        </span>
      )
    },
    { key: 'attempts', title: s.columns.attempts, width: 90, render: (_, r) => r.attempts },
    {
      key: 'createdAt',
      title: s.columns.createdAt,
      width: 170,
      render: (_, r) => formatDateTime(r.createdAt, locale)
    },
    {
      key: 'action',
      title: s.columns.action,
      width: 80,
      render: (_, r) => (
        <Button
          size="small"
          data-testid="outbox-retry-row"
          disabled={p.retryPending}
          onClick={() => p.onRetry([r.id])}
        >
          {s.retry}
        </Button>
      )
    }
  ]
  const hidden = p.summary.failed - p.failed.length
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{s.failedTitle}</Typography.Text>
      <Table<OutboxItem>
        size="small"
        rowKey="id"
        pagination={false}
        columns={columns}
        dataSource={p.failed}
        onRow={rowHooks}
      />
      {hidden > 0 && <Typography.Text type="secondary">{format(s.more, { n: hidden })}</Typography.Text>}
    </Flex>
  )
}
