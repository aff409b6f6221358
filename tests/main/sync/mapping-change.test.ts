/**
 * Changing the department mapping rule: after the next sync, regions and stores follow the new
 * rule and rows of the old one are marked removed — each table swept against its own list, so a
 * department that turns from store into region leaves no stale store behind.
 */
import { describe, expect, it } from 'vitest'
import type { Db } from '../../../main/db/connection'
import { createSettingRepo } from '../../../main/db/repos/setting-repo'
import { ORG_MAPPING_SETTING_KEY, resolveOrgMapping } from '../../../main/domain/org/org-mapping-rule'
import { startSim, syncSetup } from './sync-harness'

const count = (db: Db, sql: string) =>
  (db.prepare(sql).pluck().get() as number) ?? 0

describe('a new mapping rule', () => {
  it('removes the old stores when their departments become regions', async () => {
    const sim = await startSim()
    const { db, engine } = syncSetup(sim)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    const liveStores = count(db, 'SELECT count(*) FROM store WHERE removed_at IS NULL')
    expect(liveStores).toBeGreaterThan(0)

    const rule = resolveOrgMapping(undefined)
    createSettingRepo(db).set(ORG_MAPPING_SETTING_KEY, { ...rule, regionDepth: 2, storeDepth: 3 })
    expect((await engine.runNow().finished).outcome).toBe('ok')

    // The demo has no level-3 departments: every store is gone, the old level-2 stores are regions.
    expect(count(db, 'SELECT count(*) FROM store WHERE removed_at IS NULL')).toBe(0)
    expect(count(db, 'SELECT count(*) FROM region WHERE removed_at IS NULL')).toBe(liveStores)
    expect(count(db, 'SELECT count(*) FROM store WHERE removed_at IS NOT NULL')).toBe(liveStores)
  })
})
