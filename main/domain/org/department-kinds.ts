/**
 * What each department of the tree maps to under a rule, for the Org mapping screen. Regions,
 * stores and the departments inside stores come from mapDepartments itself, so the screen can
 * never disagree with what sync does.
 */
import type { OrgNodeKind } from '../../../preload/contract/models'
import { mapDepartments, type DepartmentNode, type OrgMapping } from './department-mapping'
import type { OrgMappingRule } from './org-mapping-rule'

export interface ClassifiedDepartment {
  readonly node: DepartmentNode
  /** Null when the chain of parents does not reach the root. */
  readonly depth: number | null
  readonly kind: OrgNodeKind
}

export interface Classification {
  /** Depth-first, siblings in WeCom's order; departments cut off from the root come last. */
  readonly departments: readonly ClassifiedDepartment[]
  readonly mapping: OrgMapping
}

interface Walked {
  readonly node: DepartmentNode
  readonly depth: number
  readonly excluded: boolean
}

export function classifyDepartments(
  departments: readonly DepartmentNode[],
  rule: OrgMappingRule
): Classification {
  const mapping = mapDepartments(departments, rule)
  const regions = new Set(mapping.regions.map((r) => r.departmentId))
  const stores = new Set(mapping.stores.map((s) => s.departmentId))
  const kindOf = (w: Walked): OrgNodeKind => {
    if (w.excluded) return 'excluded'
    if (w.depth === 0) return 'brand'
    if (regions.has(w.node.id)) return 'region'
    if (stores.has(w.node.id)) return 'store'
    return mapping.storeOf.has(w.node.id) ? 'inside-store' : 'grouping'
  }
  const walked = walkFromRoot(departments, rule)
  const reached = new Set(walked.map((w) => w.node.id))
  const cutOff = departments
    .filter((d) => !reached.has(d.id))
    .sort((a, b) => a.id - b.id)
    .map((node) => ({ node, depth: null, kind: 'unmapped' as const }))
  const placed = walked.map((w) => ({ node: w.node, depth: w.depth, kind: kindOf(w) }))
  return { departments: [...placed, ...cutOff], mapping }
}

/** Depth-first from the root; an excluded department's whole subtree is excluded with it. */
function walkFromRoot(departments: readonly DepartmentNode[], rule: OrgMappingRule): Walked[] {
  const children = new Map<number, DepartmentNode[]>()
  for (const d of departments) {
    const list = children.get(d.parentId) ?? []
    list.push(d)
    children.set(d.parentId, list)
  }
  for (const list of children.values()) list.sort((a, b) => b.order - a.order || a.id - b.id)
  const excludedIds = new Set(rule.excludeDepartmentIds)
  const excludedNames = new Set(rule.excludeNames)
  const out: Walked[] = []
  const seen = new Set<number>()
  const stack: Walked[] = [...(children.get(0) ?? [])]
    .reverse()
    .map((node) => ({ node, depth: 0, excluded: false }))
  while (stack.length > 0) {
    const w = stack.pop()!
    // A cycle in bad data must not loop forever.
    if (seen.has(w.node.id)) continue
    seen.add(w.node.id)
    out.push(w)
    const kids = children.get(w.node.id) ?? []
    for (let i = kids.length - 1; i >= 0; i--) {
      const node = kids[i]!
      const excluded = w.excluded || excludedIds.has(node.id) || excludedNames.has(node.name)
      stack.push({ node, depth: w.depth + 1, excluded })
    }
  }
  return out
}
