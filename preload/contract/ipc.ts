/**
 * The one list of what the renderer may ask of main, and of what main may push.
 * Electron IPC (preload) and the loopback host both serve exactly this map.
 * Adding a request = one InvokeMap entry + one schema + one line in main/rpc/routes.ts.
 */
import { z } from 'zod'
import {
  GUIDE_SORT_COLUMNS,
  GUIDE_STATUSES,
  LOCALES,
  OUTBOX_STATES,
  STORE_SORT_COLUMNS,
  STORE_TYPES,
  type AppStatus,
  type ConnectionCheck,
  type FileBytes,
  type GuideBulkAction,
  type GuideBulkPreview,
  type GuideFacets,
  type GuideImportPreview,
  type GuideList,
  type GuideMatchResult,
  type GuideQuery,
  type GuideUndoState,
  type StoreGuideSummary,
  type OrgMappingRuleInput,
  type OrgMappingView,
  type OutboxItem,
  type OutboxState,
  type OutboxSummary,
  type Settings,
  type StoreFacets,
  type StoreImportPreview,
  type StoreList,
  type StorePatch,
  type StoreQuery,
  type StoreRow,
  type SyncOverview,
  type SyncProgress,
  type SyncRunSummary,
  type WecomSettings,
  type WecomSettingsInput
} from './models'
import type {
  DepartedGuide,
  EditedPlan,
  ExecuteSummary,
  HandoverLedgerView,
  HandoverPlanRequest,
  HandoverPlanView,
  PlanEdit,
  PlanImportResult,
  PreflightResult,
  ReconcileSummary
} from './handover-models'
import type {
  NoticeDraft,
  NoticeFilter,
  NoticeHistoryItem,
  NoticePreview,
  NoticeSendResult,
  SavedAudience
} from './notice-models'
import { customerQuery, type CustomerPage, type CustomerQuery } from './customer-models'
import {
  patrolPlanInput,
  type PatrolOptionsView,
  type PatrolPlanInput,
  type PatrolPlanSummary,
  type PatrolPlanView,
  type PatrolProgressEvent
} from './patrol-models'

