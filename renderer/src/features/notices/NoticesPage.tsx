import { Flex, message, Typography } from 'antd'
import { useStrings } from '../../i18n/locale'
import { NoticeCompose } from './NoticeCompose'
import { NoticeHistory } from './NoticeHistory'
import { noticeStrings } from './strings'

/** 通知: compose and send notices or tasks to guides, and follow their delivery. */
export function NoticesPage() {
  const s = useStrings(noticeStrings)
  const [messageApi, holder] = message.useMessage()
  return (
    <Flex vertical gap={16} data-testid="notices-page">
      {holder}
      <div>
        <Typography.Title level={4} style={{ marginTop: 0 }}>{s.title}</Typography.Title>
        <Typography.Text type="secondary">{s.hint}</Typography.Text>
      </div>
      <NoticeCompose message={messageApi} />
      <NoticeHistory />
    </Flex>
  )
}
