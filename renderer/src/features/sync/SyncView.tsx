import { Alert, Card, Flex, Typography } from 'antd'
import type { ReactNode } from 'react'
import type { SyncOverview, SyncProgress } from '../../../../preload/contract/models'
import { useLocale, useStrings } from '../../i18n/locale'
import { EntityTable } from './EntityTable'
import { problemText, type Problem } from './error-text'
import { LastRun } from './LastRun'
import { ProgressPanel } from './ProgressPanel'
import { QuotaTable } from './QuotaTable'
import { SourceCard } from './SourceCard'
import { syncStrings } from './strings'
import { mergeProgress } from './sync-format'

export interface SyncViewProps {
  overview: SyncOverview
  /** The live run as the latest event tells it (see liveProgress). */
  progress: SyncProgress | null
  corpId: string | null
  now: number
  /** A run-now or cancel call that failed, with the title to show it under. */
  actionError: { title: string; problem: Problem } | null
  runPending: boolean
  cancelPending: boolean
  onRun: () => void
  onCancel: () => void
  /** The 待写回企业微信 card (OutboxSection); a slot so this view stays free of data hooks. */
  outbox?: ReactNode
}

/** The Sync screen without its data hooks, so it renders from plain props (and in tests). */
export function SyncView(p: SyncViewProps) {
  const s = useStrings(syncStrings)
  const { locale } = useLocale()
  const { overview, progress } = p
  const running = overview.running || progress !== null
  const lastRun = overview.lastRun
  const error =
    p.actionError ??
    (!running && lastRun?.outcome === 'failed' && lastRun.error
      ? { title: s.lastRunFailed, problem: lastRun.error }
      : null)
  // Events carry fresher meters than the overview poll while a run is on.
  const quota = progress && progress.quota.length > 0 ? progress.quota : overview.quota

  return (
    <Flex vertical gap={12}>
      <SourceCard
        source={overview.source}
        corpId={p.corpId}
        nextRunAt={overview.nextRunAt}
        running={running}
        runPending={p.runPending}
        cancelPending={p.cancelPending}
        onRun={p.onRun}
        onCancel={p.onCancel}
      />
      {error && (
        <Alert
          data-testid="sync-error"
          type="error"
          showIcon
          title={error.title}
          description={problemText(error.problem, s, locale)}
        />
      )}
      {running && <ProgressPanel progress={progress} />}
      {p.outbox}
      <Card size="small" title={s.entitiesTitle}>
        <EntityTable rows={mergeProgress(overview.entities, progress)} />
      </Card>
      <Card size="small" title={s.lastRunTitle}>
        <LastRun run={lastRun} />
      </Card>
      <Card size="small" title={s.quotaTitle}>
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{s.quotaHint}</Typography.Text>
          <QuotaTable meters={quota} now={p.now} />
        </Flex>
      </Card>
    </Flex>
  )
}
