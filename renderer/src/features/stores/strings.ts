import type { ErrorCode } from '../../../../preload/contract/ipc'
import type {
  ImportIssueCode,
  StorePatch,
  StoreSortColumn,
  StoreType
} from '../../../../preload/contract/models'
import type { StringTable } from '../../i18n/locale'

/** Why a form field is refused; each has a sentence in `validation`. */
export type FormProblem =
  | 'required'
  | 'addressTooLong'
  | 'hours'
  | 'minutes'
  | 'coordinate'
  | 'coordinatePair'
  | 'coordinatesSwapped'
  | 'lngOutsideChina'
  | 'latOutsideChina'

export interface StoreStrings {
  title: string
  /** {total} stores in the cache, {shown} after filtering. */
  count: string
  /** {n} */
  selected: string
  clearSelection: string
  filterRegion: string
  filterType: string
  filterCity: string
  searchPlaceholder: string
  clearFilters: string
  /** An option with its store count: {label}, {n}. */
  optionWithCount: string
  exportButton: string
  importButton: string
  /** {fileName} */
  exported: string
  emptyList: string
  loadFailed: string
  retry: string
  columns: Record<StoreSortColumn, string>
  types: Record<StoreType, string>
  errors: Record<ErrorCode, string>
  drawer: {
    title: string
    wecomSection: string
    localSection: string
    code: string
    name: string
    region: string
    city: string
    guideCount: string
    updatedAt: string
    address: string
    type: string
    hours: string
    hoursPlaceholder: string
    hoursHelp: string
    minutes: string
    lng: string
    lat: string
    coordinatesHelp: string
    save: string
    cancel: string
    saved: string
    noChanges: string
    saveFailed: string
  }
  validation: Record<FormProblem, string>
  importModal: {
    title: string
    pick: string
    pickAgain: string
    pickHint: string
    template: string
    templateHint: string
    reading: string
    tooLarge: string
    /** {fileName} */
    file: string
    /** {total} {ok} {changed} {unchanged} {errors} */
    summary: string
    issuesTitle: string
    changesTitle: string
    noIssues: string
    noChanges: string
    row: string
    column: string
    value: string
    reason: string
    code: string
    name: string
    change: string
    /** {label} of a changed field */
    changeField: string
    /** {shown} {total} */
    truncated: string
    emptyValue: string
    confirm: string
    cancel: string
    /** {n} */
    applied: string
    failed: string
  }
  /** Import problems re-worded from their code; {value} is the cell as read. */
  issueReasons: Record<ImportIssueCode, string>
  fields: Record<keyof StorePatch, string>
}

