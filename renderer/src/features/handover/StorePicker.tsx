import { Select } from 'antd'
import { useStrings } from '../../i18n/locale'
import { handoverStrings } from './strings'
import { useStoreOptions } from './use-handover'

interface Props {
  value: string[]
  onChange: (storeIds: string[]) => void
}

/** Stores to hand over within; needed when the cache never learnt a leaver's store. */
export function StorePicker({ value, onChange }: Props) {
  const s = useStrings(handoverStrings)
  const stores = useStoreOptions()
  return (
    <Select
      data-testid="plan-stores"
      mode="multiple"
      allowClear
      style={{ minWidth: 280, flex: 1 }}
      placeholder={s.stores}
      title={s.storesHint}
      loading={stores.isPending}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      maxTagCount="responsive"
      options={(stores.data?.rows ?? []).map((r) => ({
        value: r.id,
        label: `${r.name} · ${r.code} · ${r.regionName}`
      }))}
    />
  )
}