export interface InvokeMap {
  'app:status': (q: Record<string, never>) => AppStatus
  'settings:get': (q: Record<string, never>) => Settings
  'settings:update': (q: Partial<Settings>) => Settings
  'store:list': (q: StoreQuery) => StoreList
  'store:facets': (q: Record<string, never>) => StoreFacets
  'store:update': (q: { id: string; patch: StorePatch }) => StoreRow
  'store:export': (q: StoreQuery) => FileBytes
  'store:import-preview': (q: FileBytes) => StoreImportPreview
  'store:import-apply': (q: { previewId: string }) => { applied: number }
  'sync:overview': (q: Record<string, never>) => SyncOverview
  /** Starts a run (or joins the one running) and returns at once; progress arrives as events. */
  'sync:run-now': (q: Record<string, never>) => { runId: string }
  'sync:cancel': (q: Record<string, never>) => { cancelled: boolean }
  'wecom:get-settings': (q: Record<string, never>) => WecomSettings
  'wecom:update-settings': (q: WecomSettingsInput) => WecomSettings
  'wecom:test-connection': (q: Record<string, never>) => ConnectionCheck
  /** The saved department → region/store rule and what it makes of the cached tree. */
  'org:mapping': (q: Record<string, never>) => OrgMappingView
  /** The same for an edited rule; nothing is written. */
  'org:preview-mapping': (q: { rule: OrgMappingRuleInput }) => OrgMappingView
  /** Saves the rule; it applies at the next sync. */
  'org:update-mapping': (q: { rule: OrgMappingRuleInput }) => OrgMappingView
  /** 导购 grid: members with 客户联系, filtered and sorted by main. */
  'guide:list': (q: GuideQuery) => GuideList
  'guide:facets': (q: Record<string, never>) => GuideFacets
  'guide:export': (q: GuideQuery) => FileBytes
  /** The assignment sheet (import template) with the view's current assignments. */
  'guide:export-assignments': (q: GuideQuery) => FileBytes
  /** 粘贴选择: pasted userids, mobiles or names → the guides they name. */
  'guide:match': (q: { text: string }) => GuideMatchResult
  /** What a bulk action would change; nothing is written. */
  'guide:bulk-preview': (q: { action: GuideBulkAction; userids: string[] }) => GuideBulkPreview
  /** Applies a bulk or import preview in one transaction; returns the undoable action. */
  'guide:bulk-apply': (q: { previewId: string }) => { actionId: string; applied: number }
  'guide:import-preview': (q: FileBytes) => GuideImportPreview
  'guide:undo-state': (q: Record<string, never>) => GuideUndoState
  'guide:undo': (q: Record<string, never>) => GuideUndoState
  'guide:redo': (q: Record<string, never>) => GuideUndoState
  /** A store's guides and customer counts (the store drawer). */
  'guide:store-summary': (q: { storeId: string }) => StoreGuideSummary
  /** Writes owed to WeCom, counted by state (the Sync screen's 待写回企业微信 card). */
  'outbox:summary': (q: Record<string, never>) => OutboxSummary
  /** Newest first; all states but superseded, or one state. */
  'outbox:list': (q: { state?: OutboxState; limit?: number }) => OutboxItem[]
  /** 重试: these failed rows, or every failed row when ids is absent. */
  'outbox:retry': (q: { ids?: number[] }) => { requeued: number }
  /** 客户交接: departed members who still hold customers or groups (scans WeCom now). */
  'handover:departed': (q: Record<string, never>) => DepartedGuide[]
  /** A new plan for one handover (离职继承 / 在职继承), kept in main for an hour; nothing is written. */
  'handover:plan': (q: HandoverPlanRequest) => HandoverPlanView
  /** The grid's edits: another takeover per row, or null = 暂不交接. */
  'handover:edit-plan': (q: { planId: string; edits: PlanEdit[] }) => EditedPlan
  'handover:export-plan': (q: { planId: string }) => FileBytes
  /** Applies an edited plan sheet; bad lines are listed by Excel row. */
  'handover:import-plan': (q: { planId: string; file: FileBytes }) => PlanImportResult
  /** Predicted failures by row and the ≤100-customer chunks that would be sent; nothing is sent. */
  'handover:preflight': (q: { planId: string }) => PreflightResult
  /** Ledger rows and outbox commands for every row that passes the pre-flight, in one transaction. */
  'handover:execute': (q: { planId: string }) => ExecuteSummary
  /** The handover's ledger rows with member and customer names. */
  'handover:ledger': (q: { handoverUserid: string }) => HandoverLedgerView
  /** Reads both transfer_result APIs for every pair with open ledger rows. */
  'handover:reconcile': (q: Record<string, never>) => ReconcileSummary
  /** A new plan for the customers whose last transfer was refused (3) or capped (4). */
  'handover:replan': (q: Omit<HandoverPlanRequest, 'kind'>) => HandoverPlanView
  /** Who a notice would reach (excluded members with reasons, chunks of ≤1000); writes nothing. */
  'notice:preview': (q: NoticeDraft) => NoticePreview
  /** The notice, its message/send chunks (outbox) and the audit entry, in one transaction. */
  'notice:send': (q: NoticeDraft) => NoticeSendResult
  /** Newest first, delivery aggregated from the outbox rows. */
  'notice:list': (q: { limit?: number }) => NoticeHistoryItem[]
  'notice:audiences': (q: Record<string, never>) => SavedAudience[]
  'notice:save-audience': (q: { name: string; filter: NoticeFilter }) => SavedAudience
  'notice:delete-audience': (q: { id: number }) => { deleted: boolean }
  /** Regions, stores (type, city, whether they have coordinates) and members who can patrol. */
  'patrol:options': (q: Record<string, never>) => PatrolOptionsView
  /** Starts planning in the solver's worker thread; progress arrives as `patrol:progress`. */
  'patrol:plan': (q: PatrolPlanInput) => { jobId: string }
  /** Stops a running job; it keeps the best plan found so far. */
  'patrol:cancel': (q: { jobId: string }) => { cancelled: boolean }
  'patrol:get': (q: { jobId: string } | { planId: number }) => PatrolPlanView
  'patrol:list': (q: Record<string, never>) => PatrolPlanSummary[]
  'patrol:save': (q: { jobId: string; name: string }) => { planId: number }
  'patrol:delete': (q: { planId: number }) => { deleted: boolean }
  /** Live guide–customer relations, newest first, one keyset page (≤ 200 rows). */
  'customer:list': (q: CustomerQuery) => CustomerPage
}
export type InvokeChannel = keyof InvokeMap
export type InvokeInput<C extends InvokeChannel> = Parameters<InvokeMap[C]>[0]
export type InvokeOutput<C extends InvokeChannel> = ReturnType<InvokeMap[C]>

