import { useState } from 'react'
import { Alert, Button, Flex, Input, Modal, Typography } from 'antd'
import { useMutation } from '@tanstack/react-query'
import type { GuideMatchResult } from '../../../../preload/contract/models'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { call } from '../../lib/api'
import { guideErrorText } from './error-text'
import { guideStrings } from './strings'

interface Props {
  open: boolean
  onClose: () => void
  /** Selects exactly these guides. */
  onSelect: (userids: string[]) => void
}

/** 粘贴选择: main matches the pasted lines; the operator sees what did not match before selecting. */
export function PasteSelectModal({ open, onClose, onSelect }: Props) {
  const s = useStrings(guideStrings)
  return (
    <Modal open={open} title={s.paste.title} width={640} footer={null} onCancel={onClose} destroyOnHidden>
      <PasteBody onClose={onClose} onSelect={onSelect} />
    </Modal>
  )
}

function PasteBody({ onSelect, onClose }: Omit<Props, 'open'>) {
  const s = useStrings(guideStrings)
  const { locale } = useLocale()
  const [text, setText] = useState('')
  const match = useMutation({ mutationFn: (t: string) => call('guide:match', { text: t }) })
  const result = match.data
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{s.paste.help}</Typography.Text>
      <Input.TextArea
        data-testid="paste-text"
        rows={8}
        value={text}
        placeholder={s.paste.placeholder}
        onChange={(e) => {
          setText(e.target.value)
          match.reset()
        }}
      />
      {match.error && <Alert type="error" title={guideErrorText(match.error, s, locale)} />}
      {result && <MatchReport result={result} />}
      <Flex justify="end" gap={8}>
        <Button data-testid="paste-match" loading={match.isPending} disabled={!text.trim()} onClick={() => match.mutate(text)}>
          {s.paste.match}
        </Button>
        <Button
          type="primary"
          data-testid="paste-select"
          disabled={!result || result.matched.length === 0}
          onClick={() => {
            onSelect(result?.matched ?? [])
            onClose()
          }}
        >
          {format(s.paste.select, { n: result?.matched.length ?? 0 })}
        </Button>
      </Flex>
    </Flex>
  )
}

function MatchReport({ result }: { result: GuideMatchResult }) {
  const s = useStrings(guideStrings)
  const lines = (items: { line: number; value: string }[]) =>
    items.map((i) => <div key={i.line}>{format(s.paste.line, { line: i.line, value: i.value })}</div>)
  return (
    <Flex vertical gap={8} data-testid="paste-report">
      <Typography.Text data-testid="paste-matched">{format(s.paste.matched, { n: result.matched.length })}</Typography.Text>
      {result.unmatched.length > 0 && (
        <Alert type="warning" title={s.paste.unmatched} description={<div style={{ maxHeight: 120, overflow: 'auto' }}>{lines(result.unmatched)}</div>} />
      )}
      {result.ambiguous.length > 0 && (
        <Alert
          type="warning"
          title={s.paste.ambiguous}
          description={
            <div style={{ maxHeight: 120, overflow: 'auto' }}>
              {result.ambiguous.map((a) => (
                <div key={a.line}>
                  {format(s.paste.line, { line: a.line, value: a.value })} → {a.candidates.map((c) => c.userid).join(', ')}
                </div>
              ))}
            </div>
          }
        />
      )}
    </Flex>
  )
}
