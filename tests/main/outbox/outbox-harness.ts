/**
 * Outbox tests run the real worker and WeCom client against the real simulator (see
 * ../sync/sync-harness.ts). The client's own retries are off so the outbox's are what is tested;
 * the worker's clock is the simulator's, so backoff waits are skipped by advancing it.
 */
import { createEventBus } from '../../../main/app/event-bus'
import type { Db } from '../../../main/db/connection'
import { createOutboxWorker, type OutboxWorkerDeps } from '../../../main/outbox/outbox-worker'
import { createOutboxWriter, type EnqueueInput } from '../../../main/outbox/outbox-writer'
import type { WecomClient, WecomClientConfig } from '../../../main/wecom/client'
import type { WecomSimulator } from '../../../main/wecom-sim'
import { simClient, testCache } from '../sync/sync-harness'

export { startSim, testCache } from '../sync/sync-harness'

/** A member's departments in the simulator (WeCom's truth), sorted, with the main one. */
export function simDepartments(sim: WecomSimulator, userid: string): { department: number[]; main: number | null } {
  const department = sim.db
    .prepare<[string], number>('SELECT department_id FROM member_department WHERE userid = ? ORDER BY department_id')
    .pluck()
    .all(userid)
  const main = sim.db
    .prepare<[string], number | null>('SELECT main_department FROM member WHERE userid = ?')
    .pluck()
    .get(userid)
  return { department, main: main ?? null }
}

/** Active members and store-level departments to move them between. */
export function fixtures(sim: WecomSimulator): { members: string[]; departments: number[] } {
  const members = sim.db
    .prepare<[], string>('SELECT userid FROM member WHERE status = 1 AND removed_at IS NULL ORDER BY userid LIMIT 20')
    .pluck()
    .all()
  const departments = sim.db
    .prepare<[], number>('SELECT id FROM department WHERE removed_at IS NULL AND parent_id > 1 ORDER BY id LIMIT 20')
    .pluck()
    .all()
  return { members, departments }
}

export function noRetryClient(sim: WecomSimulator, config: Partial<WecomClientConfig> = {}): WecomClient {
  return simClient(sim, { retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 }, ...config })
}

/** A worker and a writer on a fresh cache (or `db`), delivering to `sim`; events recorded. */
export function outboxSetup(
  sim: WecomSimulator,
  options: { db?: Db; client?: WecomClient } & Partial<Omit<OutboxWorkerDeps, 'client'>> = {}
) {
  const db = options.db ?? testCache()
  const client = options.client ?? noRetryClient(sim)
  const events = createEventBus()
  const changed: string[][] = []
  events.subscribe((name, payload) => {
    if (name === 'db:changed') changed.push((payload as { tables: string[] }).tables)
  })
  const now = () => sim.clock.now()
  const worker = createOutboxWorker({
    db,
    events,
    now,
    agentId: () => sim.corp.agentId,
    random: () => 0,
    tuning: { baseDelayMs: 1000, maxDelayMs: 60_000, pollMs: 50, stopWaitMs: 2000 },
    ...options,
    client: () => client
  })
  const writer = createOutboxWriter(db, now)
  /** Enqueues in its own transaction, as a service would with its local write. */
  const enqueue = (input: EnqueueInput): number => db.transaction(() => writer.enqueue(input))()
  return { db, client, worker, writer, enqueue, changed }
}

export function moveMember(userid: string, department: number[], main = department[0]!): EnqueueInput {
  return {
    command: { kind: 'user.update', userid, department, main_department: main },
    entity: 'member',
    entityId: userid,
    actionId: null
  }
}

interface RowState {
  state: string
  attempts: number
  error_code: string | null
  last_error: string | null
  result: string | null
  next_try_at: number
}

export function rowState(db: Db, id: number): RowState {
  return db
    .prepare<[number], RowState>(
      'SELECT state, attempts, error_code, last_error, result, next_try_at FROM sync_outbox WHERE id = ?'
    )
    .get(id)!
}
