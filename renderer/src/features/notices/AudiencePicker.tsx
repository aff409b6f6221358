import { DeleteOutlined } from '@ant-design/icons'
import { Button, Flex, Input, Radio, Select, Space, Typography } from 'antd'
import type { MessageInstance } from 'antd/es/message/interface'
import { useState } from 'react'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { useGuideFacets } from '../guides/use-guide-queries'
import { cleanFilter, noticeErrorText, type AudienceChoice, type AudienceMode } from './notice-draft'
import { noticeStrings } from './strings'
import { useDeleteAudience, useSaveAudience, useSavedAudiences } from './use-notices'

interface Props {
  choice: AudienceChoice
  message: MessageInstance
  onChange: (patch: Partial<AudienceChoice>) => void
}

const MODES: readonly AudienceMode[] = ['selection', 'saved', 'filter']

/** A guides-grid selection, a saved audience, or a region / store / tag filter (saveable). */
export function AudiencePicker({ choice, message, onChange }: Props) {
  const s = useStrings(noticeStrings)
  return (
    <Flex vertical gap={8}>
      <Radio.Group
        data-testid="notice-audience-mode"
        value={choice.mode}
        onChange={(e) => onChange({ mode: e.target.value as AudienceMode })}
        options={MODES.map((m) => ({ value: m, label: <span data-testid={`notice-mode-${m}`}>{s.audienceModes[m]}</span> }))}
      />
      {choice.mode === 'selection' && (
        <Typography.Text data-testid="notice-selection" type={choice.selection.length ? undefined : 'secondary'}>
          {choice.selection.length ? format(s.selectionCount, { n: choice.selection.length }) : s.selectionEmpty}
        </Typography.Text>
      )}
      {choice.mode === 'saved' && <SavedPicker choice={choice} message={message} onChange={onChange} />}
      {choice.mode === 'filter' && <FilterPicker choice={choice} message={message} onChange={onChange} />}
    </Flex>
  )
}

function SavedPicker({ choice, message, onChange }: Props) {
  const s = useStrings(noticeStrings)
  const zh = useLocale().locale === 'zh-CN'
  const saved = useSavedAudiences()
  const remove = useDeleteAudience()
  const current = saved.data?.find((a) => a.id === choice.savedId)
  if (saved.data?.length === 0) return <Typography.Text type="secondary">{s.savedEmpty}</Typography.Text>
  const onDelete = () => {
    if (!current) return
    remove.mutate(current.id, {
      onSuccess: () => {
        void message.success(format(s.deletedSaved, { name: current.name }))
        onChange({ savedId: null })
      },
      onError: (e) => void message.error(noticeErrorText(e, s, zh))
    })
  }
  return (
    <Space>
      <Select<number>
        data-testid="notice-saved-select"
        style={{ width: 280 }}
        placeholder={s.savedPlaceholder}
        loading={saved.isLoading}
        value={choice.savedId ?? undefined}
        onChange={(savedId) => onChange({ savedId })}
        options={saved.data?.map((a) => ({ value: a.id, label: a.name }))}
      />
      <Button data-testid="notice-saved-delete" icon={<DeleteOutlined />} disabled={!current} onClick={onDelete} loading={remove.isPending}>
        {s.deleteSaved}
      </Button>
    </Space>
  )
}

function FilterPicker({ choice, message, onChange }: Props) {
  const s = useStrings(noticeStrings)
  const zh = useLocale().locale === 'zh-CN'
  const facets = useGuideFacets().data
  const save = useSaveAudience()
  const [name, setName] = useState('')
  const withCount = (label: string, n: number) => format(s.optionWithCount, { label, n })
  const f = choice.filter
  const set = (patch: Partial<AudienceChoice['filter']>) => onChange({ filter: { ...f, ...patch } })
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const }
  const onSave = () =>
    save.mutate(
      { name: name.trim(), filter: cleanFilter(f) },
      {
        onSuccess: (a) => {
          void message.success(format(s.savedAudience, { name: a.name }))
          setName('')
        },
        onError: (e) => void message.error(noticeErrorText(e, s, zh))
      }
    )
  return (
    <Flex vertical gap={8}>
      <Space wrap>
        <Select<string[]> {...multi} data-testid="notice-filter-region" style={{ width: 200 }} placeholder={s.filterRegion}
          value={f.regionIds} onChange={(regionIds) => set({ regionIds })} showSearch={{ optionFilterProp: 'name' }}
          options={facets?.regions.map((r) => ({ value: r.id, name: r.name, label: withCount(r.name, r.guideCount) }))} />
        <Select<string[]> {...multi} data-testid="notice-filter-store" style={{ width: 260 }} placeholder={s.filterStore}
          value={f.storeIds} onChange={(storeIds) => set({ storeIds })} showSearch={{ optionFilterProp: 'name' }}
          options={facets?.stores.map((x) => ({ value: x.id, name: `${x.code} ${x.name}`, label: withCount(`${x.code} ${x.name}`, x.guideCount) }))} />
        <Select<string[]> {...multi} data-testid="notice-filter-tag" style={{ width: 180 }} placeholder={s.filterTag}
          value={f.tags} onChange={(tags) => set({ tags })}
          options={facets?.tags.map((t) => ({ value: t.tag, label: withCount(t.tag, t.guideCount) }))} />
      </Space>
      <Typography.Text type="secondary">{s.filterHint}</Typography.Text>
      <Space.Compact style={{ maxWidth: 480 }}>
        <Input data-testid="notice-audience-name" placeholder={s.saveAudienceName} value={name} maxLength={40}
          onChange={(e) => setName(e.target.value)} />
        <Button data-testid="notice-audience-save" disabled={name.trim() === ''} loading={save.isPending} onClick={onSave}>
          {s.saveAudience}
        </Button>
      </Space.Compact>
    </Flex>
  )
}
