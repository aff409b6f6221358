import { Card, Flex, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { HTMLAttributes } from 'react'
import type { OrgMappingChange } from '../../../../preload/contract/models'
import { format, useStrings } from '../../i18n/locale'
import { CHANGE_COLOR, countChanges } from './org-tree'
import { orgMappingStrings, type OrgMappingStrings } from './strings'

/** antd types row props as plain HTML attributes; the test hooks are data-* on the same <tr>. */
const rowHooks = (c: OrgMappingChange) =>
  ({
    'data-testid': 'org-diff-row',
    'data-entity': c.entity,
    'data-change': c.change
  }) as HTMLAttributes<HTMLElement>

const detailOf = (c: OrgMappingChange, s: OrgMappingStrings): string => {
  if (c.change === 'rename') return format(s.renamedFrom, { from: c.from ?? '' })
  if (c.change === 'move') return format(s.movedFromTo, { from: c.from ?? '', to: c.to ?? '' })
  return ''
}

/** What the next sync would create, remove, rename or move among regions and stores. */
export function MappingDiff({ changes }: { changes: OrgMappingChange[] }) {
  const s = useStrings(orgMappingStrings)
  const columns: ColumnsType<OrgMappingChange> = [
    {
      key: 'change',
      title: s.columns.change,
      width: 96,
      render: (_, c) => <Tag color={CHANGE_COLOR[c.change]}>{s.changes[c.change]}</Tag>
    },
    { key: 'entity', title: s.columns.entity, width: 72, render: (_, c) => s.entities[c.entity] },
    { key: 'name', title: s.columns.name, dataIndex: 'name' },
    { key: 'detail', title: s.columns.detail, render: (_, c) => detailOf(c, s) }
  ]
  return (
    <Card size="small" title={s.diffTitle} data-testid="org-diff" data-count={changes.length}>
      {changes.length === 0 ? (
        <Typography.Text type="secondary">{s.diffNone}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          <Flex gap={8} wrap>
            {countChanges(changes).map((c) => (
              <Tag
                key={`${c.entity}-${c.change}`}
                color={CHANGE_COLOR[c.change]}
                data-testid="org-diff-count"
                data-entity={c.entity}
                data-change={c.change}
                data-count={c.count}
              >
                {s.entities[c.entity]} · {s.changes[c.change]}{' '}
                {format(s.changeCount, { count: c.count })}
              </Tag>
            ))}
          </Flex>
          {changes.some((c) => c.change === 'remove') && (
            <Typography.Text type="secondary">{s.diffRemoveNote}</Typography.Text>
          )}
          <Table<OrgMappingChange>
            size="small"
            columns={columns}
            dataSource={changes}
            rowKey={(c) => `${c.entity}-${c.change}-${c.departmentId}`}
            onRow={rowHooks}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          />
        </Flex>
      )}
    </Card>
  )
}
