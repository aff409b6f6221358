import { Flex, Progress, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { HTMLAttributes } from 'react'
import type { SyncEntityState, SyncEntityStatus } from '../../../../preload/contract/models'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { problemText } from './error-text'
import { syncStrings } from './strings'
import { entityPercent, formatCount, formatDateTime } from './sync-format'

const STATE_COLOR: Record<SyncEntityState, string> = {
  idle: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
  cancelled: 'warning'
}

/** antd types row props as plain HTML attributes; the test hooks are data-* on the same <tr>. */
const rowHooks = (row: SyncEntityStatus) =>
  ({ 'data-testid': 'sync-entity-row', 'data-entity': row.entity }) as HTMLAttributes<HTMLElement>

/** One row per entity in pull order: state, progress, rows, times, and what went wrong. */
export function EntityTable({ rows }: { rows: SyncEntityStatus[] }) {
  const s = useStrings(syncStrings)
  const { locale } = useLocale()
  const when = (ms: number | null) => (ms === null ? s.none : formatDateTime(ms, locale))

  const columns: ColumnsType<SyncEntityStatus> = [
    { key: 'entity', title: s.columns.entity, width: 150, render: (_, r) => s.entities[r.entity] },
    {
      key: 'state',
      title: s.columns.state,
      width: 100,
      render: (_, r) => (
        <Tag color={STATE_COLOR[r.state]} data-testid="sync-entity-state" data-state={r.state}>
          {s.states[r.state]}
        </Tag>
      )
    },
    {
      key: 'progress',
      title: s.columns.progress,
      width: 200,
      render: (_, r) => {
        const percent = entityPercent(r.done, r.total)
        const count =
          r.total === null
            ? formatCount(r.done, locale)
            : format(s.doneOfTotal, {
                done: formatCount(r.done, locale),
                total: formatCount(r.total, locale)
              })
        return (
          <Flex vertical>
            <Typography.Text>{count}</Typography.Text>
            {r.state === 'running' && percent !== null && (
              <Progress percent={percent} size="small" status="active" showInfo={false} />
            )}
          </Flex>
        )
      }
    },
    {
      key: 'rows',
      title: s.columns.rows,
      width: 110,
      align: 'right',
      render: (_, r) => formatCount(r.rows, locale)
    },
    { key: 'started', title: s.columns.startedAt, width: 170, render: (_, r) => when(r.startedAt) },
    {
      key: 'finished',
      title: s.columns.finishedAt,
      width: 170,
      render: (_, r) => when(r.finishedAt)
    },
    {
      key: 'error',
      title: s.columns.error,
      render: (_, r) =>
        r.lastError ? (
          <Typography.Text type="danger" data-testid="sync-entity-error">
            {problemText(r.lastError, s, locale)}
          </Typography.Text>
        ) : null
    }
  ]

  return (
    <Table<SyncEntityStatus>
      data-testid="sync-entities"
      size="small"
      rowKey="entity"
      pagination={false}
      columns={columns}
      dataSource={rows}
      onRow={rowHooks}
      scroll={{ x: 'max-content' }}
    />
  )
}
