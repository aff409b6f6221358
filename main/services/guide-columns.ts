import type { GuideRow } from '../../preload/contract/models'

/**
 * The guide sheet as exported (the grid's columns, zh-CN headers) and the headers the
 * assignment import recognises. Width, case, spaces and bracketed notes do not matter.
 */
export const headerKey = (header: string): string =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[\s*_/]/g, '')

export type ImportColumn = 'guide' | 'store' | 'role'

const IMPORT_ALIASES: Record<ImportColumn, readonly string[]> = {
  guide: ['账号', '成员账号', 'userid', '导购账号', '手机号', '手机', 'mobile', '账号/手机号', '导购'],
  store: ['门店编码', '门店代码', '门店编号', '店号', 'storecode', 'store', 'code'],
  role: ['角色', '主/副', '主副', '门店角色', 'role']
}

const HEADER_TO_COLUMN: ReadonlyMap<string, ImportColumn> = new Map(
  Object.entries(IMPORT_ALIASES).flatMap(([column, aliases]) =>
    aliases.map((a) => [headerKey(a), column as ImportColumn] as const)
  )
)

export const importColumnOf = (header: string): ImportColumn | null =>
  HEADER_TO_COLUMN.get(headerKey(header)) ?? null

export type GuideExportField = Exclude<keyof GuideRow, 'regionId'>

export interface GuideExportColumn {
  field: GuideExportField
  header: string
  width: number
}

export const GUIDE_EXPORT_COLUMNS: readonly GuideExportColumn[] = [
  { field: 'name', header: '姓名', width: 12 },
  { field: 'userid', header: '账号', width: 18 },
  { field: 'mobileMasked', header: '手机号', width: 14 },
  { field: 'status', header: '状态', width: 8 },
  { field: 'regionName', header: '大区', width: 12 },
  { field: 'primaryStore', header: '主门店', width: 24 },
  { field: 'otherStores', header: '其他门店', width: 32 },
  { field: 'isGuide', header: '导购标识', width: 10 },
  { field: 'tags', header: '标签', width: 20 },
  { field: 'customerCount', header: '客户数', width: 10 },
  { field: 'groupCount', header: '客户群数', width: 10 },
  { field: 'syncedAt', header: '最近同步', width: 18 },
  { field: 'writeback', header: '回写企业微信', width: 14 }
]
