/**
 * 巡店 planning jobs and saved plans. A job runs in the solver's worker thread (patrol-runner.ts)
 * and lives in memory until saved; progress and the end are pushed as `patrol:progress`. Saving
 * writes the plan and its visits in one transaction.
 */
import type { PatrolPlanInput, PatrolPlanSummary, PatrolPlanView, PatrolProgressEvent } from '../../preload/contract/patrol-models'
import type { EventBus } from '../app/event-bus'
import type { Db } from '../db/connection'
import { createPatrolPlanRepo } from '../db/repos/patrol-plan-repo'
import { createPatrolSourceRepo } from '../db/repos/patrol-source-repo'
import { requestFromInput, workingDates } from '../domain/patrol/request-from-input'
import { AppError } from '../errors'
import type { PatrolRunner } from './patrol-runner'

export interface PatrolServiceDeps {
  db: Db
  events: EventBus
  runner: PatrolRunner
  newId: () => string
  now?: () => number
}

interface Job {
  view: PatrolPlanView
  abort: AbortController
}

/** Finished jobs kept for viewing and saving; the oldest finished one goes first. */
const MAX_JOBS = 8

export function createPatrolService(deps: PatrolServiceDeps) {
  const { db, events, runner } = deps
  const now = deps.now ?? Date.now
  const source = createPatrolSourceRepo(db)
  const plans = createPatrolPlanRepo(db)
  const jobs = new Map<string, Job>()

  const push = (jobId: string, view: PatrolPlanView): void => {
    const event: PatrolProgressEvent = { jobId, status: view.status, progress: view.progress }
    events.emit('patrol:progress', event)
  }
  const forget = (): void => {
    const finished = [...jobs].filter(([, j]) => j.view.status !== 'running')
    for (const [id] of finished.slice(0, Math.max(0, jobs.size - MAX_JOBS))) jobs.delete(id)
  }
  const jobOf = (jobId: string): Job => {
    const job = jobs.get(jobId)
    if (!job) throw new AppError('not-found', '找不到这个巡店规划任务（可能已过期），请重新规划')
    return job
  }

  function start(input: PatrolPlanInput): { jobId: string } {
    const dates = workingDates(input.dateFrom, input.dateTo, input.weekdays)
    if (dates === null) throw new AppError('invalid-input', '规划周期最长 92 天，请缩短日期范围')
    if (dates.length === 0) throw new AppError('invalid-input', '所选日期范围内没有工作日')
    const request = requestFromInput(input, dates, source.stores())
    const jobId = deps.newId()
    const view: PatrolPlanView = { jobId, planId: null, name: null, status: 'running', request: input, progress: null, plan: null, error: null, createdAt: now() }
    const job: Job = { view, abort: new AbortController() }
    jobs.set(jobId, job)
    forget()
    const onProgress = (p: PatrolPlanView['progress']): void => {
      view.progress = p
      push(jobId, view)
    }
    runner(request, { timeLimitMs: input.timeLimitMs, signal: job.abort.signal, onProgress })
      .then((plan) => Object.assign(view, { plan, status: job.abort.signal.aborted ? 'cancelled' : 'done' }))
      .catch((e: unknown) => Object.assign(view, { status: 'failed', error: e instanceof Error ? e.message : String(e) }))
      .finally(() => push(jobId, view))
    return { jobId }
  }

  return {
    options: () => source.options(),
    plan: start,
    cancel(jobId: string): { cancelled: boolean } {
      const job = jobOf(jobId)
      if (job.view.status !== 'running') return { cancelled: false }
      job.abort.abort()
      return { cancelled: true }
    },
    get(q: { jobId: string } | { planId: number }): PatrolPlanView {
      if ('jobId' in q) return jobOf(q.jobId).view
      const saved = plans.get(q.planId)
      if (!saved) throw new AppError('not-found', '找不到这个巡店方案')
      return { jobId: null, planId: saved.id, name: saved.name, status: 'done', request: saved.request, progress: null, plan: saved.plan, error: null, createdAt: saved.createdAt }
    },
    list: (): PatrolPlanSummary[] => plans.list(),
    save(jobId: string, name: string): { planId: number } {
      const { view } = jobOf(jobId)
      if (view.plan === null) throw new AppError('invalid-input', '规划尚未完成，完成后才能保存')
      const plan = view.plan
      const planId = db.transaction(() => plans.insert(name, now(), view.request, plan))()
      Object.assign(view, { planId, name })
      events.emit('db:changed', { tables: ['patrol_plan', 'patrol_visit'] })
      return { planId }
    },
    delete(planId: number): { deleted: boolean } {
      const deleted = db.transaction(() => plans.delete(planId))()
      if (deleted) events.emit('db:changed', { tables: ['patrol_plan', 'patrol_visit'] })
      return { deleted }
    }
  }
}
export type PatrolService = ReturnType<typeof createPatrolService>
