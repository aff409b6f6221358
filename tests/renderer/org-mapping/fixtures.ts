import type {
  OrgMappingChange,
  OrgMappingNode,
  OrgMappingView
} from '../../../preload/contract/models'

export const node = (
  id: number,
  parentId: number,
  kind: OrgMappingNode['kind'],
  depth: number | null,
  patch: Partial<OrgMappingNode> = {}
): OrgMappingNode => ({
  id,
  parentId,
  name: `D${id}`,
  depth,
  kind,
  members: 0,
  subtreeMembers: 0,
  ...patch
})

/** 品牌 → 总部 (excluded) and 华东 → 上海店 → 收银组, plus a department cut off from the root. */
export const NODES: OrgMappingNode[] = [
  node(1, 0, 'brand', 0, { name: '品牌', subtreeMembers: 3 }),
  node(2, 1, 'excluded', 1, { name: '总部', members: 1, subtreeMembers: 1 }),
  node(10, 1, 'region', 1, { name: '华东', subtreeMembers: 2 }),
  node(100, 10, 'store', 2, { name: '上海店', members: 1, subtreeMembers: 2 }),
  node(1000, 100, 'inside-store', 3, { name: '收银组', members: 1, subtreeMembers: 1 }),
  node(500, 499, 'unmapped', null, { name: '孤儿' })
]

export const change = (
  entity: OrgMappingChange['entity'],
  kind: OrgMappingChange['change'],
  departmentId: number,
  patch: Partial<OrgMappingChange> = {}
): OrgMappingChange => ({
  entity,
  change: kind,
  departmentId,
  name: `D${departmentId}`,
  from: null,
  to: null,
  ...patch
})

export const RULE = { regionDepth: 1, storeDepth: 2, excludeNames: ['总部'] }

export const view = (patch: Partial<OrgMappingView> = {}): OrgMappingView => ({
  rule: RULE,
  defaultRule: RULE,
  nodes: NODES,
  totals: {
    departments: 6,
    regions: 1,
    stores: 1,
    insideStore: 1,
    excluded: 1,
    storesWithoutRegion: 0
  },
  changes: [
    change('region', 'rename', 10, { name: '华东', from: '华东区', to: '华东' }),
    change('store', 'create', 100, { name: '上海店' }),
    change('store', 'remove', 200, { name: '旧店' }),
    change('store', 'remove', 201, { name: '老店' })
  ],
  ...patch
})
