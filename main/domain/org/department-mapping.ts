/**
 * Pure mapping of a WeCom department tree to regions and stores under an OrgMappingRule, and of
 * a member's departments to the stores they work at. Plain data in, plain data out.
 */
import type { OrgMappingRule } from './org-mapping-rule'

export interface DepartmentNode {
  readonly id: number
  readonly name: string
  /** 0 for the root. */
  readonly parentId: number
  /** WeCom's sibling order: larger comes first. */
  readonly order: number
}

export interface MappedRegion {
  readonly departmentId: number
  readonly name: string
  /** 1-based position among the regions, in WeCom's order. */
  readonly sortOrder: number
}

export interface MappedStore {
  readonly departmentId: number
  readonly name: string
  readonly regionDepartmentId: number
}

export interface OrgMapping {
  readonly regions: readonly MappedRegion[]
  readonly stores: readonly MappedStore[]
  /** Every department at or below store depth → the department id of its store. */
  readonly storeOf: ReadonlyMap<number, number>
}

interface Placed {
  readonly node: DepartmentNode
  readonly depth: number
  /** Department ids from the root down to this one. */
  readonly path: readonly number[]
}

/**
 * Departments whose chain of parents does not reach the root (parentid 0), e.g. the top of a
 * narrowed visible range, have no known depth and are left unmapped.
 */
export function mapDepartments(
  departments: readonly DepartmentNode[],
  rule: OrgMappingRule
): OrgMapping {
  const placed = placeAll(departments, rule)
  const byWecomOrder = (a: Placed, b: Placed) =>
    b.node.order - a.node.order || a.node.id - b.node.id
  const regions = placed
    .filter((p) => p.depth === rule.regionDepth)
    .sort(byWecomOrder)
    .map((p, i) => ({ departmentId: p.node.id, name: p.node.name, sortOrder: i + 1 }))
  const stores: MappedStore[] = []
  const storeOf = new Map<number, number>()
  for (const p of placed) {
    if (p.depth < rule.storeDepth) continue
    const storeId = p.path[rule.storeDepth]
    const regionId = p.path[rule.regionDepth]
    if (storeId === undefined || regionId === undefined) continue
    storeOf.set(p.node.id, storeId)
    if (p.depth === rule.storeDepth) {
      stores.push({ departmentId: storeId, name: p.node.name, regionDepartmentId: regionId })
    }
  }
  stores.sort((a, b) => a.departmentId - b.departmentId)
  return { regions, stores, storeOf }
}

/** Walks down from the roots; excluded departments cut off their whole subtree. */
function placeAll(departments: readonly DepartmentNode[], rule: OrgMappingRule): Placed[] {
  const children = new Map<number, DepartmentNode[]>()
  for (const d of departments) {
    const list = children.get(d.parentId) ?? []
    list.push(d)
    children.set(d.parentId, list)
  }
  const excludedIds = new Set(rule.excludeDepartmentIds)
  const excludedNames = new Set(rule.excludeNames)
  const isExcluded = (d: DepartmentNode) => excludedIds.has(d.id) || excludedNames.has(d.name)
  const out: Placed[] = []
  const queue: Placed[] = (children.get(0) ?? []).map((node) => ({
    node,
    depth: 0,
    path: [node.id]
  }))
  const seen = new Set<number>()
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i]
    if (p === undefined) break
    // A cycle in bad data must not loop forever.
    if (seen.has(p.node.id) || (p.depth > 0 && isExcluded(p.node))) continue
    seen.add(p.node.id)
    out.push(p)
    for (const child of children.get(p.node.id) ?? []) {
      queue.push({ node: child, depth: p.depth + 1, path: [...p.path, child.id] })
    }
  }
  return out
}

export interface GuideStore {
  readonly storeDepartmentId: number
  readonly role: 'primary' | 'secondary'
}

/**
 * The stores a member works at, from their WeCom departments: the store of the main department
 * is 'primary', the others 'secondary'; a store reached twice is listed once.
 */
export function guideStoresOf(
  departments: readonly number[],
  mainDepartment: number | null,
  storeOf: ReadonlyMap<number, number>
): GuideStore[] {
  const primary = mainDepartment === null ? undefined : storeOf.get(mainDepartment)
  const out: GuideStore[] = []
  if (primary !== undefined) out.push({ storeDepartmentId: primary, role: 'primary' })
  for (const dept of departments) {
    const store = storeOf.get(dept)
    if (store === undefined || out.some((g) => g.storeDepartmentId === store)) continue
    out.push({ storeDepartmentId: store, role: 'secondary' })
  }
  return out
}
