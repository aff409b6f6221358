import { Button, Drawer, Flex } from 'antd'
import type { MessageInstance } from 'antd/es/message/interface'
import type { StorePatch, StoreRow } from '../../../../preload/contract/models'
import { format, useStrings } from '../../i18n/locale'
import { StoreGuideSummary } from '../guides/StoreGuideSummary'
import { StoreEditor } from './StoreEditor'
import { storeStrings } from './strings'
import { useSaveStore } from './use-save-store'

const FORM_ID = 'store-edit-form'

interface Props {
  /** The store shown; null closes the drawer. */
  store: StoreRow | null
  onClose: () => void
  message: MessageInstance
}

/** Store details and edits. Save submits the form by id, so Enter in a field saves as well. */
export function StoreDrawer({ store, onClose, message }: Props) {
  const s = useStrings(storeStrings)
  const save = useSaveStore()

  const close = () => {
    save.reset()
    onClose()
  }

  const submit = (patch: StorePatch) => {
    if (!store) return
    if (Object.keys(patch).length === 0) {
      void message.info(s.drawer.noChanges)
      close()
      return
    }
    save.mutate(
      { id: store.id, patch },
      {
        onSuccess: () => {
          void message.success(s.drawer.saved)
          close()
        }
      }
    )
  }

  return (
    <Drawer
      data-testid="store-drawer"
      open={store !== null}
      onClose={close}
      size={520}
      destroyOnHidden
      title={store ? format(s.drawer.title, { name: store.name, code: store.code }) : null}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>{s.drawer.cancel}</Button>
          <Button
            data-testid="store-save"
            type="primary"
            htmlType="submit"
            form={FORM_ID}
            loading={save.isPending}
          >
            {s.drawer.save}
          </Button>
        </Flex>
      }
    >
      {store && <StoreGuideSummary storeId={store.id} />}
      {store && (
        <StoreEditor
          key={store.id}
          store={store}
          formId={FORM_ID}
          error={save.error}
          onSubmit={submit}
        />
      )}
    </Drawer>
  )
}
