import type { StringTable } from '../i18n/locale'

export const shellStrings: StringTable<{
  product: string
  menuStores: string
  sourceDemo: string
  sourceWecom: string
  seededAt: string
  never: string
  counts: string
  language: string
  loadFailed: string
}> = {
  'zh-CN': {
    product: '掌柜',
    menuStores: '门店',
    sourceDemo: '演示企业（本地生成数据）',
    sourceWecom: '企业微信',
    seededAt: '数据更新于 {at}',
    never: '尚未同步',
    counts: '{regions} 个大区 · {stores} 家门店 · {guides} 名导购 · {relations} 条客户关系',
    language: 'English',
    loadFailed: '加载失败：{message}'
  },
  'en-US': {
    product: 'Zhanggui',
    menuStores: 'Stores',
    sourceDemo: 'Demo enterprise (generated locally)',
    sourceWecom: 'WeCom',
    seededAt: 'Data as of {at}',
    never: 'Never synced',
    counts: '{regions} regions · {stores} stores · {guides} guides · {relations} customer relations',
    language: '中文',
    loadFailed: 'Failed to load: {message}'
  }
}
