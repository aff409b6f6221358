import type { Db } from '../connection'
import type { MappedRegion, MappedStore } from '../../domain/org/department-mapping'
import type { OrgMappingRule } from '../../domain/org/org-mapping-rule'

export interface GuideStoreWrite {
  store_id: string
  role: 'primary' | 'secondary'
}

/**
 * Sync's writes to region, store and guide_store, the HQ tables that follow WeCom's department
 * tree. Rows are matched by department_id, so regions and stores HQ already has keep their ids,
 * codes and attributes; only name and region follow WeCom. New ones get id 'd' + department id.
 * Opens no transactions.
 */
export function createOrgRepo(db: Db) {
  const regionByDepartment = db
    .prepare<[number], string>('SELECT id FROM region WHERE department_id = ?')
    .pluck()
  const updateRegion = db.prepare<{ id: string; name: string; sort_order: number }>(
    `UPDATE region SET name = @name, sort_order = @sort_order, removed_at = NULL WHERE id = @id`
  )
  const insertRegion = db.prepare<{ id: string; name: string; dept: number; sort_order: number }>(
    `INSERT INTO region (id, name, department_id, sort_order)
     VALUES (@id, @name, @dept, @sort_order)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, department_id = excluded.department_id,
       sort_order = excluded.sort_order, removed_at = NULL`
  )
  const storeByDepartment = db
    .prepare<[number], string>('SELECT id FROM store WHERE department_id = ?')
    .pluck()
  // updated_at moves only when something changed, so an unchanged store looks unchanged.
  const updateStore = db.prepare<{ id: string; name: string; region_id: string; now: number }>(
    `UPDATE store SET name = @name, region_id = @region_id, removed_at = NULL, updated_at = @now
     WHERE id = @id
       AND (name IS NOT @name OR region_id IS NOT @region_id OR removed_at IS NOT NULL)`
  )
  const insertStore = db.prepare(
    `INSERT INTO store (id, code, name, region_id, department_id, city, address, type,
       opening_hours, visit_minutes, lng, lat, removed_at, updated_at)
     VALUES (@id, @code, @name, @region_id, @dept, '', '', @type, @opening_hours, @visit_minutes,
       NULL, NULL, NULL, @now)`
  )
  const sweepRegions = db.prepare<{ live: string; now: number }>(
    `UPDATE region SET removed_at = @now WHERE removed_at IS NULL AND department_id IS NOT NULL
       AND department_id NOT IN (SELECT value FROM json_each(@live))`
  )
  const sweepStores = db.prepare<{ live: string; now: number }>(
    `UPDATE store SET removed_at = @now, updated_at = @now
     WHERE removed_at IS NULL AND department_id IS NOT NULL
       AND department_id NOT IN (SELECT value FROM json_each(@live))`
  )
  const liveStores = db.prepare<[], { id: string; department_id: number }>(
    'SELECT id, department_id FROM store WHERE removed_at IS NULL AND department_id IS NOT NULL'
  )
  // Only assignments to stores WeCom knows (with a department) follow WeCom; HQ's assignments to
  // local-only stores (no department, issue #4) have no WeCom side and must survive a sync.
  const deleteGuideStores = db.prepare<[string]>(
    `DELETE FROM guide_store WHERE userid = ?
       AND store_id NOT IN (SELECT id FROM store WHERE department_id IS NULL)`
  )
  const keptPrimary = db.prepare<[string], { store_id: string }>(
    "SELECT store_id FROM guide_store WHERE userid = ? AND role = 'primary'"
  )
  const insertGuideStore = db.prepare<[string, string, string]>(
    'INSERT INTO guide_store (userid, store_id, role) VALUES (?, ?, ?)'
  )

  /** Returns the region's id. */
  function applyRegion(r: MappedRegion): string {
    const existing = regionByDepartment.get(r.departmentId)
    if (existing !== undefined) {
      updateRegion.run({ id: existing, name: r.name, sort_order: r.sortOrder })
      return existing
    }
    const id = `d${r.departmentId}`
    insertRegion.run({ id, name: r.name, dept: r.departmentId, sort_order: r.sortOrder })
    return id
  }

  function applyStore(s: MappedStore, regionId: string, rule: OrgMappingRule, now: number): void {
    const existing = storeByDepartment.get(s.departmentId)
    if (existing !== undefined) {
      updateStore.run({ id: existing, name: s.name, region_id: regionId, now })
      return
    }
    const { type, openingHours, visitMinutes } = rule.newStore
    insertStore.run({
      id: `d${s.departmentId}`,
      code: `WX${s.departmentId}`,
      name: s.name,
      region_id: regionId,
      dept: s.departmentId,
      type,
      opening_hours: openingHours,
      visit_minutes: visitMinutes,
      now
    })
  }

  return {
    applyRegion,
    applyStore,
    /**
     * Regions whose department is not among the mapped regions, and stores whose department is
     * not among the mapped stores, get removed_at (never deleted). Each table is checked against
     * its own list, so a department that a new rule turns from store into region (or back)
     * leaves no stale row behind.
     */
    sweep(live: { regions: readonly number[]; stores: readonly number[] }, now: number): number {
      const regions = sweepRegions.run({ live: JSON.stringify(live.regions), now }).changes
      return regions + sweepStores.run({ live: JSON.stringify(live.stores), now }).changes
    },
    /** Department id → store id, for stores that are in use. */
    storeIdsByDepartment(): Map<number, string> {
      return new Map(liveStores.all().map((s) => [s.department_id, s.id]))
    },
    /** The member's assignments to WeCom-mapped stores become exactly `rows`. */
    replaceGuideStores(userid: string, rows: readonly GuideStoreWrite[]): void {
      deleteGuideStores.run(userid)
      // HQ's local-only primary store (WeCom cannot know it) stays primary; WeCom's one serves too.
      const localPrimary = keptPrimary.get(userid) !== undefined
      for (const r of rows) {
        insertGuideStore.run(userid, r.store_id, localPrimary && r.role === 'primary' ? 'secondary' : r.role)
      }
    }
  }
}
export type OrgRepo = ReturnType<typeof createOrgRepo>
