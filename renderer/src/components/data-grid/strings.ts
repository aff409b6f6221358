import type { StringTable } from '../../i18n/locale'

export const gridStrings: StringTable<{
  pin: string
  unpin: string
  sortHint: string
  sortedAsc: string
  sortedDesc: string
  selectAll: string
  selectRow: string
  empty: string
}> = {
  'zh-CN': {
    pin: '固定「{label}」列到左侧',
    unpin: '取消固定「{label}」列',
    sortHint: '点击排序：升序 → 降序 → 不排序',
    sortedAsc: '已按升序排列',
    sortedDesc: '已按降序排列',
    selectAll: '全选当前筛选结果',
    selectRow: '选择此行',
    empty: '暂无数据'
  },
  'en-US': {
    pin: 'Pin the “{label}” column to the left',
    unpin: 'Unpin the “{label}” column',
    sortHint: 'Click to sort: ascending → descending → none',
    sortedAsc: 'Sorted ascending',
    sortedDesc: 'Sorted descending',
    selectAll: 'Select all filtered rows',
    selectRow: 'Select this row',
    empty: 'No data'
  }
}
