import type { ErrorCode } from '../../../../preload/contract/ipc'
import type {
  GuideActionKind,
  GuideChange,
  GuideSortColumn,
  GuideStatus,
  GuideWecomEffect,
  WritebackState
} from '../../../../preload/contract/models'
import type { StringTable } from '../../i18n/locale'

export interface GuideStrings {
  /** Between names in one cell: 、 in Chinese, a comma in English. */
  listSeparator: string
  /** {total}, {shown} */
  count: string
  /** {n} */
  selected: string
  clearSelection: string
  filterRegion: string
  filterStore: string
  filterTag: string
  filterStatus: string
  noStore: string
  notGuide: string
  searchPlaceholder: string
  clearFilters: string
  /** {label}, {n} */
  optionWithCount: string
  emptyList: string
  loadFailed: string
  retry: string
  exportButton: string
  importButton: string
  pasteButton: string
  /** {fileName} */
  exported: string
  columns: Record<GuideSortColumn, string>
  statuses: Record<GuideStatus, string>
  writeback: Record<WritebackState, string>
  yes: string
  no: string
  none: string
  alerts: {
    /** {n} */
    storesWithoutGuides: string
    /** {n} */
    guidesWithoutStore: string
    storesWithoutGuidesTitle: string
  }
  actions: {
    button: string
    kinds: Record<GuideActionKind, string>
    pickStore: string
    pickStores: string
    pickTags: string
    tagsPlaceholder: string
    preview: string
    selectFirst: string
  }
  preview: {
    title: string
    /** {selected}, {changed}, {unchanged} */
    counts: string
    /** {n} */
    wecomWrites: string
    /** {stores} */
    localOnly: string
    /** {n} */
    moreRows: string
    guide: string
    change: string
    wecom: string
    fields: Record<GuideChange['field'], string>
    effects: Record<GuideWecomEffect, string>
    apply: string
    cancel: string
    nothing: string
    /** {n} */
    applied: string
  }
  paste: {
    title: string
    help: string
    placeholder: string
    match: string
    /** {n} */
    select: string
    /** {n} */
    matched: string
    unmatched: string
    ambiguous: string
    /** {line}, {value} */
    line: string
  }
  importModal: {
    title: string
    help: string
    choose: string
    /** {n} */
    issues: string
    /** {row}, {column}, {message} */
    issue: string
    tooLarge: string
    template: string
  }
  undo: {
    undo: string
    redo: string
    /** {summary} */
    undoHint: string
    /** {summary} */
    redoHint: string
    undone: string
    redone: string
  }
  storeSummary: {
    title: string
    /** {n}, {active} */
    guides: string
    /** {customers}, {groups} */
    customers: string
    primary: string
    secondary: string
    none: string
  }
  errors: Partial<Record<ErrorCode, string>>
  internalError: string
}

