import { Flex, Tag, Tree, Typography } from 'antd'
import { useMemo } from 'react'
import type { OrgMappingNode } from '../../../../preload/contract/models'
import { format, useStrings } from '../../i18n/locale'
import { buildTree, defaultExpandedKeys, KIND_COLOR, type OrgTreeItem } from './org-tree'
import { orgMappingStrings } from './strings'

/** Tall enough for a region and its stores; the tree is virtual, so 30,000 departments scroll. */
const TREE_HEIGHT = 520

/** The department tree with a coloured tag per mapping result and member counts. */
export function MappingTree(props: { nodes: OrgMappingNode[]; storeDepth: number }) {
  const { nodes, storeDepth } = props
  const treeData = useMemo(() => buildTree(nodes), [nodes])
  const expanded = useMemo(() => defaultExpandedKeys(nodes, storeDepth), [nodes, storeDepth])
  return (
    <div data-testid="org-tree">
      {/* Remounted per store level, so the folds follow the rule being shown. */}
      <Tree<OrgTreeItem>
        key={storeDepth}
        treeData={treeData}
        defaultExpandedKeys={expanded}
        titleRender={(item) => <NodeTitle node={item.node} />}
        height={TREE_HEIGHT}
        selectable={false}
        blockNode
      />
    </div>
  )
}

function NodeTitle({ node }: { node: OrgMappingNode }) {
  const s = useStrings(orgMappingStrings)
  return (
    <Flex gap={8} align="center" data-testid="org-node" data-kind={node.kind} data-id={node.id}>
      <span>{node.name}</span>
      <Tag color={KIND_COLOR[node.kind]} style={{ marginInlineEnd: 0 }}>
        {s.kinds[node.kind]}
      </Tag>
      <Typography.Text
        type="secondary"
        title={format(s.membersTitle, { direct: node.members, total: node.subtreeMembers })}
      >
        {format(s.members, { n: node.subtreeMembers })}
      </Typography.Text>
    </Flex>
  )
}