/** Pushed by main. `db:changed` names the tables a write touched so screens refetch only those. */
export interface EventMap {
  'db:changed': { tables: string[] }
  'sync:progress': SyncProgress
  'sync:finished': SyncRunSummary
  'patrol:progress': PatrolProgressEvent
}
export type EventName = keyof EventMap

/** Base64 of at most ~20 MB, the largest sheet we accept. */
const MAX_FILE_BASE64 = 28_000_000

const empty = z.object({}).strict()
const storeQuery = z
  .object({
    search: z.string().max(200).optional(),
    regionIds: z.array(z.string().max(64)).max(500).optional(),
    types: z.array(z.enum(STORE_TYPES)).max(STORE_TYPES.length).optional(),
    cities: z.array(z.string().max(64)).max(1000).optional(),
    sort: z.object({ column: z.enum(STORE_SORT_COLUMNS), desc: z.boolean() }).strict().optional()
  })
  .strict()
const fileBytes = z
  .object({ fileName: z.string().min(1).max(255), base64: z.string().max(MAX_FILE_BASE64) })
  .strict()

/** Shape checks only; business rules (hours, coordinates in China…) live in main's domain code. */
export const storePatchSchema = z
  .object({
    address: z.string().max(200).optional(),
    type: z.enum(STORE_TYPES).optional(),
    openingHours: z.string().max(20).optional(),
    visitMinutes: z.number().int().optional(),
    lng: z.number().optional(),
    lat: z.number().optional()
  })
  .strict()

/** Shape only: depth and name limits are business rules, worded in main's domain code. */
const orgRule = z
  .object({
    rule: z
      .object({
        regionDepth: z.number().int(),
        storeDepth: z.number().int(),
        excludeNames: z.array(z.string().max(200)).max(1000)
      })
      .strict()
  })
  .strict()

/** Guide filters; ids are checked against the cache by main, shapes here. */
const guideQuery = z
  .object({
    search: z.string().max(200).optional(),
    regionIds: z.array(z.string().max(64)).max(500).optional(),
    storeIds: z.array(z.string().max(64)).max(5000).optional(),
    tags: z.array(z.string().max(40)).max(500).optional(),
    statuses: z.array(z.enum(GUIDE_STATUSES)).max(GUIDE_STATUSES.length).optional(),
    noStore: z.boolean().optional(),
    notGuide: z.boolean().optional(),
    sort: z.object({ column: z.enum(GUIDE_SORT_COLUMNS), desc: z.boolean() }).strict().optional()
  })
  .strict()
