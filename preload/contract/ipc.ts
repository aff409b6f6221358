/**
 * The one list of what the renderer may ask of main, and of what main may push.
 * Electron IPC (preload) and the loopback host both serve exactly this map.
 * Adding a request = one InvokeMap entry + one schema + one line in main/rpc/routes.ts.
 */
import { z } from 'zod'
import {
  LOCALES,
  STORE_SORT_COLUMNS,
  STORE_TYPES,
  type AppStatus,
  type ConnectionCheck,
  type FileBytes,
  type OrgMappingRuleInput,
  type OrgMappingView,
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
}
export type InvokeChannel = keyof InvokeMap
export type InvokeInput<C extends InvokeChannel> = Parameters<InvokeMap[C]>[0]
export type InvokeOutput<C extends InvokeChannel> = ReturnType<InvokeMap[C]>

/** Pushed by main. `db:changed` names the tables a write touched so screens refetch only those. */
export interface EventMap {
  'db:changed': { tables: string[] }
  'sync:progress': SyncProgress
  'sync:finished': SyncRunSummary
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

/** Main validates every input with these; `satisfies` makes a missing or drifting schema a type error. */
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
      contactsSecret: z.string().trim().max(128).optional()
    })
    .strict(),
  'wecom:test-connection': empty,
  'org:mapping': empty,
  'org:preview-mapping': orgRule,
  'org:update-mapping': orgRule
} satisfies { [C in InvokeChannel]: z.ZodType<InvokeInput<C>> }

export const INVOKE_CHANNELS = Object.keys(invokeSchemas) as InvokeChannel[]
export const EVENT_NAMES: readonly EventName[] = ['db:changed', 'sync:progress', 'sync:finished']

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
