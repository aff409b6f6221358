import { useRef, useState } from 'react'
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Flex, Modal, Spin, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { blobToBase64 } from '../../components/base64'
import { call } from '../../lib/api'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { errorText } from './error-text'
import { ImportPreview } from './ImportPreview'
import { storeStrings } from './strings'
import { STORE_KEY } from './use-store-queries'

/** Main refuses more than ~20 MB; saying so before reading the file saves a long wait. */
const MAX_FILE_BYTES = 20 * 1024 * 1024
const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

interface Props {
  open: boolean
  onClose: () => void
  /** After a confirmed import: how many stores changed. */
  onApplied: (applied: number) => void
  /** The template is an export of the current view. */
  onDownloadTemplate: () => void
  templateBusy: boolean
}

/**
 * Import in two steps: main checks the sheet and answers with a preview (nothing written yet);
 * only "confirm" applies it. Closing the dialog drops the preview and all its state.
 */
export function ImportModal(props: Props) {
  const s = useStrings(storeStrings)
  return (
    <Modal
      open={props.open}
      title={s.importModal.title}
      width={900}
      footer={null}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <ImportBody {...props} />
    </Modal>
  )
}

function ImportBody({ onClose, onApplied, onDownloadTemplate, templateBusy }: Props) {
  const s = useStrings(storeStrings)
  const m = s.importModal
  const { locale } = useLocale()
  const queryClient = useQueryClient()
  const inputRef = useRef<HTMLInputElement>(null)
  const [fileName, setFileName] = useState<string | null>(null)
  const [tooLarge, setTooLarge] = useState(false)

  const preview = useMutation({
    mutationFn: async (file: File) =>
      call('store:import-preview', { fileName: file.name, base64: await blobToBase64(file) })
  })
  const apply = useMutation({
    mutationFn: (previewId: string) => call('store:import-apply', { previewId }),
    onSuccess: async ({ applied }) => {
      await queryClient.invalidateQueries({ queryKey: STORE_KEY })
      onApplied(applied)
    }
  })

  const pick = (file: File) => {
    apply.reset()
    setFileName(file.name)
    setTooLarge(file.size > MAX_FILE_BYTES)
    if (file.size > MAX_FILE_BYTES) preview.reset()
    else preview.mutate(file)
  }

  const failure = preview.error ?? apply.error
  const error = tooLarge ? m.tooLarge : failure ? errorText(failure, s, locale) : null
  const data = tooLarge ? undefined : preview.data
  const canApply = !!data && data.changes.length > 0 && !preview.isPending

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={12} wrap>
        <input
          ref={inputRef}
          type="file"
          accept={XLSX_ACCEPT}
          data-testid="import-file"
          style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = '' // picking the same file again must fire onChange again
            if (file) pick(file)
          }}
        />
        <Button
          icon={<UploadOutlined />}
          loading={preview.isPending}
          onClick={() => inputRef.current?.click()}
        >
          {fileName ? m.pickAgain : m.pick}
        </Button>
        {fileName && <Typography.Text>{format(m.file, { fileName })}</Typography.Text>}
        <Button
          type="link"
          icon={<DownloadOutlined />}
          loading={templateBusy}
          onClick={onDownloadTemplate}
          title={m.templateHint}
          style={{ marginInlineStart: 'auto' }}
        >
          {m.template}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{m.pickHint}</Typography.Text>
      {preview.isPending && (
        <Flex align="center" gap={8}>
          <Spin size="small" />
          <Typography.Text>{m.reading}</Typography.Text>
        </Flex>
      )}
      {error && (
        <div data-testid="import-error">
          <Alert
            type="error"
            showIcon
            title={apply.error ? m.failed : error}
            description={apply.error ? error : undefined}
          />
        </div>
      )}
      {data && !preview.isPending && <ImportPreview preview={data} />}
      <Flex justify="end" gap={8}>
        <Button data-testid="import-cancel" onClick={onClose}>
          {m.cancel}
        </Button>
        <Button
          data-testid="import-confirm"
          type="primary"
          disabled={!canApply}
          loading={apply.isPending}
          onClick={() => data && apply.mutate(data.previewId)}
        >
          {m.confirm}
        </Button>
      </Flex>
    </Flex>
  )
}
