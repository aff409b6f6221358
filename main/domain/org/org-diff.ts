/**
 * How the region and store tables would change if the next sync applied a mapping: what the
 * Org mapping screen lists before the user saves a rule. Pure: plain data in and out.
 */
import type { OrgMappingChange } from '../../../preload/contract/models'
import type { OrgMapping } from './department-mapping'

/** A live region row that follows a WeCom department. */
export interface CurrentRegion {
  readonly departmentId: number
  readonly name: string
}

/** A live store row that follows a WeCom department, with its region's department if any. */
export interface CurrentStore {
  readonly departmentId: number
  readonly name: string
  readonly regionDepartmentId: number | null
  readonly regionName: string
}

export interface CurrentOrg {
  readonly regions: readonly CurrentRegion[]
  readonly stores: readonly CurrentStore[]
}

const CHANGE_ORDER: Record<OrgMappingChange['change'], number> = {
  create: 0,
  remove: 1,
  rename: 2,
  move: 3
}

/** Regions first, then stores; within each: create, remove, rename, move; then by name. */
export function diffOrg(mapping: OrgMapping, current: CurrentOrg): OrgMappingChange[] {
  const changes = [...diffRegions(mapping, current), ...diffStores(mapping, current)]
  return changes.sort(
    (a, b) =>
      Number(a.entity === 'store') - Number(b.entity === 'store') ||
      CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      a.departmentId - b.departmentId
  )
}

function diffRegions(mapping: OrgMapping, current: CurrentOrg): OrgMappingChange[] {
  const now = new Map(current.regions.map((r) => [r.departmentId, r]))
  const mapped = new Set(mapping.regions.map((r) => r.departmentId))
  const out: OrgMappingChange[] = []
  for (const r of mapping.regions) {
    const row = now.get(r.departmentId)
    if (row === undefined) out.push(change('region', 'create', r.departmentId, r.name))
    else if (row.name !== r.name) {
      out.push(change('region', 'rename', r.departmentId, r.name, row.name, r.name))
    }
  }
  for (const row of current.regions) {
    if (mapped.has(row.departmentId)) continue
    out.push(change('region', 'remove', row.departmentId, row.name))
  }
  return out
}

function diffStores(mapping: OrgMapping, current: CurrentOrg): OrgMappingChange[] {
  const now = new Map(current.stores.map((s) => [s.departmentId, s]))
  const regionName = new Map(mapping.regions.map((r) => [r.departmentId, r.name]))
  const mapped = new Set(mapping.stores.map((s) => s.departmentId))
  const out: OrgMappingChange[] = []
  for (const s of mapping.stores) {
    const region = regionName.get(s.regionDepartmentId)
    // Sync skips a store without a region; totals count those.
    if (region === undefined) continue
    const row = now.get(s.departmentId)
    if (row === undefined) {
      out.push(change('store', 'create', s.departmentId, s.name))
      continue
    }
    if (row.name !== s.name) {
      out.push(change('store', 'rename', s.departmentId, s.name, row.name, s.name))
    }
    if (row.regionDepartmentId !== s.regionDepartmentId) {
      out.push(change('store', 'move', s.departmentId, s.name, row.regionName, region))
    }
  }
  for (const row of current.stores) {
    if (mapped.has(row.departmentId)) continue
    out.push(change('store', 'remove', row.departmentId, row.name))
  }
  return out
}

function change(
  entity: OrgMappingChange['entity'],
  kind: OrgMappingChange['change'],
  departmentId: number,
  name: string,
  from: string | null = null,
  to: string | null = null
): OrgMappingChange {
  return { entity, change: kind, departmentId, name, from, to }
}
