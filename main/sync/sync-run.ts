/**
 * One attempt at a full sync: entities in SYNC_STAGES order, each from its checkpoint. A run
 * that did not finish (crash, failure, cancel) is continued by the next attempt with the same
 * epoch, skipping the entities it already completed; a finished run makes the next one new.
 */
import { SYNC_ENTITIES, type SyncEntity, type SyncRunSummary } from '../../preload/contract/models'
import type { SyncStateRepo } from '../db/repos/sync-state-repo'
import type { EntityJob, JobContext } from './job'
import { customersJob } from './jobs/customers-job'
import { departmentsJob } from './jobs/departments-job'
import { followUsersJob } from './jobs/follow-users-job'
import { groupsJob } from './jobs/groups-job'
import { membersJob } from './jobs/members-job'
import { tagsJob } from './jobs/tags-job'
import { runEntity } from './run-entity'
import { CANCELLED_ERROR, describeSyncError, SyncCancelled } from './sync-errors'
import {
  parseCheckpoint,
  RUN_ROW,
  writeEntity,
  type StoredCheckpoint,
  type SyncErrorInfo
} from './sync-state'

const JOBS: Record<SyncEntity, (ctx: JobContext) => EntityJob> = {
  departments: departmentsJob,
  members: membersJob,
  followUsers: followUsersJob,
  tags: tagsJob,
  customers: customersJob,
  groups: groupsJob
}

/**
 * Entities in the order they run; each stage needs the ones before it (members need the
 * departments, customers and groups the follow users). Customers and groups overlap: they use
 * different APIs, so different quotas, and the sync takes as long as the busier one instead of
 * both in a row.
 */
export const SYNC_STAGES: readonly (readonly SyncEntity[])[] = [
  ['departments'],
  ['members'],
  ['followUsers'],
  ['tags'],
  ['customers', 'groups']
]

export const LAST_RUN_SETTING_KEY = 'sync.lastRun'

/** What the run tells the engine as it goes. */
export interface RunListener {
  entityStarted(entity: SyncEntity, from: StoredCheckpoint, total: number | null): void
  page(entity: SyncEntity, checkpoint: StoredCheckpoint, total: number | null): void
  /**
   * The entity completed, or stopped on a failure or cancel; `wrote` says whether its tables
   * may have changed in this attempt.
   */
  entityStopped(
    entity: SyncEntity,
    tables: readonly string[],
    completed: boolean,
    wrote: boolean
  ): void
}

export interface RunDeps extends Omit<JobContext, 'run'> {
  readonly state: SyncStateRepo
  readonly runId: string
  readonly signal: AbortSignal
  readonly listener: RunListener
  readonly onPageWritten?: ((entity: SyncEntity, ms: number) => void) | undefined
}

export async function runSync(deps: RunDeps): Promise<SyncRunSummary> {
  const startedAt = deps.now()
  const run = beginRun(deps)
  const ctx: JobContext = { ...deps, run }
  const rows: Partial<Record<SyncEntity, number>> = {}
  for (const stage of SYNC_STAGES) {
    // An entity that fails lets the others of its stage finish: their pages are kept either way.
    const ends = await Promise.all(stage.map((entity) => resume(deps, ctx, entity, rows)))
    const stopped = ends.find((end) => end !== null)
    if (stopped) return finishRun(deps, run, startedAt, rows, stopped)
  }
  return finishRun(deps, run, startedAt, rows, null)
}

/** Runs the entity from its checkpoint, or skips it when this run already completed it. */
async function resume(
  deps: RunDeps,
  ctx: JobContext,
  entity: SyncEntity,
  rows: Partial<Record<SyncEntity, number>>
): Promise<SyncErrorInfo | null> {
  const record = deps.state.get(entity)
  const stored = record?.started_at === ctx.run ? parseCheckpoint(record) : null
  if (stored && record?.status === 'done') {
    rows[entity] = stored.rows
    return null
  }
  return runOne(deps, ctx, entity, stored ?? { unit: 0, cursor: '', rows: 0 }, rows)
}

/** Returns the error that stopped the run, or null when the entity completed. */
async function runOne(
  deps: RunDeps,
  ctx: JobContext,
  entity: SyncEntity,
  from: StoredCheckpoint,
  rows: Partial<Record<SyncEntity, number>>
): Promise<SyncErrorInfo | null> {
  let job: EntityJob | null = null
  let last = from
  try {
    job = JOBS[entity](ctx)
    deps.listener.entityStarted(entity, from, job.total())
    const onPage = (cp: StoredCheckpoint, total: number | null) => {
      last = cp
      rows[entity] = cp.rows
      deps.listener.page(entity, cp, total)
    }
    await runEntity({ ...deps, run: ctx.run, onPage }, job, from)
    deps.listener.entityStopped(entity, job.tables, true, true)
    return null
  } catch (error) {
    const cancelled = error instanceof SyncCancelled
    const info = cancelled ? CANCELLED_ERROR : describeSyncError(error)
    rows[entity] = last.rows
    writeEntity(deps.state, entity, {
      status: cancelled ? 'idle' : 'failed',
      checkpoint: last,
      total: job?.total() ?? null,
      run: ctx.run,
      error: info
    })
    deps.listener.entityStopped(entity, job?.tables ?? [], false, last.rows > from.rows)
    return info
  }
}

/** Continues the unfinished run, or starts a new one with a fresh epoch; returns the epoch. */
function beginRun(deps: RunDeps): number {
  const { db, state } = deps
  return db.transaction(() => {
    const row = state.get(RUN_ROW)
    if (row && row.status !== 'done' && row.started_at !== null) {
      state.put({ ...row, status: 'running', finished_at: null, last_error: null })
      return row.started_at
    }
    // Strictly after the previous epoch, so its rows can never pass for this run's.
    const run = Math.max(deps.now(), (row?.started_at ?? 0) + 1)
    state.put({
      entity: RUN_ROW,
      cursor: null,
      status: 'running',
      done: 0,
      total: SYNC_ENTITIES.length,
      started_at: run,
      finished_at: null,
      last_error: null
    })
    for (const e of SYNC_ENTITIES) {
      writeEntity(state, e, { status: 'idle', checkpoint: null, total: null, run })
    }
    return run
  })()
}

function finishRun(
  deps: RunDeps,
  run: number,
  startedAt: number,
  rows: Partial<Record<SyncEntity, number>>,
  error: SyncErrorInfo | null
): SyncRunSummary {
  const finishedAt = deps.now()
  const cancelled = error?.code === CANCELLED_ERROR.code
  const outcome = error === null ? 'ok' : cancelled ? 'cancelled' : 'failed'
  const summary: SyncRunSummary = { runId: deps.runId, startedAt, finishedAt, outcome, rows, error }
  const done = SYNC_ENTITIES.filter((e) => deps.state.get(e)?.status === 'done').length
  deps.db.transaction(() => {
    deps.state.put({
      entity: RUN_ROW,
      cursor: JSON.stringify({ runId: deps.runId }),
      status: outcome === 'ok' ? 'done' : outcome === 'failed' ? 'failed' : 'idle',
      done,
      total: SYNC_ENTITIES.length,
      started_at: run,
      finished_at: finishedAt,
      last_error: error ? JSON.stringify(error) : null
    })
    deps.settings.set(LAST_RUN_SETTING_KEY, summary)
  })()
  return summary
}
