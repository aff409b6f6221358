import { Alert, Card, Flex, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import type { NoticeDeliveryState, NoticeHistoryItem } from '../../../../preload/contract/notice-models'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { describeAudience } from './notice-draft'
import { noticeStrings } from './strings'
import { useNoticeHistory } from './use-notices'

const STATE_COLOUR: Record<NoticeDeliveryState, string> = {
  pending: 'processing',
  sent: 'success',
  partial: 'warning',
  failed: 'error'
}

/** Per-notice delivery from the outbox, and what WeCom reported it could not deliver. */
function Problems({ item }: { item: NoticeHistoryItem }) {
  const s = useStrings(noticeStrings)
  const zh = useLocale().locale === 'zh-CN'
  const people = (xs: NoticeHistoryItem['invalidUsers']) => xs.map((p) => <Tag key={p.userid}>{p.name ? `${p.name} (${p.userid})` : p.userid}</Tag>)
  if (item.errors.length === 0 && item.invalidUsers.length === 0 && item.unlicensedUsers.length === 0) {
    return <Typography.Text type="secondary">{s.noProblems}</Typography.Text>
  }
  return (
    <Flex vertical gap={6} data-testid={`notice-problems-${item.id}`}>
      {item.errors.map((e) => <Alert key={e.code} type="error" showIcon message={`${s.errorsTitle}: ${zh ? e.zh : e.en}`} />)}
      {item.invalidUsers.length > 0 && (
        <div data-testid="notice-invalid-users"><Typography.Text strong>{s.invalidTitle}: </Typography.Text>{people(item.invalidUsers)}</div>
      )}
      {item.unlicensedUsers.length > 0 && (
        <div><Typography.Text strong>{s.unlicensedTitle}: </Typography.Text>{people(item.unlicensedUsers)}</div>
      )}
    </Flex>
  )
}

export function NoticeHistory() {
  const s = useStrings(noticeStrings)
  const history = useNoticeHistory()
  // Open by default so delivery problems are seen; the operator may fold any away.
  const [folded, setFolded] = useState<ReadonlySet<number>>(new Set())
  const expanded = (history.data ?? []).map((n) => n.id).filter((id) => !folded.has(id))
  const toggle = (open: boolean, id: number) =>
    setFolded((f) => {
      const next = new Set(f)
      if (open) next.delete(id)
      else next.add(id)
      return next
    })
  const columns: ColumnsType<NoticeHistoryItem> = [
    { key: 'at', title: s.historyColumns.createdAt, width: 170, render: (_, n) => new Date(n.createdAt).toLocaleString() },
    {
      key: 'content',
      title: s.historyColumns.content,
      ellipsis: true,
      render: (_, n) => (
        <>
          {n.dueDate && <Tag color="blue">{`${s.taskTag} · ${format(s.dueLine, { date: n.dueDate })}`}</Tag>}
          {n.content}
        </>
      )
    },
    { key: 'audience', title: s.historyColumns.audience, width: 180, render: (_, n) => describeAudience(n.audience, s) },
    { key: 'n', title: s.historyColumns.recipients, width: 80, dataIndex: 'recipientCount' },
    {
      key: 'delivery',
      title: s.historyColumns.delivery,
      width: 190,
      render: (_, n) => (
        <span data-testid={`notice-state-${n.id}`} data-state={n.delivery.state}>
          <Tag color={STATE_COLOUR[n.delivery.state]}>{s.states[n.delivery.state]}</Tag>
          {format(s.chunksProgress, { sent: n.delivery.sent, total: n.delivery.sent + n.delivery.pending + n.delivery.failed })}
        </span>
      )
    }
  ]
  return (
    <Card title={s.historyTitle} size="small">
      {history.isError && <Alert type="error" showIcon message={s.loadFailed} />}
      <Table<NoticeHistoryItem> data-testid="notice-history" size="small" rowKey="id" columns={columns}
        dataSource={history.data} loading={history.isLoading} locale={{ emptyText: s.historyEmpty }}
        expandable={{ expandedRowRender: (n) => <Problems item={n} />, expandedRowKeys: expanded, onExpand: (open, n) => toggle(open, n.id) }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }} />
    </Card>
  )
}
