import { Flex, Tag, Typography } from 'antd'
import { format, useStrings } from '../../i18n/locale'
import type { TakeoverTotal } from './plan-rows'
import { handoverStrings } from './strings'

/** Per takeover: customers and groups the plan gives, and their customer count before → after. */
export function TakeoverTotals({ totals }: { totals: readonly TakeoverTotal[] }) {
  const s = useStrings(handoverStrings)
  if (totals.length === 0) return null
  return (
    <Flex vertical gap={4} data-testid="takeover-totals">
      <Typography.Text strong>{s.totalsTitle}</Typography.Text>
      <Flex wrap gap={8}>
        {totals.map((t) => (
          <Tag key={t.userid} data-testid={`total-${t.userid}`}>
            {t.name}{' '}
            {format(s.totalLine, { n: t.customers + t.groups, before: t.before, after: t.after })}
          </Tag>
        ))}
      </Flex>
    </Flex>
  )
}
