import { useState } from 'react'
import { Flex, Input, Select, Typography } from 'antd'
import { useDebouncedValue } from '../../components/use-debounced-value'
import { useStrings } from '../../i18n/locale'
import { handoverStrings } from './strings'
import { useActiveGuides } from './use-handover'

/** WeCom's limit for transfer_success_msg. */
export const MAX_TRANSFER_MESSAGE = 200

interface Props {
  selected: string | null
  onSelect: (guide: { userid: string; name: string }) => void
  message: string
  onMessage: (message: string) => void
}

/** 在职继承 (轮岗、换店): any active guide as the handover, and the message customers get. */
export function InServicePicker({ selected, onSelect, message, onMessage }: Props) {
  const s = useStrings(handoverStrings)
  const [search, setSearch] = useState('')
  const guides = useActiveGuides(useDebouncedValue(search, 250))
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{s.inServiceHint}</Typography.Text>
      <Select
        data-testid="in-service-guide"
        showSearch={{ filterOption: false, onSearch: setSearch }}
        placeholder={s.pickGuide}
        value={selected ?? undefined}
        loading={guides.isFetching}
        options={(guides.data ?? []).map((g) => ({
          value: g.userid,
          label: `${g.name} · ${g.userid}`,
          name: g.name
        }))}
        onChange={(_, option) => {
          const o = Array.isArray(option) ? option[0] : option
          if (o) onSelect({ userid: String(o.value), name: o.name })
        }}
      />
      <Typography.Text>{s.transferMessage}</Typography.Text>
      <Input.TextArea
        data-testid="transfer-message"
        value={message}
        maxLength={MAX_TRANSFER_MESSAGE}
        showCount
        rows={3}
        onChange={(e) => onMessage(e.target.value)}
      />
      <Typography.Text type="secondary">{s.transferMessageHint}</Typography.Text>
    </Flex>
  )
}
