/**
 * A synced cache, a simulator and the handover service wired as the app wires it, except that
 * outbox commands are captured and delivered by calling the executor directly (the outbox
 * worker's job), so a test can interleave deliveries, crashes and the 24-hour clock.
 */
import { randomUUID } from 'node:crypto'
import type { Db } from '../../../../main/db/connection'
import { createAuditRepo } from '../../../../main/db/repos/audit-repo'
import { createHandoverRepo } from '../../../../main/db/repos/handover-repo'
import { createTransferGroupRepo } from '../../../../main/db/repos/transfer-group-repo'
import { createTransferLedgerRepo } from '../../../../main/db/repos/transfer-ledger-repo'
import type {
  CustomerTransferCommand,
  GroupTransferCommand
} from '../../../../main/domain/handover/transfer-commands'
import {
  executeGroupChunk,
  executeTransferChunk,
  type ExecutorDeps
} from '../../../../main/services/handover-executor'
import {
  createHandoverService,
  type TransferEnqueuer
} from '../../../../main/services/handover-service'
import type { WecomClient } from '../../../../main/wecom/client'
import type { WecomSimulator } from '../../../../main/wecom-sim'
import { simClient, startSim, syncSetup, syncUntilOk } from '../../sync/sync-harness'

export type Command = CustomerTransferCommand | GroupTransferCommand

/** `enqueuer`: the real outbox writer for tests that run the worker; default captures commands. */
export async function handoverSetup(
  options: { enqueuer?: (db: Db, client: WecomClient, now: () => number) => TransferEnqueuer } = {}
) {
  const sim = await startSim()
  const { db, engine } = syncSetup(sim)
  await syncUntilOk(engine)
  const client = simClient(sim)
  const now = () => sim.clock.now()
  const commands: Command[] = []
  const ledger = createTransferLedgerRepo(db)
  const groups = createTransferGroupRepo(db)
  const service = createHandoverService({
    db,
    repo: createHandoverRepo(db),
    ledger,
    groups,
    audit: createAuditRepo(db),
    outbox: options.enqueuer?.(db, client, now) ?? {
      enqueue: (input) => commands.push(input.command)
    },
    client: () => client,
    now,
    newId: randomUUID
  })
  const executor: ExecutorDeps = { db, ledger, groups, now }
  /** Delivers every captured command once, in order, as the outbox worker would. */
  async function deliverAll(via: WecomClient = client) {
    for (const command of commands.splice(0)) await deliver(command, via)
  }
  const deliver = (command: Command, via: WecomClient = client) =>
    command.kind === 'customer.transfer'
      ? executeTransferChunk(via, executor, command)
      : executeGroupChunk(via, executor, command)
  return {
    sim,
    db,
    engine,
    client,
    service,
    ledger,
    groups,
    commands,
    executor,
    deliverAll,
    deliver,
    resync: () => syncUntilOk(engine)
  }
}

/** An active guide with at least `min` customers who shares a store with at least two active colleagues. */
export function guideWithColleagues(sim: WecomSimulator, db: Db, min = 5): string {
  const userid = db
    .prepare<[number], string>(
      `SELECT m.userid FROM member m JOIN guide_store gs ON gs.userid = m.userid
       WHERE m.status = 1 AND m.removed_at IS NULL AND m.is_follow_user = 1
         AND (SELECT count(*) FROM follow_relation f WHERE f.userid = m.userid AND f.removed_at IS NULL) >= ?
         AND (SELECT count(*) FROM guide_store o JOIN member c ON c.userid = o.userid
              WHERE o.store_id = gs.store_id AND c.userid <> m.userid AND c.status = 1
                AND c.removed_at IS NULL AND c.is_follow_user = 1) >= 2
       ORDER BY m.userid LIMIT 1`
    )
    .pluck()
    .get(min)
  if (!userid) throw new Error('the demo has no guide with colleagues')
  // The simulator agrees: same member, active there too.
  const status = sim.db
    .prepare<[string], number>('SELECT status FROM member WHERE userid = ?')
    .pluck()
    .get(userid)
  if (status !== 1) throw new Error(`${userid} is not active in the simulator`)
  return userid
}

export const HOUR = 3_600_000
