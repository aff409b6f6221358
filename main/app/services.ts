import { randomUUID } from 'node:crypto'
import type { Db } from '../db/connection'
import { createAuditRepo } from '../db/repos/audit-repo'
import { createSettingRepo } from '../db/repos/setting-repo'
import { createStoreRepo } from '../db/repos/store-repo'
import { createSettingsService } from '../services/settings-service'
import { createStatusService } from '../services/status-service'
import { createStoreImport } from '../services/store-import'
import { createStoreService } from '../services/store-service'
import type { EventBus } from './event-bus'

/** The composition root of the domain: plain Node, shared by Electron, the host and tests. */
export function createServices(db: Db, events: EventBus, now: () => number = Date.now) {
  const settingRepo = createSettingRepo(db)
  const stores = createStoreRepo(db)
  const audit = createAuditRepo(db)
  const storeImport = createStoreImport({ db, stores, audit, now, newId: randomUUID })
  return {
    status: createStatusService(db, settingRepo),
    settings: createSettingsService(settingRepo),
    stores: createStoreService({ db, stores, audit, events, now }),
    storeImport: {
      preview: storeImport.preview,
      apply(previewId: string) {
        const result = storeImport.apply(previewId)
        events.emit('db:changed', { tables: ['store'] })
        return result
      }
    }
  }
}
export type Services = ReturnType<typeof createServices>
