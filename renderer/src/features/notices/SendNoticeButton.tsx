import { NotificationOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useStrings } from '../../i18n/locale'
import { noticeStrings } from './strings'

/** 发送通知 on the guides toolbar: opens the compose screen with the grid's selection. */
export function SendNoticeButton({ selected, onClick }: { selected: number; onClick: () => void }) {
  const s = useStrings(noticeStrings)
  return (
    <Button data-testid="guide-send-notice" icon={<NotificationOutlined />} disabled={selected === 0}
      title={selected === 0 ? s.sendFromGuidesHint : undefined} onClick={onClick}>
      {s.sendFromGuides}
    </Button>
  )
}
