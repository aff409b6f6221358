import { describe, expect, it } from 'vitest'
import { createOutboxReader } from '../../../main/outbox/outbox-reader'
import { fixtures, moveMember, noRetryClient, outboxSetup, rowState, simDepartments, startSim } from './outbox-harness'

describe('outbox worker against the simulator', () => {
  it('delivers user.update: the simulator holds the new departments, the row is delivered', async () => {
    const sim = await startSim()
    const { members, departments } = fixtures(sim)
    const { db, worker, enqueue, changed } = outboxSetup(sim)
    const userid = members[0]!
    const target = [departments[2]!, departments[3]!].sort((a, b) => a - b)
    const id = enqueue(moveMember(userid, target, target[1]))
    expect(await worker.runDue()).toBe(1)
    expect(simDepartments(sim, userid)).toEqual({ department: target, main: target[1] })
    expect(rowState(db, id)).toMatchObject({ state: 'delivered', attempts: 1, error_code: null })
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.every((t) => t.includes('sync_outbox'))).toBe(true)
    expect(createOutboxReader(db).statusFor('member', [userid]).get(userid)).toMatchObject({ state: 'delivered' })
  })

  it('sends only the newest of several unsent changes to one member, in order across members', async () => {
    const sim = await startSim()
    const { members, departments } = fixtures(sim)
    const { worker, enqueue } = outboxSetup(sim)
    const [a, b] = members
    enqueue(moveMember(a!, [departments[0]!]))
    enqueue(moveMember(b!, [departments[1]!]))
    enqueue(moveMember(a!, [departments[4]!]))
    const before = sim.callLog.count('user/update')
    expect(await worker.runDue()).toBe(2)
    expect(sim.callLog.count('user/update') - before).toBe(2)
    expect(simDepartments(sim, a!).department).toEqual([departments[4]])
    expect(simDepartments(sim, b!).department).toEqual([departments[1]])
  })

  it.each([
    ['errcode -1 (busy)', { kind: 'errcode', code: -1 }, 'wecom:-1'],
    ['errcode 45033 (concurrency)', { kind: 'errcode', code: 45033 }, 'wecom:45033'],
    ['a proxy 500', { kind: 'http500' }, 'network'],
    ['a reset connection', { kind: 'reset' }, 'network'],
    ['a timeout', { kind: 'timeout' }, 'network']
  ] as const)('retries a transient failure (%s) with backoff, then delivers', async (_name, fault, code) => {
    const sim = await startSim()
    const { members, departments } = fixtures(sim)
    const { db, worker, enqueue } = outboxSetup(sim)
    sim.faults.add({ path: 'user/update', times: 2, ...fault })
    const id = enqueue(moveMember(members[0]!, [departments[5]!]))
    const startedAt = sim.clock.now()
    await worker.runDue()
    const first = rowState(db, id)
    const firstDelay = first.next_try_at - startedAt
    expect(first.state).toBe('pending')
    expect(first.attempts).toBe(1)
    expect(first.error_code).toBe(code)
    expect(first.last_error).toMatch(/[\u4e00-\u9fa5]/)
    expect(first.next_try_at).toBeGreaterThan(sim.clock.now()) // backed off, not hammered
    expect(await worker.runDue()).toBe(0) // not due yet
    sim.clock.advance(first.next_try_at - sim.clock.now())
    const retriedAt = sim.clock.now()
    await worker.runDue()
    const second = rowState(db, id)
    expect(second).toMatchObject({ state: 'pending', attempts: 2 })
    expect(second.next_try_at - retriedAt).toBeGreaterThan(firstDelay) // exponential backoff
    sim.clock.advance(second.next_try_at - sim.clock.now())
    await worker.runDue()
    expect(rowState(db, id)).toMatchObject({ state: 'delivered', attempts: 3, error_code: null })
    expect(simDepartments(sim, members[0]!).department).toEqual([departments[5]])
  })

  it('waits out a 45009 quota window and delivers', async () => {
    const sim = await startSim()
    const { members, departments } = fixtures(sim)
    const client = noRetryClient(sim, { onRateLimited: 'fail' })
    const { db, worker, enqueue } = outboxSetup(sim, { client })
    sim.faults.add({ path: 'user/update', kind: 'errcode', code: 45009, times: 1 })
    const id = enqueue(moveMember(members[1]!, [departments[6]!]))
    await worker.runDue()
    expect(rowState(db, id)).toMatchObject({ state: 'pending', error_code: 'wecom:45009' })
    sim.clock.advance(rowState(db, id).next_try_at - sim.clock.now() + 60_000)
    await worker.runDue()
    expect(rowState(db, id).state).toBe('delivered')
  })

  it('fails an unknown member (60111) with the zh-CN reason, and keeps other members going', async () => {
    const sim = await startSim()
    const { members, departments } = fixtures(sim)
    const { db, worker, enqueue } = outboxSetup(sim)
    const bad = enqueue(moveMember('no-such-guide', [departments[0]!]))
    const good = enqueue(moveMember(members[2]!, [departments[7]!]))
    await worker.runDue()
    expect(rowState(db, bad)).toMatchObject({ state: 'failed', attempts: 1, error_code: 'wecom:60111' })
    expect(rowState(db, bad).last_error).toContain('成员')
    expect(rowState(db, good).state).toBe('delivered')
    const failed = createOutboxReader(db).list({ state: 'failed', limit: 10 })
    expect(failed.map((f) => f.id)).toEqual([bad])
    expect(failed[0]!.lastError!.en.length).toBeGreaterThan(0)
  })

  it('fails with 48002 when the contacts secret is wrong, then the user retry delivers once it is fixed', async () => {
    const sim = await startSim()
    const { members, departments } = fixtures(sim)
    // Two workers on one cache: one whose client has the wrong secret, one with the right one.
    const wrongSecret = noRetryClient(sim, { secrets: { app: sim.corp.appSecret, contacts: sim.corp.appSecret } })
    const wrong = outboxSetup(sim, { client: wrongSecret })
    const { db, enqueue } = wrong
    const real = outboxSetup(sim, { db })
    const id = enqueue(moveMember(members[3]!, [departments[8]!]))
    await wrong.worker.runDue()
    expect(rowState(db, id)).toMatchObject({ state: 'failed', error_code: 'wecom:48002' })
    expect(rowState(db, id).last_error).toMatch(/通讯录|Secret/)
    expect(await real.worker.runDue()).toBe(0) // a failed row waits for the user
    expect(real.worker.retry([id])).toEqual({ requeued: 1 })
    await real.worker.runDue()
    expect(rowState(db, id)).toMatchObject({ state: 'delivered', attempts: 1 })
    expect(simDepartments(sim, members[3]!).department).toEqual([departments[8]])
  })

  it('a failed change does not block a newer change to the same member, which supersedes it', async () => {
    const sim = await startSim()
    const { members, departments } = fixtures(sim)
    const { db, worker, enqueue } = outboxSetup(sim)
    const old = enqueue(moveMember(members[4]!, [999_999]))
    await worker.runDue()
    expect(rowState(db, old).state).toBe('failed')
    const fresh = enqueue(moveMember(members[4]!, [departments[9]!]))
    expect(rowState(db, old).state).toBe('superseded')
    expect(worker.retry()).toEqual({ requeued: 0 })
    await worker.runDue()
    expect(rowState(db, fresh).state).toBe('delivered')
  })

  it('message.send records the members WeCom skipped', async () => {
    const sim = await startSim()
    const { members } = fixtures(sim)
    const { db, worker, enqueue } = outboxSetup(sim)
    const id = enqueue({
      command: {
        kind: 'message.send',
        touser: [members[0]!, 'ghost-guide'],
        msgtype: 'markdown',
        content: '**本周**陈列检查'
      },
      entity: 'notice',
      entityId: 'n-1',
      actionId: 'a-1'
    })
    await worker.runDue()
    expect(rowState(db, id).state).toBe('delivered')
    expect(JSON.parse(rowState(db, id).result!)).toMatchObject({ invaliduser: ['ghost-guide'] })
    expect(sim.sentMessages().at(-1)).toMatchObject({ msgtype: 'markdown', content: '**本周**陈列检查' })
  })

  it('a message whose reply was lost is failed for a person to check, never sent twice', async () => {
    const sim = await startSim()
    const { members } = fixtures(sim)
    const { db, worker, enqueue } = outboxSetup(sim)
    sim.faults.add({ path: 'message/send', kind: 'truncate', times: 1 })
    const id = enqueue({
      command: { kind: 'message.send', touser: [members[0]!], msgtype: 'text', content: '到店提醒' },
      entity: 'notice',
      entityId: 'n-2',
      actionId: null
    })
    await worker.runDue()
    expect(rowState(db, id)).toMatchObject({ state: 'failed', error_code: 'wecom-unknown-outcome' })
    expect(sim.sentMessages().filter((m) => m.content === '到店提醒')).toHaveLength(1)
  })

  it('start() wakes on enqueue through the service writer and stop() ends cleanly', async () => {
    const sim = await startSim()
    const { members, departments } = fixtures(sim)
    const { db, worker } = outboxSetup(sim)
    const { createOutboxService } = await import('../../../main/outbox/outbox-service')
    const service = createOutboxService({ db, now: () => sim.clock.now(), worker })
    worker.start()
    const id = db.transaction(() => service.writer.enqueue(moveMember(members[5]!, [departments[10]!])))()
    await expect.poll(() => rowState(db, id).state, { timeout: 5000 }).toBe('delivered')
    expect(service.summary()).toMatchObject({ delivered: 1, pending: 0, failed: 0 })
    await worker.stop()
  })
})

describe('outbox worker after a crash', () => {
  it('re-sends an idempotent row left sending, and fails a message left sending for a person to check', async () => {
    const sim = await startSim()
    const { members, departments } = fixtures(sim)
    const { db, worker, enqueue } = outboxSetup(sim)
    const move = enqueue(moveMember(members[6]!, [departments[11]!]))
    const msg = enqueue({
      command: { kind: 'message.send', touser: [members[6]!], msgtype: 'text', content: '盘点通知' },
      entity: 'notice',
      entityId: 'n-3',
      actionId: null
    })
    // As a process killed mid-send leaves them.
    db.prepare("UPDATE sync_outbox SET state = 'sending', attempts = 1").run()
    expect(worker.recoverInterrupted()).toBe(2)
    expect(rowState(db, msg)).toMatchObject({ state: 'failed', error_code: 'interrupted' })
    await worker.runDue()
    expect(rowState(db, move)).toMatchObject({ state: 'delivered', attempts: 2 })
    expect(simDepartments(sim, members[6]!).department).toEqual([departments[11]])
    expect(sim.sentMessages().filter((m) => m.content === '盘点通知')).toHaveLength(0)
  })
})
