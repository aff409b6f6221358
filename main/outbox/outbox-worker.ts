import type { EventBus } from '../app/event-bus'
import type { Db } from '../db/connection'
import type { WecomClient } from '../wecom/client'
import type { OutboxKind } from './commands'
import { classify, type Verdict } from './outbox-classify'
import { localError, type OutboxError } from './outbox-errors'
import { createOutboxRepo, type OutboxRecord } from './outbox-repo'
import { handlerFor as registeredHandler, type HandlerContext, type OutboxHandler } from './handlers'
import { nextTryAt, OUTBOX_TUNING, type OutboxTuning } from './outbox-tuning'

export interface OutboxWorkerDeps {
  db: Db
  events: EventBus
  /** The client for the active WeCom source; asked per send so a settings change applies. */
  client: () => WecomClient
  /** The app's agentid for message/send; null when not configured. */
  agentId?: () => number | null
  now: () => number
  tuning?: Partial<OutboxTuning>
  random?: () => number
  log?: { error(msg: string, err: unknown): void }
  /** The handler registry; tests swap in fakes to drive the reconcile paths. */
  handlers?: (kind: string) => OutboxHandler<OutboxKind> | undefined
}

/** The table the worker changes; screens listening for it refetch. */
const TABLES = ['sync_outbox']

