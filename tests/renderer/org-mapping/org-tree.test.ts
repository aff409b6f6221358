import { describe, expect, it } from 'vitest'
import {
  buildTree,
  countChanges,
  defaultExpandedKeys,
  type OrgTreeItem
} from '../../../renderer/src/features/org-mapping/org-tree'
import { change, node, NODES } from './fixtures'

/** The tree as nested ids, leaves as plain numbers. */
const shape = (items: OrgTreeItem[]): unknown[] =>
  items.map((i) => (i.children ? { [i.key]: shape(i.children) } : i.key))

describe('buildTree', () => {
  it('nests in main’s order and lifts a department cut off from the root to the top', () => {
    expect(shape(buildTree(NODES))).toEqual([{ 1: [2, { 10: [{ 100: [1000] }] }] }, 500])
  })

  it('leaves no children array on a leaf, so antd draws no expand arrow', () => {
    const [root] = buildTree(NODES)
    expect(root?.children?.[0]).toEqual({ key: 2, node: NODES[1] })
  })

  it('does not hang on a department that names itself as its parent', () => {
    expect(shape(buildTree([node(7, 7, 'unmapped', null)]))).toEqual([7])
  })
})

describe('defaultExpandedKeys', () => {
  it('opens down to the stores and keeps the inside of stores folded', () => {
    expect(defaultExpandedKeys(NODES, 2)).toEqual([1, 10])
    expect(defaultExpandedKeys(NODES, 3)).toEqual([1, 10, 100])
  })
})

describe('countChanges', () => {
  it('counts each kind of change in main’s order', () => {
    const counts = countChanges([
      change('region', 'create', 1),
      change('store', 'create', 2),
      change('store', 'remove', 3),
      change('store', 'remove', 4)
    ])
    expect(counts).toEqual([
      { entity: 'region', change: 'create', count: 1 },
      { entity: 'store', change: 'create', count: 1 },
      { entity: 'store', change: 'remove', count: 2 }
    ])
    expect(countChanges([])).toEqual([])
  })
})
