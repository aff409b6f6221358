import { SendOutlined } from '@ant-design/icons'
import { Alert, Button, Flex, Table, Tag, Typography } from 'antd'
import type { NoticeExclusion, NoticePreview } from '../../../../preload/contract/notice-models'
import { format, useStrings } from '../../i18n/locale'
import { noticeStrings } from './strings'

interface Props {
  preview: NoticePreview
  stale: boolean
  sending: boolean
  onSend: () => void
}

/** Who the notice reaches, who it skips and why, and the one button that sends it. */
export function PreviewPanel({ preview, stale, sending, onSend }: Props) {
  const s = useStrings(noticeStrings)
  const columns = [
    { key: 'userid', dataIndex: 'userid', title: s.excludedColumns.userid },
    { key: 'name', dataIndex: 'name', title: s.excludedColumns.name },
    { key: 'reason', title: s.excludedColumns.reason, render: (_: unknown, e: NoticeExclusion) => s.reasons[e.reason] }
  ]
  return (
    <Flex vertical gap={8} data-testid="notice-preview">
      <Typography.Text strong data-testid="notice-preview-count">
        {format(s.previewCount, { n: preview.recipients, calls: preview.chunks.length })}
      </Typography.Text>
      {preview.sample.length > 0 && (
        <div>
          <Typography.Text type="secondary">{s.sampleTitle}: </Typography.Text>
          {preview.sample.map((p) => <Tag key={p.userid}>{p.name}</Tag>)}
        </div>
      )}
      {preview.excluded.length > 0 && (
        <>
          <Typography.Text type="warning" data-testid="notice-excluded-count">
            {format(s.excludedCount, { n: preview.excluded.length })}
          </Typography.Text>
          <Table<NoticeExclusion> size="small" rowKey="userid" data-testid="notice-excluded" columns={columns}
            dataSource={preview.excluded} pagination={{ pageSize: 10, hideOnSinglePage: true }} />
        </>
      )}
      {preview.blocked && <Alert type="error" showIcon data-testid="notice-blocked" message={preview.blocked} />}
      {stale && <Alert type="info" showIcon message={s.previewStale} />}
      <div>
        <Button type="primary" icon={<SendOutlined />} data-testid="notice-send" loading={sending}
          disabled={stale || preview.blocked !== null || preview.recipients === 0} onClick={onSend}>
          {format(s.send, { n: preview.recipients })}
        </Button>
      </div>
    </Flex>
  )
}