export const guideStrings: StringTable<GuideStrings> = {
  'zh-CN': {
    listSeparator: '、',
    count: '共 {total} 名导购，当前显示 {shown} 名',
    selected: '已选 {n} 名',
    clearSelection: '取消选择',
    filterRegion: '大区',
    filterStore: '门店',
    filterTag: '标签',
    filterStatus: '状态',
    noStore: '无门店',
    notGuide: '未标记导购',
    searchPlaceholder: '搜索姓名、账号或手机号',
    clearFilters: '清除筛选',
    optionWithCount: '{label}（{n}）',
    emptyList: '没有符合条件的导购',
    loadFailed: '导购列表加载失败',
    retry: '重试',
    exportButton: '导出',
    importButton: '导入分配表',
    pasteButton: '粘贴选择',
    exported: '已导出 {fileName}',
    columns: {
      name: '姓名',
      userid: '账号',
      mobileMasked: '手机号',
      status: '状态',
      regionName: '大区',
      primaryStore: '主门店',
      otherStores: '其他门店',
      isGuide: '导购标识',
      tags: '标签',
      customerCount: '客户数',
      groupCount: '客户群数',
      syncedAt: '最近同步',
      writeback: '回写企业微信'
    },
    statuses: { active: '在职', disabled: '停用', inactive: '未激活', left: '离职' },
    writeback: { pending: '待写回', sending: '写回中', delivered: '已写回', failed: '写回失败' },
    yes: '是',
    no: '否',
    none: '—',
    alerts: {
      storesWithoutGuides: '{n} 家门店没有在职导购',
      guidesWithoutStore: '{n} 名导购未分配门店',
      storesWithoutGuidesTitle: '没有在职导购的门店'
    },
    actions: {
      button: '批量操作',
      kinds: {
        'mark-guide': '标记为导购',
        'unmark-guide': '取消导购标记',
        'set-primary': '设为主门店',
        'add-stores': '加入门店（副）',
        'remove-stores': '移出门店',
        'add-tags': '添加标签',
        'remove-tags': '移除标签',
        import: '导入分配表'
      },
      pickStore: '选择门店',
      pickStores: '选择一个或多个门店',
      pickTags: '输入或选择标签',
      tagsPlaceholder: '标签，回车确认',
      preview: '预览变更',
      selectFirst: '请先选择导购'
    },
    preview: {
      title: '变更预览',
      counts: '已选 {selected} 名：{changed} 名将变更，{unchanged} 名无变化',
      wecomWrites: '{n} 名导购的部门将回写企业微信',
      localOnly: '以下门店未对应企业微信部门，相关变更仅保存在本地：{stores}',
      moreRows: '另有 {n} 名未列出',
      guide: '导购',
      change: '变更',
      wecom: '企业微信',
      fields: { isGuide: '导购标识', primaryStore: '主门店', otherStores: '其他门店', tags: '标签' },
      effects: { write: '将回写', local: '仅本地', 'needs-department': '仅本地（需至少一个部门）', none: '—' },
      apply: '确认应用',
      cancel: '取消',
      nothing: '所选导购都无需变更',
      applied: '已应用，{n} 名导购已变更；可撤销'
    },
    paste: {
      title: '粘贴选择',
      help: '从 Excel 复制一列账号、手机号或姓名，粘贴到下方，每行一个。',
      placeholder: '每行一个账号、手机号或姓名',
      match: '匹配',
      select: '选中 {n} 名',
      matched: '匹配到 {n} 名',
      unmatched: '未找到',
      ambiguous: '对应多人（请改用账号）',
      line: '第 {line} 行：{value}'
    },
    importModal: {
      title: '导入门店分配表',
      help: '表格列：账号（或手机号）、门店编码、角色（主 / 副，空白按副门店）。只会新增分配，不会移出门店。',
      choose: '选择 .xlsx 文件',
      issues: '{n} 行有问题，未导入：',
      issue: '第 {row} 行 {column}：{message}',
      tooLarge: '文件超过 20 MB，请拆分后再导入',
      template: '下载分配表（含当前列表的现有分配）'
    },
    undo: {
      undo: '撤销',
      redo: '重做',
      undoHint: '撤销：{summary}',
      redoHint: '重做：{summary}',
      undone: '已撤销',
      redone: '已重做'
    },
    storeSummary: {
      title: '导购与客户',
      guides: '{n} 名导购（在职 {active} 名）',
      customers: '客户 {customers} · 客户群 {groups}',
      primary: '主',
      secondary: '副',
      none: '暂无导购'
    },
    errors: {
      'not-found': '数据不存在',
      'preview-expired': '预览已失效，请重新预览',
      'bad-file': '文件无法读取',
      'invalid-input': '输入不正确'
    },
    internalError: '内部错误，请重试'
  },
  'en-US': {
    listSeparator: ', ',
    count: '{total} guides, {shown} shown',
    selected: '{n} selected',
    clearSelection: 'Clear selection',
    filterRegion: 'Region',
    filterStore: 'Store',
    filterTag: 'Tag',
    filterStatus: 'Status',
    noStore: 'No store',
    notGuide: 'Not marked as guide',
    searchPlaceholder: 'Search name, account or mobile',
    clearFilters: 'Clear filters',
    optionWithCount: '{label} ({n})',
    emptyList: 'No guides match',
    loadFailed: 'Could not load the guides',
    retry: 'Retry',
    exportButton: 'Export',
    importButton: 'Import assignments',
    pasteButton: 'Paste to select',
    exported: 'Exported {fileName}',
    columns: {
      name: 'Name',
      userid: 'Account',
      mobileMasked: 'Mobile',
      status: 'Status',
      regionName: 'Region',
      primaryStore: 'Primary store',
      otherStores: 'Other stores',
      isGuide: 'Guide',
      tags: 'Tags',
      customerCount: 'Customers',
      groupCount: 'Groups',
      syncedAt: 'Last sync',
      writeback: 'WeCom write-back'
    },
    statuses: { active: 'Active', disabled: 'Disabled', inactive: 'Not activated', left: 'Left' },
    writeback: { pending: 'Pending', sending: 'Sending', delivered: 'Written back', failed: 'Failed' },
    yes: 'Yes',
    no: 'No',
    none: '-',
    alerts: {
      storesWithoutGuides: '{n} stores have no active guide',
      guidesWithoutStore: '{n} guides have no store',
      storesWithoutGuidesTitle: 'Stores without an active guide'
    },
    actions: {
      button: 'Bulk actions',
      kinds: {
        'mark-guide': 'Mark as guide',
        'unmark-guide': 'Unmark as guide',
        'set-primary': 'Set primary store',
        'add-stores': 'Add to stores (secondary)',
        'remove-stores': 'Remove from stores',
        'add-tags': 'Add tags',
        'remove-tags': 'Remove tags',
        import: 'Import assignments'
      },
      pickStore: 'Pick a store',
      pickStores: 'Pick one or more stores',
      pickTags: 'Type or pick tags',
      tagsPlaceholder: 'Tags, Enter to add',
      preview: 'Preview changes',
      selectFirst: 'Select guides first'
    },
    preview: {
      title: 'Preview',
      counts: '{selected} selected: {changed} will change, {unchanged} unchanged',
      wecomWrites: 'Departments of {n} guides will be written back to WeCom',
      localOnly: 'These stores have no WeCom department, so their changes stay local: {stores}',
      moreRows: '{n} more not listed',
      guide: 'Guide',
      change: 'Change',
      wecom: 'WeCom',
      fields: { isGuide: 'Guide', primaryStore: 'Primary store', otherStores: 'Other stores', tags: 'Tags' },
      effects: { write: 'Write back', local: 'Local only', 'needs-department': 'Local only (needs a department)', none: '-' },
      apply: 'Apply',
      cancel: 'Cancel',
      nothing: 'None of the selected guides would change',
      applied: 'Applied: {n} guides changed; you can undo'
    },
    paste: {
      title: 'Paste to select',
      help: 'Copy a column of accounts, mobiles or names from Excel and paste it below, one per line.',
      placeholder: 'One account, mobile or name per line',
      match: 'Match',
      select: 'Select {n}',
      matched: '{n} matched',
      unmatched: 'Not found',
      ambiguous: 'Several guides (use the account instead)',
      line: 'Line {line}: {value}'
    },
    importModal: {
      title: 'Import store assignments',
      help: 'Columns: account (or mobile), store code, role (primary / secondary; blank = secondary). Only adds assignments, never removes.',
      choose: 'Choose an .xlsx file',
      issues: '{n} rows have problems and were not imported:',
      issue: 'Row {row} {column}: {message}',
      tooLarge: 'The file is over 20 MB; split it and import again',
      template: 'Download the sheet (with the current assignments of the list)'
    },
    undo: {
      undo: 'Undo',
      redo: 'Redo',
      undoHint: 'Undo: {summary}',
      redoHint: 'Redo: {summary}',
      undone: 'Undone',
      redone: 'Redone'
    },
    storeSummary: {
      title: 'Guides and customers',
      guides: '{n} guides ({active} active)',
      customers: 'Customers {customers} · Groups {groups}',
      primary: 'Primary',
      secondary: 'Secondary',
      none: 'No guides yet'
    },
    errors: {
      'not-found': 'Not found',
      'preview-expired': 'The preview expired; preview again',
      'bad-file': 'The file cannot be read',
      'invalid-input': 'Invalid input'
    },
    internalError: 'Internal error, please retry'
  }
}