/**
 * Delivers `sync_outbox` rows to WeCom, one at a time in creation order (a row waits for older
 * unfinished rows of the same entity). Each state move is its own committed statement, so the
 * table always says where a row stands: a row left 'sending' by a crash is found at start().
 * Nothing is dropped: a row ends 'delivered', 'failed' (with a reason, retryable by the user)
 * or 'superseded' by a newer row for the same entity.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps) {
  const tuning: OutboxTuning = { ...OUTBOX_TUNING, ...deps.tuning }
  const repo = createOutboxRepo(deps.db)
  const random = deps.random ?? Math.random
  const log = deps.log ?? { error: console.error }
  const handlerFor = deps.handlers ?? registeredHandler
  let timer: ReturnType<typeof setTimeout> | null = null
  let running: Promise<void> | null = null
  let again = false
  /** Not scheduling (before start, after stop). */
  let stopped = true
  /** stop() was called: a drain in progress ends after its current row. */
  let closing = false

  const changed = () => deps.events.emit('db:changed', { tables: TABLES })
  const context = (): HandlerContext => ({
    client: deps.client(),
    agentId: deps.agentId?.() ?? null,
    db: deps.db,
    now: deps.now
  })

  /** Rows a dead process left 'sending': re-send idempotent kinds, let the others be checked. */
  function recoverInterrupted(): number {
    const rows = repo.interrupted()
    for (const row of rows) {
      const handler = handlerFor(row.op)
      if (!handler || handler.idempotent) repo.requeueAfterCrash(row.id, deps.now())
      else if (handler.reconcile) {
        const e = localError('interrupted')
        repo.requeueAfterCrash(row.id, deps.now(), e.code, e.zh)
      } else {
        const e = localError('interrupted')
        repo.markFailed(row.id, e.code, e.zh, null)
      }
    }
    if (rows.length > 0) changed()
    return rows.length
  }

  async function deliver(row: OutboxRecord): Promise<void> {
    const handler = handlerFor(row.op)
    if (!repo.markSending(row.id, deps.now())) return // a user retry or supersede raced us
    changed()
    if (!handler) return fail(row, localError('unknown-kind'))
    let command: Parameters<OutboxHandler<OutboxKind>['send']>[0]
    try {
      command = JSON.parse(row.payload) as typeof command
    } catch {
      return fail(row, localError('bad-payload'))
    }
    if (command?.kind !== row.op) return fail(row, localError('bad-payload'))
    try {
      const ctx = context()
      if (needsReconcile(row, handler) && (await reconcile(row, handler, command, ctx))) return
      const result = await handler.send(command, ctx)
      repo.markDelivered(row.id, deps.now(), result === null || result === undefined ? null : JSON.stringify(result))
    } catch (error) {
      // An unconfirmed earlier send stays unconfirmed until a reconcile settles it.
      settle(row, handler, classify(error), error, needsReconcile(row, handler) ? row.error_code : null)
    }
    changed()
  }

  /** A non-idempotent row whose earlier send may have landed asks WeCom before sending again. */
  async function reconcile(
    row: OutboxRecord,
    handler: OutboxHandler<OutboxKind>,
    command: Parameters<OutboxHandler<OutboxKind>['send']>[0],
    ctx: HandlerContext
  ): Promise<boolean> {
    const state = await handler.reconcile!(command, ctx)
    if (state === 'not-done') return false
    if (state === 'done') repo.markDelivered(row.id, deps.now(), null)
    else {
      const e = localError('wecom-unknown-outcome')
      repo.markFailed(row.id, e.code, e.zh, null)
    }
    changed()
    return true
  }

  /**
   * Records a failed attempt. `unconfirmed` is the code of an earlier send that may have landed
   * (kept so the next pass reconciles before sending again, whatever failed this time).
   */
  function settle(
    row: OutboxRecord,
    handler: OutboxHandler<OutboxKind>,
    v: Verdict,
    cause: unknown,
    unconfirmed: string | null
  ): void {
    if (v.verdict === 'fail' && v.error.code === 'internal') {
      log.error(`outbox row ${row.id} (${row.op}) failed`, cause)
    }
    // A lost reply: harmless to re-send for an idempotent kind, so just a network failure there.
    const lost = v.verdict === 'unknown'
    const pending = unconfirmed ?? (lost && !handler.idempotent ? v.error.code : null)
    // Re-sending could do it twice and nothing can check: a person decides.
    if (pending !== null && !handler.reconcile) return repo.markFailed(row.id, pending, v.error.zh, null)
    const error = lost && handler.idempotent ? localError('network') : { code: pending ?? v.error.code, zh: v.error.zh }
    if (v.verdict === 'fail') return repo.markFailed(row.id, error.code, error.zh, null)
    if (row.attempts + 1 >= tuning.maxAttempts) {
      const e = localError('too-many-attempts')
      return repo.markFailed(row.id, pending ?? e.code, `${e.zh}（${error.zh}）`, null)
    }
    // WeCom's own "retry at" (45009) is on the client's clock, which may run fast (the demo's
    // 10× clock): honour it, but never wait longer than the longest backoff.
    const said = v.verdict === 'retry' && v.at !== undefined ? Math.min(v.at, deps.now() + tuning.maxDelayMs) : 0
    const at = Math.max(said, nextTryAt(deps.now(), row.attempts + 1, tuning, random))
    repo.markRetry(row.id, at, error.code, error.zh)
  }

  function fail(row: OutboxRecord, e: OutboxError): void {
    repo.markFailed(row.id, e.code, e.zh, null)
    changed()
  }

  /** Delivers every due row (re-reading after each batch); resolves with how many were tried. */
  async function runDue(): Promise<number> {
    let tried = 0
    for (;;) {
      const rows = repo.due(deps.now(), tuning.batch)
      if (rows.length === 0) return tried
      for (const row of rows) {
        if (closing) return tried
        await deliver(row)
        tried++
      }
    }
  }

  /** One drain at a time; a wake during a drain runs another pass right after it. */
  function pump(): void {
    if (stopped) return
    if (running) {
      again = true
      return
    }
    clearTimer()
    running = runDue()
      .then(() => undefined)
      .catch((error: unknown) => log.error('outbox drain failed', error))
      .finally(() => {
        running = null
        if (again) {
          again = false
          pump()
        } else schedule()
      })
  }

  function schedule(): void {
    if (stopped) return
    clearTimer()
    const due = repo.nextWakeAt()
    const wait = due === null ? tuning.pollMs : Math.min(tuning.pollMs, Math.max(0, due - deps.now()))
    timer = setTimeout(pump, wait)
    timer.unref?.()
  }

  function clearTimer(): void {
    if (timer) clearTimeout(timer)
    timer = null
  }

  return {
    /** Recovers rows a crash left in flight, then delivers now and whenever rows come due. */
    start(): void {
      if (!stopped) return
      stopped = false
      closing = false
      recoverInterrupted()
      pump()
    },
    /** New work was enqueued (called after the enqueuing transaction committed). */
    wake: (): void => pump(),
    /** Stops scheduling and waits (bounded) for the send in flight; a cut-off row is re-sent at start. */
    async stop(): Promise<void> {
      stopped = true
      closing = true
      clearTimer()
      if (!running) return
      const giveUp = new Promise((resolve) => setTimeout(resolve, tuning.stopWaitMs).unref?.())
      await Promise.race([running, giveUp])
    },
    /** The user's retry: failed rows (all, or these ids) go back in line now. */
    retry(ids?: readonly number[]): { requeued: number } {
      const targets = ids ?? repo.failedIds()
      let requeued = 0
      for (const id of targets) if (repo.requeueFailed(id, deps.now())) requeued++
      if (requeued > 0) {
        changed()
        pump()
      }
      return { requeued }
    },
    recoverInterrupted,
    runDue
  }
}
export type OutboxWorker = ReturnType<typeof createOutboxWorker>

function needsReconcile(row: OutboxRecord, handler: OutboxHandler<OutboxKind>): boolean {
  const unconfirmed = row.error_code === 'interrupted' || row.error_code === 'wecom-unknown-outcome'
  return !handler.idempotent && !!handler.reconcile && unconfirmed
}
