import { DownOutlined, DownloadOutlined, SnippetsOutlined, UploadOutlined } from '@ant-design/icons'
import { Button, Dropdown, Flex } from 'antd'
import type { MessageInstance } from 'antd/es/message/interface'
import { useStrings } from '../../i18n/locale'
import { SendNoticeButton } from '../notices/SendNoticeButton'
import type { BulkKind } from './bulk-action-input'
import { guideStrings } from './strings'
import { UndoButtons } from './UndoButtons'

const KINDS: readonly BulkKind[] = [
  'mark-guide',
  'unmark-guide',
  'set-primary',
  'add-stores',
  'remove-stores',
  'add-tags',
  'remove-tags'
]

interface Props {
  selected: number
  exporting: boolean
  message: MessageInstance
  onBulk: (kind: BulkKind) => void
  onPaste: () => void
  onImport: () => void
  onExport: () => void
  /** 发送通知: opens the 通知 screen with the selection (features/notices). */
  onNotice?: () => void
}

/** Paste-to-select, bulk actions on the selection, undo/redo, import and export. */
export function GuideToolbar(p: Props) {
  const s = useStrings(guideStrings)
  const items = KINDS.map((k) => ({ key: k, label: s.actions.kinds[k], 'data-testid': `bulk-${k}` }))
  return (
    <Flex gap={8} wrap>
      <Button data-testid="paste-select-button" icon={<SnippetsOutlined />} onClick={p.onPaste}>
        {s.pasteButton}
      </Button>
      <Dropdown
        disabled={p.selected === 0}
        menu={{ items, onClick: ({ key }) => p.onBulk(key as BulkKind) }}
        trigger={['click']}
      >
        <Button data-testid="bulk-actions" title={p.selected === 0 ? s.actions.selectFirst : undefined}>
          {s.actions.button} <DownOutlined />
        </Button>
      </Dropdown>
      {p.onNotice && <SendNoticeButton selected={p.selected} onClick={p.onNotice} />}
      <UndoButtons message={p.message} />
      <Button data-testid="guide-import-button" icon={<UploadOutlined />} onClick={p.onImport}>
        {s.importButton}
      </Button>
      <Button data-testid="guide-export-button" icon={<DownloadOutlined />} loading={p.exporting} onClick={p.onExport}>
        {s.exportButton}
      </Button>
    </Flex>
  )
}