export const storeStrings: StringTable<StoreStrings> = {
  'zh-CN': {
    title: '门店',
    count: '共 {total} 家门店，筛选后 {shown} 家',
    selected: '已选 {n} 家',
    clearSelection: '清除选择',
    filterRegion: '大区',
    filterType: '门店类型',
    filterCity: '城市',
    searchPlaceholder: '搜索编码、名称、地址或城市',
    clearFilters: '清空筛选',
    optionWithCount: '{label}（{n}）',
    exportButton: '导出 Excel',
    importButton: '导入 Excel',
    exported: '已导出 {fileName}',
    emptyList: '没有符合条件的门店',
    loadFailed: '门店列表加载失败',
    retry: '重试',
    columns: {
      code: '门店编码',
      name: '门店名称',
      regionName: '大区',
      city: '城市',
      address: '地址',
      type: '门店类型',
      openingHours: '营业时间',
      visitMinutes: '拜访时长（分钟）',
      lng: '经度',
      lat: '纬度',
      guideCount: '导购数'
    },
    types: {
      ka: 'KA 大卖场',
      supermarket: '超市',
      convenience: '便利店',
      mom_pop: '夫妻店'
    },
    errors: {
      'invalid-input': '输入有误',
      forbidden: '没有权限执行此操作',
      'not-found': '数据不存在，可能已被删除',
      'bad-file': '文件无法读取',
      'preview-expired': '预览已过期，请重新选择文件',
      internal: '程序内部出错，请稍后重试',
      'wecom-config': '企业微信配置有误',
      'wecom-rate-limited': '企业微信接口调用已达上限，请稍后',
      'wecom-unavailable': '暂时连不上企业微信',
      'wecom-unknown-outcome': '企业微信未确认结果，稍后会自动核对',
      'wecom-rejected': '企业微信拒绝了部分数据'
    },
    drawer: {
      title: '{name}（{code}）',
      wecomSection: '企业微信信息（只读）',
      localSection: '总部维护信息',
      code: '门店编码',
      name: '门店名称',
      region: '大区',
      city: '城市',
      guideCount: '导购数',
      updatedAt: '最后修改',
      address: '地址',
      type: '门店类型',
      hours: '营业时间',
      hoursPlaceholder: '09:00-22:00',
      hoursHelp: '24 小时制；过午夜打烊写 18:00-02:00，全天营业写 00:00-24:00',
      minutes: '计划拜访时长（分钟）',
      lng: '经度（GCJ-02）',
      lat: '纬度（GCJ-02）',
      coordinatesHelp: '高德 / 腾讯地图取点即为 GCJ-02；经纬度需同时填写，都留空则不修改',
      save: '保存',
      cancel: '取消',
      saved: '已保存',
      noChanges: '没有需要保存的修改',
      saveFailed: '保存失败'
    },
    validation: {
      required: '请填写此项',
      addressTooLong: '地址不能超过 200 个字',
      hours: '请按 09:00-22:00 的格式填写，开门与打烊时间不能相同',
      minutes: '请输入 5 到 480 之间的整数',
      coordinate: '请输入有效的数字',
      coordinatePair: '经度和纬度需同时填写，或同时留空',
      coordinatesSwapped: '经度和纬度似乎填反了：中国的经度约为 73.5–135.1，纬度约为 18.1–53.6',
      lngOutsideChina: '经度应在 73.5 到 135.1 之间（中国境内）',
      latOutsideChina: '纬度应在 18.1 到 53.6 之间（中国境内）'
    },
    importModal: {
      title: '导入门店 Excel',
      pick: '选择 Excel 文件',
      pickAgain: '重新选择文件',
      pickHint:
        '仅支持 .xlsx。表头与导出的文件相同，按门店编码匹配，只更新地址、类型、营业时间、拜访时长和坐标。',
      template: '下载模板',
      templateHint: '模板即当前视图的导出文件，修改后可直接导入',
      reading: '正在读取并校验文件…',
      tooLarge: '文件超过 20 MB，请拆分后再导入',
      file: '文件：{fileName}',
      summary:
        '总行数 {total}：可导入 {ok} 行（其中变更 {changed}、无变化 {unchanged}），错误 {errors} 行',
      issuesTitle: '错误明细（这些行不会导入）',
      changesTitle: '变更明细',
      noIssues: '没有错误',
      noChanges: '没有需要变更的门店',
      row: '行号',
      column: '列',
      value: '值',
      reason: '原因',
      code: '门店编码',
      name: '名称',
      change: '变更',
      changeField: '{label}：',
      truncated: '仅显示前 {shown} 条，共 {total} 条',
      emptyValue: '（空）',
      confirm: '确认导入',
      cancel: '取消',
      applied: '已导入 {n} 家门店',
      failed: '导入失败'
    },
    issueReasons: {
      'missing-code': '门店编码为空，无法匹配门店',
      'unknown-store': '找不到门店编码“{value}”，请确认编码或先同步企业微信通讯录',
      'duplicate-row': '门店编码“{value}”在文件中出现多次，请只保留一行',
      'bad-hours': '营业时间“{value}”格式不对，应为 HH:MM-HH:MM，例如 09:00-22:00',
      'bad-type': '门店类型“{value}”无法识别，应为 KA 大卖场、超市、便利店或夫妻店',
      'bad-minutes': '拜访时长“{value}”应为 5 到 480 之间的整数（分钟）',
      'bad-coordinates': '坐标“{value}”不是有效的数字',
      'outside-china': '坐标“{value}”不在中国境内（经度 73.5–135.1，纬度 18.1–53.6）',
      'coordinate-pair': '经度和纬度需同时填写或同时留空（当前为“{value}”）',
      'address-too-long': '地址超过 200 个字：“{value}”'
    },
    fields: {
      address: '地址',
      type: '门店类型',
      openingHours: '营业时间',
      visitMinutes: '拜访时长',
      lng: '经度',
      lat: '纬度'
    }
  },
  'en-US': {
    title: 'Stores',
    count: '{total} stores in total, {shown} shown',
    selected: '{n} selected',
    clearSelection: 'Clear selection',
    filterRegion: 'Region',
    filterType: 'Store type',
    filterCity: 'City',
    searchPlaceholder: 'Search code, name, address or city',
    clearFilters: 'Clear filters',
    optionWithCount: '{label} ({n})',
    exportButton: 'Export Excel',
    importButton: 'Import Excel',
    exported: 'Exported {fileName}',
    emptyList: 'No stores match these filters',
    loadFailed: 'Could not load the store list',
    retry: 'Retry',
    columns: {
      code: 'Store code',
      name: 'Name',
      regionName: 'Region',
      city: 'City',
      address: 'Address',
      type: 'Type',
      openingHours: 'Opening hours',
      visitMinutes: 'Visit (min)',
      lng: 'Longitude',
      lat: 'Latitude',
      guideCount: 'Guides'
    },
    types: {
      ka: 'Hypermarket (KA)',
      supermarket: 'Supermarket',
      convenience: 'Convenience store',
      mom_pop: 'Mom-and-pop'
    },
    errors: {
      'invalid-input': 'Invalid input',
      forbidden: 'You are not allowed to do this',
      'not-found': 'Not found; it may have been deleted',
      'bad-file': 'The file could not be read',
      'preview-expired': 'The preview has expired; pick the file again',
      internal: 'Something went wrong inside the app; try again later',
      'wecom-config': 'WeCom is not configured correctly',
      'wecom-rate-limited': 'WeCom call quota reached; try again shortly',
      'wecom-unavailable': 'WeCom cannot be reached right now',
      'wecom-unknown-outcome': 'WeCom did not confirm the result; it will be checked again',
      'wecom-rejected': 'WeCom rejected some of the data'
    },
    drawer: {
      title: '{name} ({code})',
      wecomSection: 'From WeCom (read-only)',
      localSection: 'Maintained by HQ',
      code: 'Store code',
      name: 'Name',
      region: 'Region',
      city: 'City',
      guideCount: 'Guides',
      updatedAt: 'Last changed',
      address: 'Address',
      type: 'Store type',
      hours: 'Opening hours',
      hoursPlaceholder: '09:00-22:00',
      hoursHelp:
        '24-hour clock; closing after midnight is 18:00-02:00, open all day is 00:00-24:00',
      minutes: 'Planned visit length (minutes)',
      lng: 'Longitude (GCJ-02)',
      lat: 'Latitude (GCJ-02)',
      coordinatesHelp:
        'Points picked on Amap or Tencent Maps are GCJ-02. Fill in both, or leave both empty to keep them.',
      save: 'Save',
      cancel: 'Cancel',
      saved: 'Saved',
      noChanges: 'Nothing to save',
      saveFailed: 'Could not save'
    },
    validation: {
      required: 'Required',
      addressTooLong: 'At most 200 characters',
      hours: 'Write it like 09:00-22:00; open and close times must differ',
      minutes: 'A whole number from 5 to 480',
      coordinate: 'Enter a valid number',
      coordinatePair: 'Fill in both longitude and latitude, or neither',
      coordinatesSwapped:
        'Longitude and latitude look swapped: in China longitude is about 73.5–135.1, latitude 18.1–53.6',
      lngOutsideChina: 'Longitude must be between 73.5 and 135.1 (inside China)',
      latOutsideChina: 'Latitude must be between 18.1 and 53.6 (inside China)'
    },
    importModal: {
      title: 'Import stores from Excel',
      pick: 'Choose an Excel file',
      pickAgain: 'Choose another file',
      pickHint:
        'Only .xlsx. Use the same headers as the export; rows match by store code and only address, type, opening hours, visit length and coordinates change.',
      template: 'Download template',
      templateHint: 'The template is an export of the current view; edit it and import it back',
      reading: 'Reading and checking the file…',
      tooLarge: 'The file is larger than 20 MB; split it and import the parts',
      file: 'File: {fileName}',
      summary:
        '{total} rows: {ok} can be imported ({changed} changed, {unchanged} unchanged), {errors} with errors',
      issuesTitle: 'Errors (these rows will not be imported)',
      changesTitle: 'Changes',
      noIssues: 'No errors',
      noChanges: 'No store needs changing',
      row: 'Row',
      column: 'Column',
      value: 'Value',
      reason: 'Reason',
      code: 'Store code',
      name: 'Name',
      change: 'Change',
      changeField: '{label}: ',
      truncated: 'Showing the first {shown} of {total}',
      emptyValue: '(empty)',
      confirm: 'Import',
      cancel: 'Cancel',
      applied: 'Imported {n} stores',
      failed: 'Import failed'
    },
    issueReasons: {
      'missing-code': 'The store code is empty, so the row matches no store',
      'unknown-store':
        'No store has the code “{value}”; check it or sync the WeCom directory first',
      'duplicate-row': 'Store code “{value}” appears more than once in the file; keep one row',
      'bad-hours': 'Opening hours “{value}” should look like 09:00-22:00 (HH:MM-HH:MM)',
      'bad-type':
        'Store type “{value}” is not one of Hypermarket (KA), Supermarket, Convenience store, Mom-and-pop',
      'bad-minutes': 'Visit length “{value}” must be a whole number of minutes from 5 to 480',
      'bad-coordinates': 'Coordinate “{value}” is not a valid number',
      'outside-china':
        'Coordinate “{value}” is outside China (longitude 73.5–135.1, latitude 18.1–53.6)',
      'coordinate-pair': 'Fill in both longitude and latitude, or neither (got “{value}”)',
      'address-too-long': 'The address is longer than 200 characters: “{value}”'
    },
    fields: {
      address: 'Address',
      type: 'Store type',
      openingHours: 'Opening hours',
      visitMinutes: 'Visit length',
      lng: 'Longitude',
      lat: 'Latitude'
    }
  }
}
