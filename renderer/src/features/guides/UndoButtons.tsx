import { RedoOutlined, UndoOutlined } from '@ant-design/icons'
import { Button, Space, Tooltip } from 'antd'
import type { MessageInstance } from 'antd/es/message/interface'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { call } from '../../lib/api'
import { guideErrorText } from './error-text'
import { guideStrings } from './strings'
import { GUIDE_KEY, useGuideUndoState } from './use-guide-queries'

/** Undo / redo of the last bulk action (each one transaction in main, exact). */
export function UndoButtons({ message }: { message: MessageInstance }) {
  const s = useStrings(guideStrings)
  const { locale } = useLocale()
  const client = useQueryClient()
  const state = useGuideUndoState()
  const step = useMutation({
    mutationFn: (which: 'undo' | 'redo') => call(which === 'undo' ? 'guide:undo' : 'guide:redo', {}),
    onSuccess: async (next, which) => {
      client.setQueryData(['guide', 'undo'], next)
      await client.invalidateQueries({ queryKey: GUIDE_KEY })
      void message.success(which === 'undo' ? s.undo.undone : s.undo.redone)
    },
    onError: (err) => void message.error(guideErrorText(err, s, locale))
  })
  const undo = state.data?.undo
  const redo = state.data?.redo
  return (
    <Space.Compact>
      <Tooltip title={undo ? format(s.undo.undoHint, { summary: undo.summary }) : undefined}>
        <Button data-testid="guide-undo" icon={<UndoOutlined />} disabled={!undo || step.isPending} onClick={() => step.mutate('undo')}>
          {s.undo.undo}
        </Button>
      </Tooltip>
      <Tooltip title={redo ? format(s.undo.redoHint, { summary: redo.summary }) : undefined}>
        <Button data-testid="guide-redo" icon={<RedoOutlined />} disabled={!redo || step.isPending} onClick={() => step.mutate('redo')}>
          {s.undo.redo}
        </Button>
      </Tooltip>
    </Space.Compact>
  )
}
