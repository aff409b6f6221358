/**
 * The shapes that cross the bridge (IPC or the loopback host). Plain JSON only:
 * strings, numbers, booleans, arrays and objects; times are epoch ms, files are base64.
 */

export const STORE_TYPES = ['ka', 'supermarket', 'convenience', 'mom_pop'] as const
/** KA 大卖场 / 超市 / 便利店 / 夫妻店 */
export type StoreType = (typeof STORE_TYPES)[number]

export const LOCALES = ['zh-CN', 'en-US'] as const
export type Locale = (typeof LOCALES)[number]

/** One store as the grid shows it. Coordinates are GCJ-02, as Chinese map services give them. */
export interface StoreRow {
  id: string
  code: string
  name: string
  regionId: string
  regionName: string
  city: string
  address: string
  type: StoreType
  /** "HH:MM-HH:MM"; a close time at or before the open time means the store closes after midnight. */
  openingHours: string
  visitMinutes: number
  lng: number
  lat: number
  guideCount: number
  updatedAt: number
}

export const STORE_SORT_COLUMNS = [
  'code',
  'name',
  'regionName',
  'city',
  'address',
  'type',
  'openingHours',
  'visitMinutes',
  'lng',
  'lat',
  'guideCount'
] as const
export type StoreSortColumn = (typeof STORE_SORT_COLUMNS)[number]

export interface StoreQuery {
  search?: string
  regionIds?: string[]
  types?: StoreType[]
  cities?: string[]
  sort?: { column: StoreSortColumn; desc: boolean }
}

export interface StoreList {
  rows: StoreRow[]
  /** Number of stores in the cache before filtering. */
  total: number
}

export interface StoreFacets {
  regions: { id: string; name: string; storeCount: number }[]
  cities: { city: string; storeCount: number }[]
}

/** The local attributes HQ maintains for a store (WeCom knows only the department). */
export interface StorePatch {
  address?: string
  type?: StoreType
  openingHours?: string
  visitMinutes?: number
  lng?: number
  lat?: number
}

export interface FileBytes {
  fileName: string
  base64: string
}

/** A problem found in an imported row; `row` is the 1-based sheet row number as Excel shows it. */
export interface ImportIssue {
  row: number
  column: string
  code: ImportIssueCode
  value: string
  /** zh-CN explanation; the renderer re-words it per locale from `code`. */
  message: string
}

export type ImportIssueCode =
  | 'missing-code'
  | 'unknown-store'
  | 'duplicate-row'
  | 'bad-hours'
  | 'bad-type'
  | 'bad-minutes'
  | 'bad-coordinates'
  | 'outside-china'
  | 'coordinate-pair'
  | 'address-too-long'

export interface ImportChange {
  row: number
  storeId: string
  code: string
  name: string
  /** Field name → [before, after], only the fields that change. */
  changes: Partial<Record<keyof StorePatch, [string, string]>>
}

export interface StoreImportPreview {
  previewId: string
  fileName: string
  totalRows: number
  issues: ImportIssue[]
  changes: ImportChange[]
  /** Good rows that match the cache already. */
  unchanged: number
}

export interface AppStatus {
  enterpriseName: string
  /** 'demo': the generated demo enterprise; 'wecom': a configured corp (a later issue). */
  source: 'demo' | 'wecom'
  lastSyncedAt: number | null
  counts: { regions: number; stores: number; guides: number; customers: number; relations: number }
}

export interface Settings {
  locale: Locale
}
