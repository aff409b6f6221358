import { Alert, Flex, Table, Tag, Typography } from 'antd'
import type { GuideBulkPreview, GuideDiffRow } from '../../../../preload/contract/models'
import { format, useStrings } from '../../i18n/locale'
import { changeSide } from './guide-format'
import { guideStrings } from './strings'

/** Who changes from what to what, and what goes to WeCom; nothing is written yet. */
export function BulkPreview({ preview }: { preview: GuideBulkPreview }) {
  const s = useStrings(guideStrings)
  const p = s.preview
  const columns = [
    {
      title: p.guide,
      key: 'guide',
      width: 180,
      render: (_: unknown, r: GuideDiffRow) => `${r.name} (${r.userid})`
    },
    {
      title: p.change,
      key: 'change',
      render: (_: unknown, r: GuideDiffRow) =>
        r.changes.map((c) => (
          <div key={c.field}>
            {p.fields[c.field]}: {changeSide(c, 'from', s)} → <b>{changeSide(c, 'to', s)}</b>
          </div>
        ))
    },
    {
      title: p.wecom,
      key: 'wecom',
      width: 170,
      render: (_: unknown, r: GuideDiffRow) => (r.wecom === 'none' ? s.none : <Tag>{p.effects[r.wecom]}</Tag>)
    }
  ]
  const more = preview.changed - preview.rows.length
  return (
    <Flex vertical gap={8} data-testid="bulk-preview">
      <Typography.Text data-testid="bulk-preview-counts">
        {format(p.counts, { selected: preview.selected, changed: preview.changed, unchanged: preview.unchanged })}
      </Typography.Text>
      {preview.wecomWrites > 0 && <Alert type="info" title={format(p.wecomWrites, { n: preview.wecomWrites })} />}
      {preview.localOnlyStores.length > 0 && (
        <Alert type="warning" title={format(p.localOnly, { stores: preview.localOnlyStores.map((x) => x.name).join(', ') })} />
      )}
      {preview.changed === 0 ? (
        <Typography.Text type="secondary">{p.nothing}</Typography.Text>
      ) : (
        <Table<GuideDiffRow>
          size="small"
          rowKey="userid"
          columns={columns}
          dataSource={preview.rows}
          pagination={{ pageSize: 50, showSizeChanger: false }}
          scroll={{ y: 360 }}
        />
      )}
      {more > 0 && <Typography.Text type="secondary">{format(p.moreRows, { n: more })}</Typography.Text>}
    </Flex>
  )
}
