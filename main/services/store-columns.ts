import type { StorePatch, StoreRow } from '../../preload/contract/models'
import type { ImportField } from '../domain/stores/import-row'

export type { ImportField }

/**
 * The store grid's columns as a sheet has them: the export writes them in this order, and the
 * import recognises the same headers (zh-CN or en-US) plus the aliases below.
 */

export type StoreColumnField = Exclude<keyof StoreRow, 'id' | 'regionId' | 'updatedAt'>

export interface StoreColumn {
  field: StoreColumnField
  /** zh-CN header, as exported. */
  header: string
  headerEn: string
  /** Excel width in characters (a CJK character takes about 2). */
  width: number
}

export const STORE_COLUMNS: readonly StoreColumn[] = [
  { field: 'code', header: '门店编码', headerEn: 'Store code', width: 14 },
  { field: 'name', header: '门店名称', headerEn: 'Store name', width: 28 },
  { field: 'regionName', header: '大区', headerEn: 'Region', width: 12 },
  { field: 'city', header: '城市', headerEn: 'City', width: 10 },
  { field: 'address', header: '地址', headerEn: 'Address', width: 48 },
  { field: 'type', header: '门店类型', headerEn: 'Store type', width: 12 },
  { field: 'openingHours', header: '营业时间', headerEn: 'Opening hours', width: 14 },
  {
    field: 'visitMinutes',
    header: '计划拜访时长(分钟)',
    headerEn: 'Planned visit (min)',
    width: 20
  },
  { field: 'lng', header: '经度(GCJ-02)', headerEn: 'Longitude (GCJ-02)', width: 16 },
  { field: 'lat', header: '纬度(GCJ-02)', headerEn: 'Latitude (GCJ-02)', width: 16 },
  { field: 'guideCount', header: '导购人数', headerEn: 'Guides', width: 10 }
]

const EDITABLE: ReadonlySet<string> = new Set<keyof StorePatch>([
  'address',
  'type',
  'openingHours',
  'visitMinutes',
  'lng',
  'lat'
])

/** Headers operators write by hand, beyond the exported zh-CN and en-US ones. */
const EXTRA_ALIASES: Record<ImportField, readonly string[]> = {
  code: ['门店代码', '门店编号', '编码', '店号', 'code', 'storecode', 'store_code'],
  address: ['门店地址', '详细地址', 'address'],
  type: ['类型', 'type'],
  openingHours: ['营业时段', 'hours', 'businesshours'],
  visitMinutes: ['拜访时长', '计划拜访时长', '拜访时长分钟', 'visitminutes', 'plannedvisitminutes'],
  lng: ['经度', 'lng', 'lon', 'longitude'],
  lat: ['纬度', 'lat', 'latitude']
}

/**
 * Width, case, spaces, a required-field star and any bracketed note ("(GCJ-02)", "（分钟）")
 * do not matter when matching a header.
 */
export const headerKey = (header: string): string =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[\s*_]/g, '')

const HEADER_TO_FIELD: ReadonlyMap<string, ImportField | 'read-only'> = buildHeaderMap()

function buildHeaderMap(): Map<string, ImportField | 'read-only'> {
  const map = new Map<string, ImportField | 'read-only'>()
  for (const col of STORE_COLUMNS) {
    const target = col.field === 'code' || EDITABLE.has(col.field) ? col.field : 'read-only'
    map.set(headerKey(col.header), target as ImportField | 'read-only')
    map.set(headerKey(col.headerEn), target as ImportField | 'read-only')
  }
  for (const [field, aliases] of Object.entries(EXTRA_ALIASES)) {
    for (const alias of aliases) map.set(headerKey(alias), field as ImportField)
  }
  return map
}

/**
 * The field an imported header feeds; 'read-only' for columns the export writes but WeCom or
 * the sync own (name, region, city, guides), null for a column we do not know.
 */
export const importFieldOf = (header: string): ImportField | 'read-only' | null =>
  HEADER_TO_FIELD.get(headerKey(header)) ?? null

/** The zh-CN export header of an editable field, for messages. */
export const headerOf = (field: ImportField): string =>
  STORE_COLUMNS.find((c) => c.field === field)?.header ?? field
