import { Alert, Button, message, Spin } from 'antd'
import { useLocale, useStrings } from '../../i18n/locale'
import { useWecomSettings } from '../settings/use-wecom-settings'
import { problemText, toProblem } from './error-text'
import { OutboxSection } from './OutboxSection'
import { syncStrings } from './strings'
import { SyncView } from './SyncView'
import { useCancelSync, useRunSync, useSyncOverview, useSyncProgress } from './use-sync'

/** 同步: the data source, run / cancel, live progress, per-entity status, quotas, last run. */
export function SyncPage() {
  const s = useStrings(syncStrings)
  const { locale } = useLocale()
  const [messageApi, messageHolder] = message.useMessage()
  const overview = useSyncOverview()
  const progress = useSyncProgress(overview.data)
  const settings = useWecomSettings()
  const run = useRunSync()
  const cancel = useCancelSync()

  if (overview.isPending) return <Spin style={{ margin: 48 }} />
  if (overview.isError) {
    return (
      <Alert
        data-testid="sync-error"
        type="error"
        showIcon
        title={s.loadFailed}
        description={problemText(toProblem(overview.error), s, locale)}
        action={<Button onClick={() => void overview.refetch()}>{s.retry}</Button>}
      />
    )
  }

  const actionError = run.isError
    ? { title: s.runFailed, problem: toProblem(run.error) }
    : cancel.isError
      ? { title: s.cancelFailed, problem: toProblem(cancel.error) }
      : null

  return (
    <>
      {messageHolder}
      <SyncView
        overview={overview.data}
        progress={progress}
        corpId={settings.data?.corpId || null}
        now={overview.dataUpdatedAt}
        actionError={actionError}
        runPending={run.isPending}
        cancelPending={cancel.isPending}
        outbox={<OutboxSection />}
        onRun={() => {
          cancel.reset()
          run.mutate()
        }}
        onCancel={() => {
          run.reset()
          cancel.mutate(undefined, {
            onSuccess: (r) => void (r.cancelled && messageApi.info(s.cancelRequested))
          })
        }}
      />
    </>
  )
}
