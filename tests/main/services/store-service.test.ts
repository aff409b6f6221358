import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEventBus } from '../../../main/app/event-bus'
import { createAuditRepo } from '../../../main/db/repos/audit-repo'
import { createStoreRepo } from '../../../main/db/repos/store-repo'
import { AppError } from '../../../main/errors'
import { createStoreService, type StoreService } from '../../../main/services/store-service'
import { SAMPLE_STORES, seedStores } from '../../helpers/store-fixtures'
import { createTestDb } from '../../helpers/test-db'

let env: ReturnType<typeof createTestDb>
let service: StoreService
let pushed: unknown[]
const NOW = Date.UTC(2026, 10, 24, 8, 0)

beforeEach(() => {
  env = createTestDb()
  seedStores(env.db, SAMPLE_STORES)
  const events = createEventBus()
  pushed = []
  events.subscribe((event, payload) => pushed.push([event, payload]))
  service = createStoreService({
    db: env.db,
    stores: createStoreRepo(env.db),
    audit: createAuditRepo(env.db),
    events,
    now: () => NOW
  })
})
afterEach(() => env.cleanup())

const errorOf = (fn: () => unknown): AppError => {
  try {
    fn()
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected an AppError')
}

describe('store service update', () => {
  it('writes the attributes, normalises lenient input, audits and announces the change', () => {
    const row = service.update('s2', { openingHours: '07：00 ~ 23:00', visitMinutes: 25, address: '  淮海路 1 号 ' })
    expect(row).toMatchObject({ openingHours: '07:00-23:00', visitMinutes: 25, address: '淮海路 1 号', updatedAt: NOW })
    const audit = createAuditRepo(env.db).listFor('store', 's2')
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'store.update', actor: 'local-user' })
    expect(pushed).toEqual([['db:changed', { tables: ['store'] }]])
  })

  it('refuses invalid values with a zh-CN reason and writes nothing', () => {
    const e = errorOf(() => service.update('s2', { openingHours: '9点到22点', lng: 139.69, lat: 35.69 }))
    expect(e.code).toBe('invalid-input')
    expect(e.message).toMatch(/营业时间/)
    expect(e.message).toMatch(/中国/)
    expect(createStoreRepo(env.db).get('s2')?.openingHours).toBe('09:00-22:00')
    expect(createAuditRepo(env.db).listFor('store', 's2')).toEqual([])
    expect(pushed).toEqual([])
  })

  it('says not-found for a store that no longer exists', () => {
    expect(errorOf(() => service.update('nope', { visitMinutes: 30 })).code).toBe('not-found')
  })

  it('exports exactly the filtered, sorted view', () => {
    const file = service.export({ regionIds: ['r-south'], sort: { column: 'code', desc: true } })
    expect(file.fileName).toMatch(/^门店_\d{8}-\d{4}\.xlsx$/)
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK')
  })
})
