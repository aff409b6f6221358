/**
 * The 客户交接 service as the app wires it: its repos on the cache, the outbox writer for
 * execute, db:changed after every write so the ledger and outbox screens refetch, and a
 * reconcile after every sync run while the ledger has open rows: the console gets no callbacks,
 * so the 24-hour takeovers are noticed by polling (every sync, i.e. at least every 30 minutes).
 */
import { randomUUID } from 'node:crypto'
import type { EventBus } from '../app/event-bus'
import type { Db } from '../db/connection'
import type { AuditRepo } from '../db/repos/audit-repo'
import { createHandoverRepo } from '../db/repos/handover-repo'
import { createTransferGroupRepo } from '../db/repos/transfer-group-repo'
import { createTransferLedgerRepo } from '../db/repos/transfer-ledger-repo'
import type { WecomClient } from '../wecom/client'
import type { ReconcileSummary } from '../../preload/contract/handover-models'
import type { TransferEnqueuer } from './handover-enqueue'
import { createHandoverService } from './handover-service'

export const HANDOVER_TABLES = ['customer_transfer', 'group_transfer']

export interface HandoverServicesDeps {
  db: Db
  events: EventBus
  audit: AuditRepo
  outbox: TransferEnqueuer
  client: () => WecomClient
  now: () => number
  log?: { error(msg: string, err: unknown): void }
}

export function createHandoverServices(deps: HandoverServicesDeps) {
  const service = createHandoverService({
    db: deps.db,
    repo: createHandoverRepo(deps.db),
    ledger: createTransferLedgerRepo(deps.db),
    groups: createTransferGroupRepo(deps.db),
    audit: deps.audit,
    outbox: deps.outbox,
    client: deps.client,
    now: deps.now,
    newId: randomUUID
  })
  const changed = (tables: string[]) => deps.events.emit('db:changed', { tables })
  const log = deps.log ?? { error: console.error }
  let reconciling: Promise<ReconcileSummary> | null = null

  /** Single-flight: a click while the after-sync pass runs shares it. */
  function reconcile(): Promise<ReconcileSummary> {
    reconciling ??= service
      .reconcile()
      .then((summary) => {
        if (summary.updated > 0) changed(HANDOVER_TABLES)
        return summary
      })
      .finally(() => (reconciling = null))
    return reconciling
  }

  deps.events.subscribe((event) => {
    if (event !== 'sync:finished' || !service.hasOpenTransfers()) return
    reconcile().catch((error: unknown) => log.error('handover reconcile after sync failed', error))
  })

  return {
    ...service,
    execute(planId: string) {
      const summary = service.execute(planId)
      changed([...HANDOVER_TABLES, 'sync_outbox', 'audit_log'])
      return summary
    },
    reconcile
  }
}
export type HandoverServices = ReturnType<typeof createHandoverServices>
