import { memo, useMemo } from 'react'
import { SearchOutlined } from '@ant-design/icons'
import { Checkbox, Input, Select, Space } from 'antd'
import type { GuideFacets, GuideStatus } from '../../../../preload/contract/models'
import { format, useStrings } from '../../i18n/locale'
import type { GuideFilters as Filters } from './guide-query'
import { guideStrings } from './strings'

interface Props {
  filters: Filters
  facets: GuideFacets | undefined
  onChange: (patch: Partial<Filters>) => void
}

/** Region, store, tag and status multi-selects, the two flags, and free-text search. */
export const GuideFilters = memo(function GuideFilters({ filters, facets, onChange }: Props) {
  const s = useStrings(guideStrings)
  const withCount = (label: string, n: number) => format(s.optionWithCount, { label, n })
  const regions = useMemo(
    () => facets?.regions.map((r) => ({ value: r.id, name: r.name, label: withCount(r.name, r.guideCount) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- withCount only reads `s`
    [facets, s]
  )
  const stores = useMemo(
    () =>
      facets?.stores.map((x) => ({
        value: x.id,
        name: `${x.code} ${x.name}`,
        label: withCount(`${x.code} ${x.name}`, x.guideCount)
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- withCount only reads `s`
    [facets, s]
  )
  const tags = facets?.tags.map((t) => ({ value: t.tag, label: withCount(t.tag, t.guideCount) }))
  const statuses = facets?.statuses.map((x) => ({ value: x.status, label: withCount(s.statuses[x.status], x.guideCount) }))
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const }
  return (
    <Space wrap size={8}>
      <Select<string[]> {...multi} data-testid="guide-filter-region" style={{ width: 170 }} placeholder={s.filterRegion}
        options={regions} value={filters.regionIds} onChange={(regionIds) => onChange({ regionIds })}
        showSearch={{ optionFilterProp: 'name' }} />
      <Select<string[]> {...multi} data-testid="guide-filter-store" style={{ width: 220 }} placeholder={s.filterStore}
        options={stores} value={filters.storeIds} onChange={(storeIds) => onChange({ storeIds })}
        showSearch={{ optionFilterProp: 'name' }} />
      <Select<string[]> {...multi} data-testid="guide-filter-tag" style={{ width: 150 }} placeholder={s.filterTag}
        options={tags} value={filters.tags} onChange={(t) => onChange({ tags: t })} />
      <Select<GuideStatus[]> {...multi} data-testid="guide-filter-status" style={{ width: 150 }} placeholder={s.filterStatus}
        options={statuses} value={filters.statuses} onChange={(x) => onChange({ statuses: x })} />
      <Checkbox data-testid="guide-filter-no-store" checked={filters.noStore} onChange={(e) => onChange({ noStore: e.target.checked })}>
        {facets ? withCount(s.noStore, facets.noStore) : s.noStore}
      </Checkbox>
      <Checkbox data-testid="guide-filter-not-guide" checked={filters.notGuide} onChange={(e) => onChange({ notGuide: e.target.checked })}>
        {facets ? withCount(s.notGuide, facets.notGuide) : s.notGuide}
      </Checkbox>
      <Input data-testid="guide-search" allowClear prefix={<SearchOutlined />} style={{ width: 220 }}
        placeholder={s.searchPlaceholder} value={filters.search} onChange={(e) => onChange({ search: e.target.value })} />
    </Space>
  )
})