const guideTag = z.string().trim().min(1, '标签不能为空').max(20, '标签最多 20 个字')
const storeIdList = z.array(z.string().min(1).max(64)).min(1).max(500)
const guideBulkAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mark-guide') }).strict(),
  z.object({ kind: z.literal('unmark-guide') }).strict(),
  z.object({ kind: z.literal('set-primary'), storeId: z.string().min(1).max(64) }).strict(),
  z.object({ kind: z.literal('add-stores'), storeIds: storeIdList }).strict(),
  z.object({ kind: z.literal('remove-stores'), storeIds: storeIdList }).strict(),
  z.object({ kind: z.literal('add-tags'), tags: z.array(guideTag).min(1).max(50) }).strict(),
  z.object({ kind: z.literal('remove-tags'), tags: z.array(guideTag).min(1).max(50) }).strict()
])

/** A notice's guide filter: the grid's region / store / tag / status filters. */
const noticeFilter = z
  .object({
    regionIds: z.array(z.string().min(1).max(64)).max(500).optional(),
    storeIds: z.array(z.string().min(1).max(64)).max(5000).optional(),
    tags: z.array(z.string().min(1).max(40)).max(500).optional(),
    statuses: z.array(z.enum(GUIDE_STATUSES)).max(GUIDE_STATUSES.length).optional()
  })
  .strict()
/** Content length (2048 bytes) and the date's validity are worded by main's domain code. */
const noticeDraft = z
  .object({
    audience: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('userids'), userids: z.array(z.string().min(1).max(64)).min(1).max(50_000) }).strict(),
      z.object({ kind: z.literal('filter'), filter: noticeFilter }).strict(),
      z.object({ kind: z.literal('saved'), audienceId: z.number().int().min(1) }).strict()
    ]),
    msgtype: z.enum(['text', 'markdown']),
    content: z.string().max(10_000),
    dueDate: z.string().max(10).optional()
  })
  .strict()

/** Main validates every input with these; `satisfies` makes a missing or drifting schema a type error. */
const planId = z.string().min(1).max(64)
const userid = z.string().min(1).max(64)
const handoverPlanRequest = z
  .object({
    handoverUserid: userid,
    kind: z.enum(['resigned', 'in_service']),
    defaultCapacity: z.number().int().min(0).max(1_000_000).nullable().optional(),
    capacities: z.record(z.string().max(64), z.number().int().min(0).max(1_000_000)).optional(),
    // WeCom's limit is 200 characters; the service words the error.
    transferMessage: z.string().max(200).optional(),
    storeIds: z.array(z.string().min(1).max(64)).max(500).optional()
  })
  .strict()
const planEdit = z
  .object({
    row: z.number().int().min(1),
    target: z.enum(['customer', 'group']),
    id: z.string().min(1).max(128),
    takeoverUserid: userid.nullable()
  })
  .strict()

