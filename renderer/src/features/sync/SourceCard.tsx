import { CloseCircleOutlined, SyncOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Tag, Typography } from 'antd'
import type { SyncOverview } from '../../../../preload/contract/models'
import { routeHash } from '../../app/routes'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { syncStrings } from './strings'
import { formatDateTime } from './sync-format'

interface Props {
  source: SyncOverview['source']
  /** The configured corp, when known (it comes from the WeCom settings). */
  corpId: string | null
  nextRunAt: number | null
  running: boolean
  runPending: boolean
  cancelPending: boolean
  onRun: () => void
  onCancel: () => void
}

/** Where the data comes from, and the run / cancel buttons. */
export function SourceCard(p: Props) {
  const s = useStrings(syncStrings)
  const { locale } = useLocale()
  const demo = p.source === 'demo'
  return (
    <Card
      size="small"
      title={s.sourceLabel}
      extra={<Typography.Link href={routeHash('settings')}>{s.openSettings}</Typography.Link>}
    >
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex vertical gap={4} style={{ flex: '1 1 360px' }}>
          <div>
            <Tag color={demo ? 'gold' : 'green'} data-testid="sync-source" data-source={p.source}>
              {demo ? s.sourceDemo : s.sourceWecom}
            </Tag>
          </div>
          <Typography.Text type="secondary">
            {demo ? s.sourceDemoHint : format(s.sourceWecomHint, { corpId: p.corpId ?? s.none })}
          </Typography.Text>
          {p.nextRunAt !== null && (
            <Typography.Text type="secondary" data-testid="sync-next-run">
              {format(s.nextRun, { at: formatDateTime(p.nextRunAt, locale) })}
            </Typography.Text>
          )}
        </Flex>
        <Flex gap={8}>
          <Button
            data-testid="sync-run"
            type="primary"
            icon={<SyncOutlined spin={p.running} />}
            disabled={p.running}
            loading={p.runPending}
            onClick={p.onRun}
          >
            {s.runNow}
          </Button>
          <Button
            data-testid="sync-cancel"
            icon={<CloseCircleOutlined />}
            disabled={!p.running}
            loading={p.cancelPending}
            onClick={p.onCancel}
          >
            {s.cancel}
          </Button>
        </Flex>
      </Flex>
    </Card>
  )
}
