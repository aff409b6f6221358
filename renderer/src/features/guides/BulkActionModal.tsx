import { useState } from 'react'
import { Alert, Button, Flex, Modal, Select } from 'antd'
import { useMutation } from '@tanstack/react-query'
import type { GuideBulkAction, GuideFacets } from '../../../../preload/contract/models'
import { useLocale, useStrings } from '../../i18n/locale'
import { call } from '../../lib/api'
import { actionOf, type BulkKind } from './bulk-action-input'
import { BulkPreview } from './BulkPreview'
import { guideErrorText } from './error-text'
import { guideStrings } from './strings'


interface Props {
  kind: BulkKind | null
  userids: string[]
  facets: GuideFacets | undefined
  onClose: () => void
  onApplied: (applied: number) => void
}

/** A bulk action in two steps: its parameters → main's diff preview → apply (one transaction). */
export function BulkActionModal(props: Props) {
  const s = useStrings(guideStrings)
  return (
    <Modal
      open={props.kind !== null}
      title={props.kind ? s.actions.kinds[props.kind] : ''}
      width={900}
      footer={null}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {props.kind && <BulkBody {...props} kind={props.kind} />}
    </Modal>
  )
}

function BulkBody({ kind, userids, facets, onClose, onApplied }: Props & { kind: BulkKind }) {
  const s = useStrings(guideStrings)
  const { locale } = useLocale()
  const [storeIds, setStoreIds] = useState<string[]>([])
  const [tags, setTags] = useState<string[]>([])
  const preview = useMutation({
    mutationFn: (action: GuideBulkAction) => call('guide:bulk-preview', { action, userids })
  })
  const apply = useMutation({
    mutationFn: (previewId: string) => call('guide:bulk-apply', { previewId }),
    onSuccess: ({ applied }) => onApplied(applied)
  })
  const action = actionOf(kind, storeIds, tags)
  const storeOptions = facets?.stores.map((x) => ({ value: x.id, label: `${x.code} ${x.name}` }))
  const failure = preview.error ?? apply.error
  const reset = () => {
    preview.reset()
    apply.reset()
  }
  return (
    <Flex vertical gap={12}>
      {kind === 'set-primary' && (
        <Select<string>
          data-testid="bulk-store"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          placeholder={s.actions.pickStore}
          options={storeOptions}
          value={storeIds[0]}
          onChange={(v) => {
            setStoreIds([v])
            reset()
          }}
        />
      )}
      {(kind === 'add-stores' || kind === 'remove-stores') && (
        <Select<string[]>
          data-testid="bulk-store"
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          placeholder={s.actions.pickStores}
          options={storeOptions}
          value={storeIds}
          onChange={(v) => {
            setStoreIds(v)
            reset()
          }}
        />
      )}
      {(kind === 'add-tags' || kind === 'remove-tags') && (
        <Select<string[]>
          data-testid="bulk-tags"
          mode="tags"
          style={{ width: '100%' }}
          placeholder={s.actions.tagsPlaceholder}
          options={facets?.tags.map((t) => ({ value: t.tag, label: t.tag }))}
          value={tags}
          onChange={(v) => {
            setTags(v)
            reset()
          }}
        />
      )}
      {failure && <Alert type="error" title={guideErrorText(failure, s, locale)} />}
      {preview.data && <BulkPreview preview={preview.data} />}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{s.preview.cancel}</Button>
        {!preview.data ? (
          <Button
            type="primary"
            data-testid="bulk-preview-button"
            disabled={!action}
            loading={preview.isPending}
            onClick={() => action && preview.mutate(action)}
          >
            {s.actions.preview}
          </Button>
        ) : (
          <Button
            type="primary"
            data-testid="bulk-apply"
            disabled={preview.data.changed === 0}
            loading={apply.isPending}
            onClick={() => preview.data && apply.mutate(preview.data.previewId)}
          >
            {s.preview.apply}
          </Button>
        )}
      </Flex>
    </Flex>
  )
}
