import { Alert, Card, Flex, Statistic } from 'antd'
import type { OrgMappingTotals } from '../../../../preload/contract/models'
import { useStrings } from '../../i18n/locale'
import { orgMappingStrings } from './strings'

const SHOWN = ['departments', 'regions', 'stores', 'insideStore', 'excluded'] as const

/** How many departments become regions and stores, and how many are left out. */
export function MappingTotals({ totals }: { totals: OrgMappingTotals }) {
  const s = useStrings(orgMappingStrings)
  return (
    <Card size="small" title={s.totalsTitle} data-testid="org-totals">
      <Flex gap={24} wrap>
        {SHOWN.map((key) => (
          <div key={key} data-testid="org-total" data-key={key} data-value={totals[key]}>
            <Statistic title={s.totals[key]} value={totals[key]} />
          </div>
        ))}
      </Flex>
      {totals.storesWithoutRegion > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`${s.totals.storesWithoutRegion}: ${totals.storesWithoutRegion}`}
          description={s.storesWithoutRegionHint}
        />
      )}
    </Card>
  )
}
