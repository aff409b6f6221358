import { ReloadOutlined } from '@ant-design/icons'
import { Button, Empty, Flex, List, Spin, Typography } from 'antd'
import type { DepartedGuide } from '../../../../preload/contract/handover-models'
import { format, useStrings } from '../../i18n/locale'
import { ErrorAlert } from './ErrorAlert'
import { handoverStrings } from './strings'
import { useDeparted } from './use-handover'

interface Props {
  selected: string | null
  onSelect: (guide: DepartedGuide) => void
}

/** 离职继承: who left with customers or groups still on their name. */
export function DepartedList({ selected, onSelect }: Props) {
  const s = useStrings(handoverStrings)
  const departed = useDeparted()
  return (
    <Flex vertical gap={8} style={{ minHeight: 0, flex: 1 }}>
      <Flex align="center" justify="space-between">
        <Typography.Text type="secondary">{s.departedHint}</Typography.Text>
        <Button
          size="small"
          icon={<ReloadOutlined />}
          loading={departed.isFetching}
          onClick={() => void departed.refetch()}
          data-testid="departed-refresh"
          title={s.refresh}
        />
      </Flex>
      <ErrorAlert errors={[departed.error]} testId="departed-error" />
      {departed.isPending ? (
        <Spin />
      ) : (
        <List
          data-testid="departed-list"
          style={{ overflow: 'auto' }}
          dataSource={departed.data ?? []}
          locale={{ emptyText: <Empty description={s.departedEmpty} /> }}
          renderItem={(g) => (
            <List.Item
              data-testid={`departed-${g.userid}`}
              onClick={() => onSelect(g)}
              style={{
                cursor: 'pointer',
                paddingInline: 8,
                background: g.userid === selected ? '#e6f4ff' : undefined
              }}
            >
              <List.Item.Meta
                title={g.name}
                description={
                  <>
                    <div>
                      {format(s.holdings, { customers: g.customerCount, groups: g.groupCount })}
                    </div>
                    <div>
                      {g.dimissionAt
                        ? format(s.departedAt, { at: new Date(g.dimissionAt).toLocaleString() })
                        : s.departedUnknown}
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Flex>
  )
}
