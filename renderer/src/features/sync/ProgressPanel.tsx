import { Card, Flex, Progress, Typography } from 'antd'
import type { SyncProgress } from '../../../../preload/contract/models'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { syncStrings } from './strings'
import { formatCount, formatDuration, overallPercent } from './sync-format'

/** The run in progress: which entity, how far, rows written and time left. */
export function ProgressPanel({ progress }: { progress: SyncProgress | null }) {
  const s = useStrings(syncStrings)
  const { locale } = useLocale()
  const percent = progress ? overallPercent(progress) : 0
  return (
    <Card size="small" data-testid="sync-progress" data-percent={percent}>
      <Flex vertical gap={4}>
        <Typography.Text strong>
          {progress
            ? format(s.running, { entity: s.entities[progress.entity] })
            : s.runningStarting}
        </Typography.Text>
        <Progress percent={percent} status="active" />
        {progress && (
          <Flex gap={16} wrap>
            <Typography.Text data-testid="sync-progress-count">
              {progress.total === null
                ? format(s.doneSoFar, { done: formatCount(progress.done, locale) })
                : format(s.doneOfTotal, {
                    done: formatCount(progress.done, locale),
                    total: formatCount(progress.total, locale)
                  })}
            </Typography.Text>
            <Typography.Text>
              {format(s.rowsWritten, { rows: formatCount(progress.rows, locale) })}
            </Typography.Text>
            <Typography.Text type="secondary" data-testid="sync-eta">
              {progress.etaMs === null
                ? s.etaUnknown
                : format(s.eta, { duration: formatDuration(progress.etaMs, s.duration) })}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
    </Card>
  )
}
