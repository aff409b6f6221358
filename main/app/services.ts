import { randomUUID } from 'node:crypto'
import type { Db } from '../db/connection'
import { createAuditRepo } from '../db/repos/audit-repo'
import type { SettingRepo } from '../db/repos/setting-repo'
import { createStoreRepo } from '../db/repos/store-repo'
import { createOutboxService } from '../outbox/outbox-service'
import type { OutboxWorker } from '../outbox/outbox-worker'
import { createCustomerService } from '../services/customer-service'
import { createGuideServices } from '../services/guide-services'
import { createHandoverServices } from '../services/handover-services'
import { createNoticeServices } from '../services/notice-services'
import { createOrgMappingService } from '../services/org-mapping-service'
import { defaultPatrolRunner, type PatrolRunner } from '../services/patrol-runner'
import { createPatrolService } from '../services/patrol-service'
import { createSettingsService } from '../services/settings-service'
import { createStatusService } from '../services/status-service'
import { createStoreImport } from '../services/store-import'
import { createStoreService } from '../services/store-service'
import type { SyncEngine } from '../sync'
import { checkConnection } from '../wecom/settings/connection-check'
import type { WecomSettingsService } from '../wecom/settings/wecom-settings'
import type { EventBus } from './event-bus'
import type { WecomSource } from './wecom-source'

export interface ServiceDeps {
  db: Db
  events: EventBus
  settingRepo: SettingRepo
  wecomSettings: WecomSettingsService
  wecom: WecomSource
  sync: SyncEngine
  /** Delivers the outbox; absent in tests of other services, where enqueued rows just wait. */
  outboxWorker?: OutboxWorker
  /** The agentid message/send needs (demo's or the settings'); absent = none, notices refused. */
  agentId?: () => number | null
  /** Where patrol planning runs; default: the bundled worker thread, else in-process. */
  patrolRunner?: PatrolRunner
  now?: () => number
}

/** The use-cases behind the contract: plain Node, shared by Electron, the host and tests. */
export function createServices(deps: ServiceDeps) {
  const { db, events, settingRepo, wecomSettings, wecom, sync } = deps
  const now = deps.now ?? Date.now
  const stores = createStoreRepo(db)
  const audit = createAuditRepo(db)
  const storeImport = createStoreImport({ db, stores, audit, now, newId: randomUUID })
  const outbox = createOutboxService({ db, now, worker: deps.outboxWorker })
  return {
    status: createStatusService(db, settingRepo, wecom.source),
    orgMapping: createOrgMappingService({ db, settings: settingRepo, audit, events, now }),
    settings: createSettingsService(settingRepo),
    stores: createStoreService({ db, stores, audit, events, now }),
    outbox,
    handover: createHandoverServices({ db, events, audit, outbox: outbox.writer, client: () => wecom.client(), now }),
    guides: createGuideServices({
      db,
      events,
      audit,
      settings: settingRepo,
      outbox: { writer: outbox.writer, reader: outbox.reader },
      now
    }),
    notices: createNoticeServices({
      db,
      events,
      audit,
      settings: settingRepo,
      outbox: outbox.writer,
      agentId: deps.agentId ?? (() => null),
      now
    }),
    customers: createCustomerService(db),
    patrol: createPatrolService({ db, events, runner: deps.patrolRunner ?? defaultPatrolRunner(), newId: randomUUID, now }),
    storeImport: {
      preview: storeImport.preview,
      apply(previewId: string) {
        const result = storeImport.apply(previewId)
        events.emit('db:changed', { tables: ['store'] })
        return result
      }
    },
    sync: {
      overview: () => sync.overview(),
      runNow: () => ({ runId: sync.runNow().runId }),
      cancel: () => ({ cancelled: sync.cancel() })
    },
    wecom: {
      settings: () => wecomSettings.get(),
      update: (input: Parameters<WecomSettingsService['update']>[0]) => wecomSettings.update(input),
      testConnection: () => checkConnection(wecom.client(), wecom.hasContactsSecret())
    }
  }
}
export type Services = ReturnType<typeof createServices>
