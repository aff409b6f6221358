/**
 * The Org mapping screen's picture of a rule: the cached department tree annotated with what
 * each department maps to, member counts, totals, and the changes the next sync would make to
 * the region and store tables. Pure: plain data in and out.
 */
import type {
  OrgMappingNode,
  OrgMappingTotals,
  OrgMappingView
} from '../../../preload/contract/models'
import { classifyDepartments, type ClassifiedDepartment } from './department-kinds'
import type { DepartmentNode, OrgMapping } from './department-mapping'
import { countMembers, type Membership } from './member-counts'
import { diffOrg, type CurrentOrg } from './org-diff'
import type { OrgMappingRule } from './org-mapping-rule'

export interface PreviewInput {
  readonly departments: readonly DepartmentNode[]
  readonly memberships: readonly Membership[]
  readonly current: CurrentOrg
  readonly rule: OrgMappingRule
}

export type OrgPreview = Pick<OrgMappingView, 'nodes' | 'totals' | 'changes'>

export function previewOrgMapping(input: PreviewInput): OrgPreview {
  const { departments, mapping } = classifyDepartments(input.departments, input.rule)
  const counts = countMembers(input.departments, input.memberships)
  const nodes = departments.map((c): OrgMappingNode => {
    const count = counts.get(c.node.id)
    return {
      id: c.node.id,
      parentId: c.node.parentId,
      name: c.node.name,
      depth: c.depth,
      kind: c.kind,
      members: count?.members ?? 0,
      subtreeMembers: count?.subtreeMembers ?? 0
    }
  })
  // Sync refuses an empty tree rather than sweep, so nothing would change.
  const changes = departments.length === 0 ? [] : diffOrg(mapping, input.current)
  return { nodes, totals: totalsOf(departments, mapping), changes }
}

function totalsOf(
  departments: readonly ClassifiedDepartment[],
  mapping: OrgMapping
): OrgMappingTotals {
  const regions = new Set(mapping.regions.map((r) => r.departmentId))
  const count = (kind: ClassifiedDepartment['kind']) =>
    departments.filter((d) => d.kind === kind).length
  return {
    departments: departments.length,
    regions: mapping.regions.length,
    stores: mapping.stores.length,
    insideStore: count('inside-store'),
    excluded: count('excluded'),
    storesWithoutRegion: mapping.stores.filter((s) => !regions.has(s.regionDepartmentId)).length
  }
}
