/** The department list from main as antd Tree data, plus the colours of the mapping tags. */
import type {
  OrgMappingChange,
  OrgMappingNode,
  OrgNodeKind
} from '../../../../preload/contract/models'

export interface OrgTreeItem {
  key: number
  node: OrgMappingNode
  /** Absent on a leaf, so the tree draws no expand arrow. */
  children?: OrgTreeItem[]
}

/**
 * Keeps main's order (depth-first, WeCom's sibling order). A department whose parent is not in
 * the list (cut off from the root) becomes a top-level item.
 */
export function buildTree(nodes: readonly OrgMappingNode[]): OrgTreeItem[] {
  const items = new Map(nodes.map((node) => [node.id, { key: node.id, node } as OrgTreeItem]))
  const roots: OrgTreeItem[] = []
  for (const item of items.values()) {
    const parent = items.get(item.node.parentId)
    if (parent === undefined || parent === item) roots.push(item)
    else (parent.children ??= []).push(item)
  }
  return roots
}

/** Open down to the stores: regions and stores in view, departments inside stores folded. */
export function defaultExpandedKeys(
  nodes: readonly OrgMappingNode[],
  storeDepth: number
): number[] {
  const parents = new Set(nodes.map((n) => n.parentId))
  return nodes
    .filter((n) => n.depth !== null && n.depth < storeDepth && parents.has(n.id))
    .map((n) => n.id)
}

export const KIND_COLOR: Record<OrgNodeKind, string> = {
  brand: 'purple',
  region: 'blue',
  store: 'green',
  'inside-store': 'cyan',
  grouping: 'default',
  excluded: 'volcano',
  unmapped: 'gold'
}

export const CHANGE_COLOR: Record<OrgMappingChange['change'], string> = {
  create: 'green',
  remove: 'red',
  rename: 'blue',
  move: 'orange'
}

export interface ChangeCount {
  entity: OrgMappingChange['entity']
  change: OrgMappingChange['change']
  count: number
}

/** How many changes of each kind, in the order main lists them; kinds with none are left out. */
export function countChanges(changes: readonly OrgMappingChange[]): ChangeCount[] {
  const out: ChangeCount[] = []
  for (const c of changes) {
    const last = out.find((x) => x.entity === c.entity && x.change === c.change)
    if (last) last.count++
    else out.push({ entity: c.entity, change: c.change, count: 1 })
  }
  return out
}
