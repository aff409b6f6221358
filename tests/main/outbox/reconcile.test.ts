/**
 * The worker's rules for kinds that are not idempotent, driven by a fake handler (no WeCom):
 * a send cut off by a crash or a lost reply is reconciled before anything is sent again, and
 * stays marked unconfirmed until a reconcile settles it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createEventBus } from '../../../main/app/event-bus'
import type { OutboxKind } from '../../../main/outbox/commands'
import type { OutboxHandler } from '../../../main/outbox/handlers'
import { createOutboxWorker } from '../../../main/outbox/outbox-worker'
import { createOutboxWriter } from '../../../main/outbox/outbox-writer'
import type { WecomClient } from '../../../main/wecom/client'
import { WecomError } from '../../../main/wecom/client'
import { createTestDb } from '../../helpers/test-db'
import { rowState } from './outbox-harness'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

type Verdict = 'done' | 'not-done' | 'unknown'

function lostReply(): WecomError {
  return new WecomError({
    code: 'wecom-unknown-outcome',
    failure: 'unknown-outcome',
    path: 'x',
    message: '结果未知'
  })
}
function networkDown(): WecomError {
  return new WecomError({ code: 'wecom-unavailable', failure: 'network', path: 'x', message: '网络中断' })
}

function setup(script: { send: (() => unknown)[]; reconcile: (() => Verdict)[] }) {
  const t = createTestDb()
  cleanups.push(t.cleanup)
  let clock = 1_000_000
  const calls: string[] = []
  const fake: OutboxHandler<OutboxKind> = {
    kind: 'user.update',
    idempotent: false,
    send: () => {
      calls.push('send')
      const step = script.send.shift()
      return Promise.resolve().then(() => step?.())
    },
    reconcile: () => {
      calls.push('reconcile')
      const step = script.reconcile.shift()
      return Promise.resolve().then(() => step!())
    }
  }
  const worker = createOutboxWorker({
    db: t.db,
    events: createEventBus(),
    client: () => ({}) as WecomClient,
    now: () => clock,
    random: () => 0,
    handlers: () => fake
  })
  const id = createOutboxWriter(t.db, () => clock).enqueue({
    command: { kind: 'user.update', userid: 'u1', department: [2], main_department: 2 },
    entity: 'member',
    entityId: 'u1',
    actionId: null
  })
  const later = () => (clock += 60 * 60_000)
  return { db: t.db, worker, id, calls, later }
}

describe('a non-idempotent kind with reconcile', () => {
  it('after a crash mid-send: reconciles, and does not send again when it had landed', async () => {
    const { db, worker, id, calls } = setup({ send: [], reconcile: [() => 'done'] })
    db.prepare("UPDATE sync_outbox SET state = 'sending', attempts = 1").run()
    worker.recoverInterrupted()
    expect(rowState(db, id)).toMatchObject({ state: 'pending', error_code: 'interrupted' })
    await worker.runDue()
    expect(calls).toEqual(['reconcile'])
    expect(rowState(db, id).state).toBe('delivered')
  })

  it('a lost reply: reconciles on the next pass and sends only if it had not landed', async () => {
    const { db, worker, id, calls, later } = setup({
      send: [() => Promise.reject(lostReply()), () => null],
      reconcile: [() => 'not-done']
    })
    await worker.runDue()
    expect(rowState(db, id)).toMatchObject({ state: 'pending', error_code: 'wecom-unknown-outcome' })
    later()
    await worker.runDue()
    expect(calls).toEqual(['send', 'reconcile', 'send'])
    expect(rowState(db, id).state).toBe('delivered')
  })

  it('stays unconfirmed when the reconcile itself fails, and fails for a person when WeCom cannot tell', async () => {
    const { db, worker, id, calls, later } = setup({
      send: [],
      reconcile: [
        () => {
          throw networkDown()
        },
        () => 'unknown'
      ]
    })
    db.prepare("UPDATE sync_outbox SET state = 'sending', attempts = 1").run()
    worker.recoverInterrupted()
    await worker.runDue()
    expect(rowState(db, id)).toMatchObject({ state: 'pending', error_code: 'interrupted' })
    later()
    await worker.runDue()
    expect(calls).toEqual(['reconcile', 'reconcile'])
    expect(rowState(db, id)).toMatchObject({ state: 'failed', error_code: 'wecom-unknown-outcome' })
  })
})
