import { message } from 'antd'
import type { OutboxSummary } from '../../../../preload/contract/models'
import { format, useStrings } from '../../i18n/locale'
import { OutboxCard } from './OutboxCard'
import { outboxStrings } from './outbox-strings'
import { FAILED_LIMIT, useFailedOutbox, useOutboxSummary, useRetryOutbox } from './use-outbox'

const EMPTY: OutboxSummary = { pending: 0, sending: 0, delivered: 0, failed: 0 }

/** The card with its data: counts and failed rows, refetched on db:changed for sync_outbox. */
export function OutboxSection() {
  const s = useStrings(outboxStrings)
  const [messageApi, holder] = message.useMessage()
  const summary = useOutboxSummary()
  const failed = useFailedOutbox()
  const retry = useRetryOutbox()
  return (
    <>
      {holder}
      <OutboxCard
        summary={summary.data ?? EMPTY}
        failed={(failed.data ?? []).slice(0, FAILED_LIMIT)}
        loadError={summary.isError || failed.isError}
        retryPending={retry.isPending}
        onRetry={(ids) =>
          retry.mutate(ids, {
            onSuccess: (r) => void messageApi.success(format(s.retried, { n: r.requeued })),
            onError: () => void messageApi.error(s.retryFailed)
          })
        }
      />
    </>
  )
}