export const invokeSchemas = {
  'app:status': empty,
  'settings:get': empty,
  'settings:update': z.object({ locale: z.enum(LOCALES).optional() }).strict(),
  'store:list': storeQuery,
  'store:facets': empty,
  'store:update': z.object({ id: z.string().min(1).max(64), patch: storePatchSchema }).strict(),
  'store:export': storeQuery,
  'store:import-preview': fileBytes,
  'store:import-apply': z.object({ previewId: z.string().min(1).max(64) }).strict(),
  'sync:overview': empty,
  'sync:run-now': empty,
  'sync:cancel': empty,
  'wecom:get-settings': empty,
  'wecom:update-settings': z
    .object({
      corpId: z.string().trim().max(64).regex(/^(ww|wx)[0-9a-zA-Z]{6,62}$|^$/, '企业ID 形如 ww 开头的字母数字'),
      baseUrl: z.url({ protocol: /^https?$/ }).max(300),
      appSecret: z.string().trim().max(128).optional(),
      contactsSecret: z.string().trim().max(128).optional(),
      agentId: z.number().int('AgentId 须为正整数').positive('AgentId 须为正整数').max(2_147_483_647).nullable().optional()
    })
    .strict(),
  'wecom:test-connection': empty,
  'org:mapping': empty,
  'org:preview-mapping': orgRule,
  'org:update-mapping': orgRule,
  'guide:list': guideQuery,
  'guide:facets': empty,
  'guide:export': guideQuery,
  'guide:export-assignments': guideQuery,
  'guide:match': z.object({ text: z.string().max(2_000_000) }).strict(),
  'guide:bulk-preview': z
    .object({ action: guideBulkAction, userids: z.array(z.string().min(1).max(64)).min(1).max(50_000) })
    .strict(),
  'guide:bulk-apply': z.object({ previewId: z.string().min(1).max(64) }).strict(),
  'guide:import-preview': fileBytes,
  'guide:undo-state': empty,
  'guide:undo': empty,
  'guide:store-summary': z.object({ storeId: z.string().min(1).max(64) }).strict(),
  'guide:redo': empty,
  'outbox:summary': empty,
  'outbox:list': z
    .object({ state: z.enum(OUTBOX_STATES).optional(), limit: z.number().int().min(1).max(1000).optional() })
    .strict(),
  'outbox:retry': z.object({ ids: z.array(z.number().int().min(1)).min(1).max(10_000).optional() }).strict(),
  'handover:departed': empty,
  'handover:plan': handoverPlanRequest,
  'handover:edit-plan': z.object({ planId, edits: z.array(planEdit).max(50_000) }).strict(),
  'handover:export-plan': z.object({ planId }).strict(),
  'handover:import-plan': z.object({ planId, file: fileBytes }).strict(),
  'handover:preflight': z.object({ planId }).strict(),
  'handover:execute': z.object({ planId }).strict(),
  'handover:ledger': z.object({ handoverUserid: userid }).strict(),
  'handover:reconcile': empty,
  'handover:replan': handoverPlanRequest.omit({ kind: true }),
  'notice:preview': noticeDraft,
  'notice:send': noticeDraft,
  'notice:list': z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
  'notice:audiences': empty,
  'notice:save-audience': z
    .object({ name: z.string().trim().min(1, '受众名称不能为空').max(40, '受众名称最多 40 个字'), filter: noticeFilter })
    .strict(),
  'notice:delete-audience': z.object({ id: z.number().int().min(1) }).strict(),
  'patrol:options': empty,
  'patrol:plan': patrolPlanInput,
  'patrol:cancel': z.object({ jobId: planId }).strict(),
  'patrol:get': z.union([z.object({ jobId: planId }).strict(), z.object({ planId: z.number().int().min(1) }).strict()]),
  'patrol:list': empty,
  'patrol:save': z.object({ jobId: planId, name: z.string().trim().min(1, '方案名称不能为空').max(60, '方案名称最多 60 个字') }).strict(),
  'patrol:delete': z.object({ planId: z.number().int().min(1) }).strict(),
  'customer:list': customerQuery
} satisfies { [C in InvokeChannel]: z.ZodType<InvokeInput<C>> }

export const INVOKE_CHANNELS = Object.keys(invokeSchemas) as InvokeChannel[]
export const EVENT_NAMES: readonly EventName[] = ['db:changed', 'sync:progress', 'sync:finished', 'patrol:progress']

/** Stable error codes; the renderer words them per locale, `message` is zh-CN. */
export type ErrorCode =
  | 'invalid-input'
  | 'forbidden'
  | 'not-found'
  | 'bad-file'
  | 'preview-expired'
  | 'internal'
  | 'wecom-config'
  | 'wecom-rate-limited'
  | 'wecom-unavailable'
  | 'wecom-unknown-outcome'
  | 'wecom-rejected'

/** Errors travel as data: Electron keeps only `message` of a thrown Error. */
export type IpcResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string } }

export interface DesktopApi {
  invoke<C extends InvokeChannel>(channel: C, input: InvokeInput<C>): Promise<IpcResult<InvokeOutput<C>>>
  on<E extends EventName>(event: E, cb: (payload: EventMap[E]) => void): () => void
}
