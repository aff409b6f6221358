import { useQuery } from '@tanstack/react-query'
import { Divider, Flex, List, Tag, Typography } from 'antd'
import { format, useStrings } from '../../i18n/locale'
import { call } from '../../lib/api'
import { guideStrings } from './strings'

const meta = { tables: ['guide_store', 'member', 'guide_stats'] }

/** The store drawer's guides and customer counts (read from the guide stats, never counted live). */
export function StoreGuideSummary({ storeId }: { storeId: string }) {
  const s = useStrings(guideStrings)
  const t = s.storeSummary
  const summary = useQuery({
    queryKey: ['guide', 'store-summary', storeId],
    queryFn: () => call('guide:store-summary', { storeId }),
    meta
  })
  const data = summary.data
  if (!data) return null
  return (
    <Flex vertical gap={4} data-testid="store-guide-summary">
      <Divider titlePlacement="start" style={{ margin: '4px 0' }}>
        {t.title}
      </Divider>
      <Typography.Text>{format(t.guides, { n: data.guideCount, active: data.activeGuideCount })}</Typography.Text>
      <Typography.Text type="secondary">
        {format(t.customers, { customers: data.customerCount, groups: data.groupCount })}
      </Typography.Text>
      {data.guides.length === 0 ? (
        <Typography.Text type="secondary">{t.none}</Typography.Text>
      ) : (
        <List
          size="small"
          style={{ maxHeight: 200, overflow: 'auto' }}
          dataSource={data.guides}
          renderItem={(g) => (
            <List.Item extra={g.customerCount}>
              <Tag>{g.role === 'primary' ? t.primary : t.secondary}</Tag>
              {g.name} ({g.userid}) · {s.statuses[g.status]}
            </List.Item>
          )}
        />
      )}
    </Flex>
  )
}
