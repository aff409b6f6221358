import { EyeOutlined } from '@ant-design/icons'
import { Button, Card, Checkbox, Col, Flex, Input, Radio, Row, Typography } from 'antd'
import type { MessageInstance } from 'antd/es/message/interface'
import { useEffect, useState } from 'react'
import type { NoticeDraft, NoticeMsgtype } from '../../../../preload/contract/notice-models'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { AudiencePicker } from './AudiencePicker'
import { MarkdownPreview } from './MarkdownPreview'
import { buildDraft, EMPTY_COMPOSE, initialChoice, noticeErrorText, sameDraft, type AudienceChoice, type ComposeState } from './notice-draft'
import { onHandOff, takeSelection } from './notice-handoff'
import { noticeStrings } from './strings'
import { useNoticePreview, useSendNotice } from './use-notices'
import { PreviewPanel } from './PreviewPanel'

/** Content (text or markdown, optionally a task), recipients, preview, send. */
export function NoticeCompose({ message }: { message: MessageInstance }) {
  const s = useStrings(noticeStrings)
  const zh = useLocale().locale === 'zh-CN'
  const [choice, setChoice] = useState<AudienceChoice>(() => initialChoice(takeSelection()))
  const [compose, setCompose] = useState<ComposeState>(EMPTY_COMPOSE)
  const [previewed, setPreviewed] = useState<NoticeDraft | null>(null)
  const preview = useNoticePreview()
  const send = useSendNotice()
  // A hand-off while the screen is open replaces the selection.
  useEffect(() => onHandOff(() => {
    const userids = takeSelection()
    if (userids) setChoice((c) => ({ ...c, mode: 'selection', selection: userids }))
  }), [])
  const draft = buildDraft(choice, compose)
  const set = (patch: Partial<ComposeState>) => setCompose((c) => ({ ...c, ...patch }))
  const onPreview = () => {
    if (!draft) return
    preview.mutate(draft, {
      onSuccess: () => setPreviewed(draft),
      onError: (e) => void message.error(noticeErrorText(e, s, zh))
    })
  }
  const onSend = () => {
    if (!draft) return
    send.mutate(draft, {
      onSuccess: (r) => {
        void message.success(format(s.sent, { n: r.recipients }))
        setCompose(EMPTY_COMPOSE)
        setPreviewed(null)
        preview.reset()
      },
      onError: (e) => void message.error(noticeErrorText(e, s, zh))
    })
  }
  return (
    <Card title={s.composeTitle} size="small">
      <Row gutter={24}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12}>
            <Radio.Group data-testid="notice-msgtype" value={compose.msgtype}
              onChange={(e) => set({ msgtype: e.target.value as NoticeMsgtype })}
              options={(['text', 'markdown'] as const).map((m) => ({ value: m, label: s.msgtype[m] }))} />
            <Input.TextArea data-testid="notice-content" rows={6} placeholder={s.contentPlaceholder} value={compose.content}
              onChange={(e) => set({ content: e.target.value })} showCount maxLength={2000} />
            {compose.msgtype === 'markdown' && <Typography.Text type="secondary">{s.markdownHelp}</Typography.Text>}
            <Flex gap={12} align="center" wrap>
              <Checkbox data-testid="notice-is-task" checked={compose.isTask} onChange={(e) => set({ isTask: e.target.checked })}>
                {s.isTask}
              </Checkbox>
              {compose.isTask && (
                <Input type="date" data-testid="notice-due-date" aria-label={s.dueDate} style={{ width: 180 }}
                  value={compose.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />
              )}
            </Flex>
            <Typography.Text strong>{s.audienceTitle}</Typography.Text>
            <AudiencePicker choice={choice} message={message} onChange={(patch) => setChoice((c) => ({ ...c, ...patch }))} />
            <div>
              <Button data-testid="notice-preview-button" icon={<EyeOutlined />} disabled={!draft} loading={preview.isPending} onClick={onPreview}>
                {s.preview}
              </Button>
            </div>
            {preview.data && (
              <PreviewPanel preview={preview.data} stale={!sameDraft(previewed, draft)} sending={send.isPending} onSend={onSend} />
            )}
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Text type="secondary">{s.previewTitle}</Typography.Text>
          <Card size="small" style={{ marginTop: 8, background: '#fafafa' }}>
            <MarkdownPreview markdown={compose.msgtype === 'markdown'}
              text={preview.data && sameDraft(previewed, draft) ? preview.data.content : compose.content} />
          </Card>
        </Col>
      </Row>
    </Card>
  )
}
