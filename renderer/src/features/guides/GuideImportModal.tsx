import { useRef, useState } from 'react'
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Flex, Modal, Typography } from 'antd'
import { useMutation } from '@tanstack/react-query'
import type { GuideQuery } from '../../../../preload/contract/models'
import { blobToBase64 } from '../../components/base64'
import { downloadBase64File } from '../../components/download-file'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { call } from '../../lib/api'
import { BulkPreview } from './BulkPreview'
import { guideErrorText } from './error-text'
import { guideStrings } from './strings'

const MAX_FILE_BYTES = 20 * 1024 * 1024
const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

interface Props {
  open: boolean
  onClose: () => void
  onApplied: (applied: number) => void
  /** The grid's current view: the template lists its guides' assignments. */
  query: GuideQuery
}

/** Assignment sheet → per-row problems and the same diff preview as a bulk action → apply. */
export function GuideImportModal(props: Props) {
  const s = useStrings(guideStrings)
  return (
    <Modal open={props.open} title={s.importModal.title} width={900} footer={null} onCancel={props.onClose} destroyOnHidden>
      <ImportBody {...props} />
    </Modal>
  )
}

function ImportBody({ onClose, onApplied, query }: Props) {
  const s = useStrings(guideStrings)
  const m = s.importModal
  const { locale } = useLocale()
  const inputRef = useRef<HTMLInputElement>(null)
  const [tooLarge, setTooLarge] = useState(false)
  const preview = useMutation({
    mutationFn: async (file: File) => call('guide:import-preview', { fileName: file.name, base64: await blobToBase64(file) })
  })
  const apply = useMutation({
    mutationFn: (previewId: string) => call('guide:bulk-apply', { previewId }),
    onSuccess: ({ applied }) => onApplied(applied)
  })
  const template = useMutation({
    mutationFn: () => call('guide:export-assignments', query),
    onSuccess: (file) => downloadBase64File(file)
  })
  const pick = (file: File) => {
    apply.reset()
    setTooLarge(file.size > MAX_FILE_BYTES)
    if (file.size > MAX_FILE_BYTES) preview.reset()
    else preview.mutate(file)
  }
  const failure = preview.error ?? apply.error ?? template.error
  const data = tooLarge ? undefined : preview.data
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{m.help}</Typography.Text>
      <input
        ref={inputRef}
        type="file"
        accept={XLSX_ACCEPT}
        data-testid="guide-import-file"
        style={{ display: 'none' }}
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (file) pick(file)
          e.target.value = ''
        }}
      />
      <Flex gap={8}>
        <Button icon={<UploadOutlined />} loading={preview.isPending} onClick={() => inputRef.current?.click()}>
          {m.choose}
        </Button>
        <Button
          data-testid="guide-import-template"
          icon={<DownloadOutlined />}
          loading={template.isPending}
          onClick={() => template.mutate()}
        >
          {m.template}
        </Button>
      </Flex>
      {tooLarge && <Alert type="error" title={m.tooLarge} />}
      {failure && <Alert type="error" title={guideErrorText(failure, s, locale)} />}
      {data && data.issues.length > 0 && (
        <Alert
          type="warning"
          data-testid="guide-import-issues"
          title={format(m.issues, { n: data.issues.length })}
          description={
            <div style={{ maxHeight: 160, overflow: 'auto' }}>
              {data.issues.map((i) => (
                <div key={`${i.row}-${i.column}`}>{format(m.issue, { row: i.row, column: i.column, message: i.message })}</div>
              ))}
            </div>
          }
        />
      )}
      {data && <BulkPreview preview={data} />}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{s.preview.cancel}</Button>
        <Button
          type="primary"
          data-testid="guide-import-apply"
          disabled={!data || data.changed === 0}
          loading={apply.isPending}
          onClick={() => data && apply.mutate(data.previewId)}
        >
          {s.preview.apply}
        </Button>
      </Flex>
    </Flex>
  )
}
