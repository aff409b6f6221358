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
  /** The self-built app's AgentId, which message/send (通知) needs; null until set. */
  agentId: number | null
}

export interface WecomSettingsInput {
  corpId: string
  baseUrl: string
  /** Absent = keep the stored secret; '' = remove it. */
  appSecret?: string
  contactsSecret?: string
  /** Absent = keep; null = clear. A positive integer (企业微信 → 应用管理 → AgentId). */
  agentId?: number | null
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

// ── Outbox: writes owed to WeCom (main/outbox) ──────────────────────────────

export const OUTBOX_STATES = ['pending', 'sending', 'delivered', 'failed'] as const
/** Where a write to WeCom stands. Superseded rows (replaced before sending) are not listed. */
export type OutboxState = (typeof OUTBOX_STATES)[number]

/** Why a write is not delivered: a stable code ('wecom:60011', 'network'…) and both texts. */
export interface OutboxErrorInfo {
  code: string
  zh: string
  en: string
}

/** Counts by state, for the Sync screen's card. */
export interface OutboxSummary {
  pending: number
  sending: number
  delivered: number
  failed: number
}

/** One write to WeCom as the Sync screen lists it. */
export interface OutboxItem {
  id: number
  /** The command kind, e.g. 'user.update', 'message.send'. */
  kind: string
  entity: string
  entityId: string
  state: OutboxState
  attempts: number
  createdAt: number
  nextTryAt: number
  deliveredAt: number | null
  lastError: OutboxErrorInfo | null
  actionId: string | null
}

// ── 导购 Guides (issue #4) ───────────────────────────────────────────────────────────────

/** WeCom member.status 1 / 2 / 4 / 5: 在职 / 停用 / 未激活 / 离职. */
export const GUIDE_STATUSES = ['active', 'disabled', 'inactive', 'left'] as const
export type GuideStatus = (typeof GUIDE_STATUSES)[number]

/** Where a guide's last WeCom write-back (outbox) stands; null in a row = nothing written yet. */
export type WritebackState = 'pending' | 'sending' | 'delivered' | 'failed'

export interface GuideStoreRef {
  id: string
  code: string
  name: string
}

/** One member with 客户联系 enabled, as the 导购 grid shows it. */
export interface GuideRow {
  userid: string
  name: string
  /** 138****1234: the full number never leaves main. */
  mobileMasked: string | null
  status: GuideStatus
  /** The primary store's region. */
  regionId: string | null
  regionName: string | null
  primaryStore: GuideStoreRef | null
  otherStores: GuideStoreRef[]
  /** 导购标识: HQ's own mark, kept locally (WeCom has no guide field). */
  isGuide: boolean
  /** HQ-local guide tags (not WeCom corp tags, which belong to customers). */
  tags: string[]
  customerCount: number
  groupCount: number
  /** When sync last saw the member. */
  syncedAt: number
  writeback: { state: WritebackState; lastError: OutboxErrorInfo | null } | null
}

export const GUIDE_SORT_COLUMNS = [
  'name',
  'userid',
  'mobileMasked',
  'status',
  'regionName',
  'primaryStore',
  'otherStores',
  'isGuide',
  'tags',
  'customerCount',
  'groupCount',
  'syncedAt',
  'writeback'
] as const
export type GuideSortColumn = (typeof GUIDE_SORT_COLUMNS)[number]

export interface GuideQuery {
  /** Matches name, userid or mobile. */
  search?: string
  regionIds?: string[]
  storeIds?: string[]
  tags?: string[]
  statuses?: GuideStatus[]
  /** 无门店: guides serving no store. */
  noStore?: boolean
  /** 未标记导购: 导购标识 not set yet. */
  notGuide?: boolean
  sort?: { column: GuideSortColumn; desc: boolean }
}

export interface GuideList {
  rows: GuideRow[]
  /** Guides (members with 客户联系) before filtering. */
  total: number
}

export interface GuideFacets {
  regions: { id: string; name: string; guideCount: number }[]
  stores: { id: string; code: string; name: string; regionName: string; guideCount: number; hasDepartment: boolean }[]
  tags: { tag: string; guideCount: number }[]
  statuses: { status: GuideStatus; guideCount: number }[]
  noStore: number
  notGuide: number
  /** Live stores no active guide serves (the store-side alert). */
  storesWithoutGuides: GuideStoreRef[]
}

/** 粘贴选择: `line` is 1-based in the pasted text. */
export interface GuideMatchResult {
  matched: string[]
  unmatched: { line: number; value: string }[]
  ambiguous: { line: number; value: string; candidates: { userid: string; name: string }[] }[]
}

export type GuideBulkAction =
  | { kind: 'mark-guide' }
  | { kind: 'unmark-guide' }
  | { kind: 'set-primary'; storeId: string }
  | { kind: 'add-stores'; storeIds: string[] }
  | { kind: 'remove-stores'; storeIds: string[] }
  | { kind: 'add-tags'; tags: string[] }
  | { kind: 'remove-tags'; tags: string[] }
export type GuideActionKind = GuideBulkAction['kind'] | 'import'

/** One field of one guide, before and after; store and tag lists are joined with '、'. isGuide: '1' / '0'. */
export interface GuideChange {
  field: 'isGuide' | 'primaryStore' | 'otherStores' | 'tags'
  from: string
  to: string
}

/**
 * write: the department list goes to WeCom through the outbox; local: only stores without a
 * WeCom department change; needs-department: WeCom needs at least one department, kept local;
 * none: no store changes.
 */
export type GuideWecomEffect = 'write' | 'local' | 'needs-department' | 'none'

export interface GuideDiffRow {
  userid: string
  name: string
  changes: GuideChange[]
  wecom: GuideWecomEffect
}

export interface GuideBulkPreview {
  previewId: string
  kind: GuideActionKind
  selected: number
  changed: number
  unchanged: number
  /** The first MAX rows of the diff; `changed` says how many there are. */
  rows: GuideDiffRow[]
  wecomWrites: number
  /** Stores the action touches that have no WeCom department: their changes stay local. */
  localOnlyStores: GuideStoreRef[]
}

export interface GuideImportIssue {
  row: number
  column: string
  code: 'missing-guide' | 'unknown-guide' | 'ambiguous-guide' | 'missing-store' | 'unknown-store' | 'bad-role' | 'two-primaries'
  value: string
  /** zh-CN; the renderer shows it as is. */
  message: string
}

export interface GuideImportPreview extends GuideBulkPreview {
  fileName: string
  totalRows: number
  issues: GuideImportIssue[]
}

export interface GuideActionInfo {
  actionId: string
  kind: GuideActionKind
  /** zh-CN summary, e.g. "设为主门店：上海南京东路店（12 人）". */
  summary: string
  at: number
  actor: string
  guides: number
}

export interface GuideUndoState {
  undo: GuideActionInfo | null
  redo: GuideActionInfo | null
}

/** A store's guides and their customers, for the store drawer. */
export interface StoreGuideSummary {
  guideCount: number
  activeGuideCount: number
  customerCount: number
  groupCount: number
  /** Primary guides first, then by name; at most 200. */
  guides: { userid: string; name: string; role: 'primary' | 'secondary'; status: GuideStatus; customerCount: number }[]
}
