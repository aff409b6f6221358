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
  /** Null until HQ places a store that sync found on the map. */
  lng: number | null
  lat: number | null
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

/** What a full sync pulls, in the order it pulls them. */
export const SYNC_ENTITIES = [
  'departments',
  'members',
  'followUsers',
  'tags',
  'customers',
  'groups'
] as const
export type SyncEntity = (typeof SYNC_ENTITIES)[number]

export type SyncEntityState = 'idle' | 'running' | 'done' | 'failed' | 'cancelled'

export interface SyncEntityStatus {
  entity: SyncEntity
  state: SyncEntityState
  /** Units of work done and expected (pages, departments or users, per entity). */
  done: number
  total: number | null
  /** Rows written to the cache in the current or last run. */
  rows: number
  startedAt: number | null
  finishedAt: number | null
  /** zh-CN explanation that tells the operator what to do. */
  lastError: { code: string; message: string } | null
}

/** One WeCom API's pacing and quota use, for the Sync screen's meters. */
export interface QuotaMeter {
  path: string
  usedMinute: number
  limitMinute: number
  usedHour: number
  limitHour: number
  /** Epoch ms until which WeCom blocked this API after 45009, or null. */
  blockedUntil: number | null
  concurrency: number
}

export interface SyncProgress {
  runId: string
  entity: SyncEntity
  done: number
  total: number | null
  rows: number
  /** Estimated ms until the whole run ends, when it can be told. */
  etaMs: number | null
  quota: QuotaMeter[]
}

export type SyncOutcome = 'ok' | 'failed' | 'cancelled'

export interface SyncRunSummary {
  runId: string
  startedAt: number
  finishedAt: number
  outcome: SyncOutcome
  /** Rows written per entity. */
  rows: Partial<Record<SyncEntity, number>>
  error: { code: string; message: string } | null
}

export interface SyncOverview {
  source: 'demo' | 'wecom'
  running: boolean
  entities: SyncEntityStatus[]
  lastRun: SyncRunSummary | null
  nextRunAt: number | null
  quota: QuotaMeter[]
}

/** WeCom connection settings as the renderer sees them: secrets never leave main. */
export interface WecomSettings {
  corpId: string
  baseUrl: string
  hasAppSecret: boolean
  hasContactsSecret: boolean
  /** Where secrets are kept: the OS keychain (Electron safeStorage) or this process's memory. */
  secretStorage: 'os-keychain' | 'memory'
  /** 'demo' while no corp is configured: the embedded simulator serves the demo enterprise. */
  mode: 'demo' | 'wecom'
}

export interface WecomSettingsInput {
  corpId: string
  baseUrl: string
  /** Absent = keep the stored secret; '' = remove it. */
  appSecret?: string
  contactsSecret?: string
}

export interface ConnectionCheckStep {
  name: 'token-app' | 'token-contacts' | 'departments' | 'follow-users' | 'customers'
  ok: boolean
  /** zh-CN: what happened and, on failure, what to do. */
  message: string
  /** The failure's stable error code, so the screen can word it in the user's language. */
  code: string | null
}

export interface ConnectionCheck {
  ok: boolean
  steps: ConnectionCheckStep[]
  /** The egress IP WeCom saw (from a 60020 errmsg), to add to 企业可信IP. */
  callerIp: string | null
}

/**
 * The part of the department → region/store rule ('sync.mapping') the Org mapping screen edits.
 * Depths count from the root department (the brand) = 0.
 */
export interface OrgMappingRuleInput {
  /** Departments at this depth become regions (大区). */
  regionDepth: number
  /** Departments at this depth become stores; deeper ones belong to their store. */
  storeDepth: number
  /** Departments with exactly these names are left out with everything below (e.g. 总部). */
  excludeNames: string[]
}

/**
 * What a department maps to. 'grouping': a level between the brand, regions and stores that is
 * neither; 'unmapped': its parents do not reach the root (a narrowed visible range).
 */
export const ORG_NODE_KINDS = [
  'brand',
  'region',
  'store',
  'inside-store',
  'grouping',
  'excluded',
  'unmapped'
] as const
export type OrgNodeKind = (typeof ORG_NODE_KINDS)[number]

export interface OrgMappingNode {
  id: number
  /** 0 for the root. */
  parentId: number
  name: string
  /** Null when the department's parents do not reach the root (a narrowed visible range). */
  depth: number | null
  kind: OrgNodeKind
  /** Members of this department itself, and of it and everything below it (each counted once). */
  members: number
  subtreeMembers: number
}

export interface OrgMappingTotals {
  departments: number
  regions: number
  stores: number
  insideStore: number
  excluded: number
  /** Stores whose region is not mapped: sync would skip them. */
  storesWithoutRegion: number
}

/** How the region and store tables would change at the next sync under the rule. */
export interface OrgMappingChange {
  entity: 'region' | 'store'
  change: 'create' | 'remove' | 'rename' | 'move'
  departmentId: number
  name: string
  /** rename: the old and new names; move: the old and new region names; otherwise null. */
  from: string | null
  to: string | null
}

export interface OrgMappingView {
  rule: OrgMappingRuleInput
  /** The built-in rule, for "restore default". */
  defaultRule: OrgMappingRuleInput
  /** The cached department tree (in WeCom's sibling order), empty before the first sync. */
  nodes: OrgMappingNode[]
  totals: OrgMappingTotals
  changes: OrgMappingChange[]
}
