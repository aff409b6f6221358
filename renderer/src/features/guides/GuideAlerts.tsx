import { Alert, Button, Flex, List, Popover } from 'antd'
import type { GuideFacets } from '../../../../preload/contract/models'
import { format, useStrings } from '../../i18n/locale'
import { guideStrings } from './strings'

interface Props {
  facets: GuideFacets | undefined
  /** Shows the guides without a store. */
  onShowGuidesWithoutStore: () => void
}

/** The store-side alerts: stores without an active guide, guides without a store. */
export function GuideAlerts({ facets, onShowGuidesWithoutStore }: Props) {
  const s = useStrings(guideStrings)
  if (!facets || (facets.storesWithoutGuides.length === 0 && facets.noStore === 0)) return null
  const stores = (
    <List
      size="small"
      style={{ maxHeight: 320, overflow: 'auto', width: 320 }}
      dataSource={facets.storesWithoutGuides}
      renderItem={(x) => <List.Item>{`${x.code} ${x.name}`}</List.Item>}
    />
  )
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="guide-alerts"
      title={
        <Flex gap={16} wrap>
          {facets.storesWithoutGuides.length > 0 && (
            <Popover content={stores} title={s.alerts.storesWithoutGuidesTitle} trigger="click">
              <Button type="link" size="small" data-testid="alert-stores-without-guides">
                {format(s.alerts.storesWithoutGuides, { n: facets.storesWithoutGuides.length })}
              </Button>
            </Popover>
          )}
          {facets.noStore > 0 && (
            <Button type="link" size="small" data-testid="alert-guides-without-store" onClick={onShowGuidesWithoutStore}>
              {format(s.alerts.guidesWithoutStore, { n: facets.noStore })}
            </Button>
          )}
        </Flex>
      }
    />
  )
}
