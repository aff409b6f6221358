import { memo, useMemo } from 'react'
import { SearchOutlined } from '@ant-design/icons'
import { Input, Select, Space } from 'antd'
import { STORE_TYPES, type StoreFacets, type StoreType } from '../../../../preload/contract/models'
import { format, useStrings } from '../../i18n/locale'
import type { StoreFilters as Filters } from './store-query'
import { storeStrings } from './strings'

interface Props {
  filters: Filters
  facets: StoreFacets | undefined
  onChange: (patch: Partial<Filters>) => void
}

/** Searching a city matches its name, not the count shown next to it. */
const byValue = (input: string, option?: { value?: unknown }) =>
  String(option?.value ?? '').toLowerCase().includes(input.trim().toLowerCase())

/** Region, type and city multi-selects plus free-text search; every change is a new query. */
export const StoreFilters = memo(function StoreFilters({ filters, facets, onChange }: Props) {
  const s = useStrings(storeStrings)
  const regionOptions = useMemo(
    () =>
      facets?.regions.map((r) => ({
        value: r.id,
        name: r.name,
        label: format(s.optionWithCount, { label: r.name, n: r.storeCount })
      })),
    [facets, s]
  )
  const cityOptions = useMemo(
    () =>
      facets?.cities.map((c) => ({
        value: c.city,
        label: format(s.optionWithCount, { label: c.city, n: c.storeCount })
      })),
    [facets, s]
  )
  const typeOptions = useMemo(() => STORE_TYPES.map((t) => ({ value: t, label: s.types[t] })), [s])

  return (
    <Space wrap size={8}>
      <Select<string[]>
        data-testid="filter-region"
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 200 }}
        placeholder={s.filterRegion}
        options={regionOptions}
        value={filters.regionIds}
        onChange={(regionIds) => onChange({ regionIds })}
        showSearch={{ optionFilterProp: 'name' }}
      />
      <Select<StoreType[]>
        data-testid="filter-type"
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 180 }}
        placeholder={s.filterType}
        options={typeOptions}
        value={filters.types}
        onChange={(types) => onChange({ types })}
      />
      <Select<string[]>
        data-testid="filter-city"
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 200 }}
        placeholder={s.filterCity}
        options={cityOptions}
        value={filters.cities}
        onChange={(cities) => onChange({ cities })}
        showSearch={{ filterOption: byValue }}
      />
      <Input
        data-testid="store-search"
        allowClear
        prefix={<SearchOutlined />}
        style={{ width: 240 }}
        placeholder={s.searchPlaceholder}
        value={filters.search}
        onChange={(e) => onChange({ search: e.target.value })}
      />
    </Space>
  )
})
