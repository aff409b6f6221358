import type { StringTable } from '../i18n/locale'
import type { Route } from './routes'

export const shellStrings: StringTable<{
  product: string
  menu: Record<Route, string>
  sourceDemo: string
  sourceWecom: string
  counts: string
  language: string
  loadFailed: string
  /** {percent} */
  syncRunning: string
  syncRunningStarting: string
  /** {at} */
  syncedAt: string
  /** {at} */
  syncFailed: string
  /** {at} */
  syncCancelled: string
  never: string
  syncStatusHint: string
}> = {
  'zh-CN': {
    product: '掌柜',
    menu: { stores: '门店', guides: '导购', notices: '通知', handover: '客户交接', sync: '同步', 'org-mapping': '组织映射', settings: '设置' },
    sourceDemo: '演示企业（本地生成数据）',
    sourceWecom: '企业微信',
    counts: '{regions} 个大区 · {stores} 家门店 · {guides} 名导购 · {relations} 条客户关系',
    language: 'English',
    loadFailed: '加载失败：{message}',
    syncRunning: '同步中 {percent}%',
    syncRunningStarting: '同步中',
    syncedAt: '已同步 · {at}',
    syncFailed: '同步失败 · {at}',
    syncCancelled: '同步已取消 · {at}',
    never: '尚未同步',
    syncStatusHint: '查看同步详情'
  },
  'en-US': {
    product: 'Zhanggui',
    menu: { stores: 'Stores', guides: 'Guides', notices: 'Notices', handover: 'Customer handover', sync: 'Sync', 'org-mapping': 'Org mapping', settings: 'Settings' },
    sourceDemo: 'Demo enterprise (generated locally)',
    sourceWecom: 'WeCom',
    counts: '{regions} regions · {stores} stores · {guides} guides · {relations} customer relations',
    language: '中文',
    loadFailed: 'Failed to load: {message}',
    syncRunning: 'Syncing {percent}%',
    syncRunningStarting: 'Syncing',
    syncedAt: 'Synced · {at}',
    syncFailed: 'Sync failed · {at}',
    syncCancelled: 'Sync cancelled · {at}',
    never: 'Never synced',
    syncStatusHint: 'Open sync details'
  }
}
