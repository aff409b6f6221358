import { Flex, Progress, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { HTMLAttributes } from 'react'
import type { QuotaMeter } from '../../../../preload/contract/models'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { cooldownText, meterStatus, quotaPercent, sortMeters } from './quota'
import { syncStrings } from './strings'
import { formatCount } from './sync-format'
import { useCountdown } from './use-countdown'

const rowHooks = (m: QuotaMeter) =>
  ({ 'data-testid': 'quota-row', 'data-path': m.path }) as HTMLAttributes<HTMLElement>

/** Use against the limit, as a bar and as numbers. */
function Meter({ used, limit, testId }: { used: number; limit: number; testId: string }) {
  const s = useStrings(syncStrings)
  const { locale } = useLocale()
  const percent = quotaPercent(used, limit)
  return (
    <Flex vertical style={{ minWidth: 140 }} data-testid={testId} data-percent={percent}>
      <Progress percent={percent} status={meterStatus(percent)} size="small" showInfo={false} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {format(s.quotaUse, { used: formatCount(used, locale), limit: formatCount(limit, locale) })}
      </Typography.Text>
    </Flex>
  )
}

/** Ticks down on its own; shows "OK" once the block ends even if the overview is not refetched. */
function Cooldown({ until }: { until: number }) {
  const s = useStrings(syncStrings)
  const text = cooldownText(useCountdown(until), s.cooldown)
  if (!text) return <Tag color="success">{s.quotaOk}</Tag>
  return (
    <Tooltip title={s.cooldownHint}>
      <Tag color="error" data-testid="quota-cooldown">
        {text}
      </Tag>
    </Tooltip>
  )
}

/** Per-API pacing: minute and hour use, 45009 cooldowns, concurrency. */
export function QuotaTable({ meters, now }: { meters: QuotaMeter[]; now: number }) {
  const s = useStrings(syncStrings)
  const columns: ColumnsType<QuotaMeter> = [
    {
      key: 'path',
      title: s.quotaColumns.path,
      render: (_, m) => <Typography.Text code>{m.path}</Typography.Text>
    },
    {
      key: 'minute',
      title: s.quotaColumns.minute,
      width: 180,
      render: (_, m) => <Meter used={m.usedMinute} limit={m.limitMinute} testId="quota-minute" />
    },
    {
      key: 'hour',
      title: s.quotaColumns.hour,
      width: 180,
      render: (_, m) => <Meter used={m.usedHour} limit={m.limitHour} testId="quota-hour" />
    },
    {
      key: 'concurrency',
      title: s.quotaColumns.concurrency,
      width: 90,
      align: 'right',
      render: (_, m) => m.concurrency
    },
    {
      key: 'status',
      title: s.quotaColumns.status,
      width: 180,
      render: (_, m) =>
        m.blockedUntil === null ? (
          <Tag color="success">{s.quotaOk}</Tag>
        ) : (
          <Cooldown until={m.blockedUntil} />
        )
    }
  ]
  return (
    <Table<QuotaMeter>
      data-testid="sync-quota"
      size="small"
      rowKey="path"
      pagination={false}
      columns={columns}
      dataSource={sortMeters(meters, now)}
      onRow={rowHooks}
      locale={{ emptyText: s.quotaEmpty }}
      scroll={{ x: 'max-content' }}
    />
  )
}
