/**
 * The sync engine: WeCom → local cache, resumable at any page. One run at a time (a second
 * runNow joins the run in progress), cancel between pages, an optional schedule while the app
 * is open, and a resume on start-up of a run the last process did not finish.
 * See sync-run.ts for the run, run-entity.ts for the page/checkpoint transaction, jobs/ for
 * what each entity calls.
 */
import { randomUUID } from 'node:crypto'
import type { SyncEntity, SyncOverview, SyncRunSummary } from '../../preload/contract/models'
import type { EventBus } from '../app/event-bus'
import type { Db } from '../db/connection'
import { createCustomerRepo } from '../db/repos/customer-repo'
import { createDirectoryRepo } from '../db/repos/directory-repo'
import { createGroupChatRepo } from '../db/repos/group-chat-repo'
import { createOrgRepo } from '../db/repos/org-repo'
import { createSettingRepo } from '../db/repos/setting-repo'
import { createSyncStateRepo } from '../db/repos/sync-state-repo'
import { ORG_MAPPING_SETTING_KEY, resolveOrgMapping } from '../domain/org/org-mapping-rule'
import type { WecomClient } from '../wecom/client'
import { DEFAULT_TUNING, type SyncTuning } from './job'
import { withBulkWrites } from './bulk-writes'
import { buildOverview } from './overview'
import { createProgress, toQuotaMeters } from './progress'
import { describeSyncError } from './sync-errors'
import { LAST_RUN_SETTING_KEY, runSync, type RunListener } from './sync-run'
import { createSchedule, realTimers, type SyncTimers } from './schedule'
import { RUN_ROW, type StoredCheckpoint } from './sync-state'

export interface SyncEngineOptions {
  readonly db: Db
  /** The client for the configured corp (or the demo simulator); read when each run starts. */
  readonly client: () => WecomClient
  readonly events: Pick<EventBus, 'emit'>
  /** Wall clock for run epochs, removed_at and progress timing. Default Date.now. */
  readonly now?: () => number
  /** Also told the tables each entity touched (e.g. to drop caches in main). */
  readonly onTablesChanged?: (tables: string[]) => void
  readonly source?: () => 'demo' | 'wecom'
  readonly tuning?: Partial<SyncTuning>
  readonly timers?: SyncTimers
  /** Least time between two 'sync:progress' events. Default 200 ms (5 a second). */
  readonly progressIntervalMs?: number
  readonly newRunId?: () => string
  /** Real ms of each page's transaction (rows, checkpoint, commit); benchmarks sum it. */
  readonly onPageWritten?: (entity: SyncEntity, ms: number) => void
}

export interface SyncRunHandle {
  readonly runId: string
  /** Never rejects: failures and cancels are outcomes of the summary. */
  readonly finished: Promise<SyncRunSummary>
}

export function createSyncEngine(options: SyncEngineOptions) {
  const { db, events } = options
  const now = options.now ?? Date.now
  const repos = {
    state: createSyncStateRepo(db),
    settings: createSettingRepo(db),
    directory: createDirectoryRepo(db),
    org: createOrgRepo(db),
    customers: createCustomerRepo(db),
    groupChats: createGroupChatRepo(db)
  }
  let active: (SyncRunHandle & { controller: AbortController }) | null = null
  let lastClient: WecomClient | null = null
  const schedule = createSchedule(options.timers ?? realTimers, now, () => void runNow())
  // A failing listener (a closed window, a broken transport) must never fail a sync.
  const emit: EventBus['emit'] = (event, payload) => {
    try {
      events.emit(event, payload)
    } catch {
      // The next event or overview() tells the screen again.
    }
  }

  async function execute(runId: string, signal: AbortSignal): Promise<SyncRunSummary> {
    const startedAt = now()
    let summary: SyncRunSummary
    try {
      const client = options.client()
      lastClient = client
      const rule = resolveOrgMapping(repos.settings.get(ORG_MAPPING_SETTING_KEY))
      const tuning = { ...DEFAULT_TUNING, ...options.tuning }
      const listener = createListener(runId, client)
      const { onPageWritten } = options
      const deps = { db, client, now, rule, tuning, ...repos, runId, signal, listener }
      const run = () => runSync({ ...deps, onPageWritten })
      summary = await withBulkWrites(db, tuning.walCheckpointPages, run)
    } catch (error) {
      // The client could not be made, or the bookkeeping itself failed (e.g. disk full).
      const info = describeSyncError(error)
      summary = { runId, startedAt, finishedAt: now(), outcome: 'failed', rows: {}, error: info }
      try {
        repos.settings.set(LAST_RUN_SETTING_KEY, summary)
      } catch {
        // Nothing more to save: the event below still tells the screen.
      }
    }
    emit('sync:finished', summary)
    return summary
  }

  function createListener(runId: string, client: WecomClient): RunListener {
    const progress = createProgress({
      runId,
      now,
      minIntervalMs: options.progressIntervalMs ?? 200,
      settings: repos.settings,
      meters: () => toQuotaMeters(client.meters()),
      emit: (p) => emit('sync:progress', p)
    })
    const last = new Map<SyncEntity, { cp: StoredCheckpoint; total: number | null }>()
    return {
      entityStarted(entity, from, total) {
        last.set(entity, { cp: from, total })
        progress.started(entity, from, total)
      },
      page(entity, cp, total) {
        last.set(entity, { cp, total })
        progress.page(entity, cp, total, false)
      },
      entityStopped(entity, tables, completed, wrote) {
        const at = last.get(entity)
        if (at) progress.page(entity, at.cp, at.total, true)
        progress.stopped(entity, completed)
        if (!wrote || tables.length === 0) return
        emit('db:changed', { tables: [...tables] })
        options.onTablesChanged?.([...tables])
      }
    }
  }

  function runNow(): SyncRunHandle {
    if (active) return { runId: active.runId, finished: active.finished }
    const runId = options.newRunId?.() ?? randomUUID()
    const controller = new AbortController()
    const finished = execute(runId, controller.signal).finally(() => {
      active = null
    })
    active = { runId, finished, controller }
    return { runId, finished }
  }

  return {
    runNow,
    /** Stops the run in progress after its current page; true if there was one. */
    cancel(): boolean {
      if (!active) return false
      active.controller.abort()
      return true
    },
    /** The run in progress, if any. */
    current: (): SyncRunHandle | null =>
      active ? { runId: active.runId, finished: active.finished } : null,
    overview(): SyncOverview {
      return buildOverview({
        state: repos.state,
        settings: repos.settings,
        source: options.source?.() ?? 'wecom',
        running: active !== null,
        nextRunAt: schedule.nextRunAt(),
        quota: lastClient ? toQuotaMeters(lastClient.meters()) : []
      })
    },
    /** Runs every `intervalMs` while the app is open (the first run after one interval). */
    start: ({ intervalMs }: { intervalMs: number }) => schedule.start(intervalMs),
    stop: () => schedule.stop(),
    /** At start-up: continues a run the previous process did not finish (it died mid-run). */
    resumeIfInterrupted(): SyncRunHandle | null {
      if (active) return null
      return repos.state.get(RUN_ROW)?.status === 'running' ? runNow() : null
    },
    /** Before quit: no more scheduled runs; the current one stops after its page. */
    async shutdown(): Promise<void> {
      schedule.stop()
      const running = active
      if (!running) return
      running.controller.abort()
      await running.finished
    }
  }
}
export type SyncEngine = ReturnType<typeof createSyncEngine>
