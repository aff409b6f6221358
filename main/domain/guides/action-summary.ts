import type { GuideBulkAction } from '../../../preload/contract/models'

/** The zh-CN line the undo button and the audit log show for an action. */
export function summariseAction(
  action: GuideBulkAction,
  storeName: (id: string) => string,
  guides: number
): string {
  const who = `（${guides} 人）`
  const stores = (ids: readonly string[]) => ids.map(storeName).join('、')
  switch (action.kind) {
    case 'mark-guide':
      return `标记为导购${who}`
    case 'unmark-guide':
      return `取消导购标记${who}`
    case 'set-primary':
      return `设为主门店：${storeName(action.storeId)}${who}`
    case 'add-stores':
      return `加入门店：${stores(action.storeIds)}${who}`
    case 'remove-stores':
      return `移出门店：${stores(action.storeIds)}${who}`
    case 'add-tags':
      return `添加标签：${action.tags.join('、')}${who}`
    case 'remove-tags':
      return `移除标签：${action.tags.join('、')}${who}`
  }
}

export const importSummary = (fileName: string, guides: number): string =>
  `导入门店分配表：${fileName}（${guides} 人）`
