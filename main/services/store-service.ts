import type { StorePatch, StoreQuery, StoreRow } from '../../preload/contract/models'
import type { EventBus } from '../app/event-bus'
import type { Db } from '../db/connection'
import type { AuditRepo } from '../db/repos/audit-repo'
import type { StoreRepo } from '../db/repos/store-repo'
import { attributesOf, type StoreAttributes } from '../domain/stores/store-diff'
import { checkStorePatch, normaliseStorePatch } from '../domain/stores/store-rules'
import { AppError } from '../errors'
import { exportStores } from './store-export'

/** Reading, editing and exporting stores. Each edit is one transaction with its audit row. */
export function createStoreService(deps: {
  db: Db
  stores: StoreRepo
  audit: AuditRepo
  events: EventBus
  now: () => number
}) {
  const { db, stores, audit, events, now } = deps

  const update = db.transaction((id: string, patch: StorePatch): StoreRow => {
    const before = stores.get(id)
    if (!before) throw new AppError('not-found', '门店不存在，可能已被同步删除，请刷新列表。')
    const cleaned = normaliseStorePatch(patch)
    const issues = checkStorePatch(cleaned)
    if (issues.length > 0) throw new AppError('invalid-input', issues.map((i) => i.message).join('；'))
    const next: StoreAttributes = { ...attributesOf(before), ...cleaned }
    const at = now()
    stores.updateAttributes(id, next, at)
    audit.record({
      at,
      actor: 'local-user',
      action: 'store.update',
      entity: 'store',
      entityId: id,
      before: attributesOf(before),
      after: next
    })
    return stores.get(id)!
  })

  return {
    list: (q: StoreQuery) => ({ rows: stores.list(q), total: stores.count() }),
    facets: () => stores.facets(),
    update(id: string, patch: StorePatch): StoreRow {
      const row = update(id, patch)
      events.emit('db:changed', { tables: ['store'] })
      return row
    },
    export: (q: StoreQuery) => exportStores(stores.list(q), new Date(now()))
  }
}
export type StoreService = ReturnType<typeof createStoreService>
