import { Descriptions, Tag, Typography } from 'antd'
import {
  SYNC_ENTITIES,
  type SyncOutcome,
  type SyncRunSummary
} from '../../../../preload/contract/models'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { syncStrings } from './strings'
import { formatCount, formatDateTime, formatDuration, totalRows } from './sync-format'

const OUTCOME_COLOR: Record<SyncOutcome, string> = {
  ok: 'success',
  failed: 'error',
  cancelled: 'warning'
}

/** How the last run ended, how long it took and what it wrote; its error is the page's alert. */
export function LastRun({ run }: { run: SyncRunSummary | null }) {
  const s = useStrings(syncStrings)
  const { locale } = useLocale()
  if (!run) {
    return (
      <Typography.Text type="secondary" data-testid="sync-last-run" data-outcome="none">
        {s.lastRunNone}
      </Typography.Text>
    )
  }
  const perEntity = SYNC_ENTITIES.filter((e) => run.rows[e] !== undefined)
    .map((e) =>
      format(s.rowsOfEntity, { entity: s.entities[e], rows: formatCount(run.rows[e] ?? 0, locale) })
    )
    .join(' · ')
  return (
    <Descriptions
      data-testid="sync-last-run"
      data-outcome={run.outcome}
      size="small"
      column={{ xs: 1, md: 3 }}
      items={[
        {
          key: 'outcome',
          label: s.lastRunOutcome,
          children: <Tag color={OUTCOME_COLOR[run.outcome]}>{s.outcomes[run.outcome]}</Tag>
        },
        {
          key: 'started',
          label: s.lastRunStartedAt,
          children: formatDateTime(run.startedAt, locale)
        },
        {
          key: 'duration',
          label: s.lastRunDuration,
          children: formatDuration(run.finishedAt - run.startedAt, s.duration)
        },
        {
          key: 'rows',
          label: s.lastRunRows,
          span: 'filled',
          children: (
            <Typography.Text>
              {formatCount(totalRows(run.rows), locale)}
              {perEntity && (
                <Typography.Text type="secondary">
                  {format(s.rowsBreakdown, { list: perEntity })}
                </Typography.Text>
              )}
            </Typography.Text>
          )
        }
      ]}
    />
  )
}
