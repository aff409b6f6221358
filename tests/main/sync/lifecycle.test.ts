/**
 * Cancel, failure, resume and schedule: a run stopped at any page continues from its last
 * checkpoint and ends with the cache of an uninterrupted run; nothing is swept by an entity
 * that did not complete.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../../main/db/connection'
import { cacheDigest, type SyncEngineOptions, type SyncTimers } from '../../../main/sync'
import type { SimResponseEvent, WecomSimulator } from '../../../main/wecom-sim'
import { startSim, syncSetup, TEST_TUNING } from './sync-harness'

const BATCH = 'externalcontact/batch/get_by_user'

/** A relation WeCom never returns: the sweep of a completed customers entity removes it. */
function plantStaleRelation(db: Db): void {
  db.prepare(
    `INSERT INTO follow_relation (userid, external_userid, add_way, created_at, synced_at)
    VALUES ('ghost', 'wmGHOST', 0, 0, 1)`
  ).run()
}
const ghostRemoved = (db: Db) =>
  db
    .prepare("SELECT removed_at IS NOT NULL FROM follow_relation WHERE userid = 'ghost'")
    .pluck()
    .get()

describe('cancel, failure and resume', () => {
  let sim: WecomSimulator
  let onResponse: ((e: SimResponseEvent) => void) | null = null
  let cleanDigest = ''
  let cleanBatchCalls = 0

  beforeAll(async () => {
    sim = await startSim({ onResponse: (e) => onResponse?.(e) }, { shared: true })
    const { db, engine } = syncSetup(sim)
    plantStaleRelation(db)
    const before = sim.callLog.count(BATCH)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    cleanBatchCalls = sim.callLog.count(BATCH) - before
    cleanDigest = cacheDigest(db)
  })

  it('cancel mid-customers: state cancelled, nothing swept, the next run resumes to the same cache', async () => {
    const { db, engine } = syncSetup(sim)
    plantStaleRelation(db)
    const before = sim.callLog.count(BATCH)
    let seen = 0
    onResponse = (e) => {
      if (e.path === BATCH && ++seen === 15) engine.cancel()
    }
    const cancelled = await engine.runNow().finished
    onResponse = null
    expect(cancelled.outcome).toBe('cancelled')
    expect(cancelled.error?.code).toBe('cancelled')
    const states = Object.fromEntries(engine.overview().entities.map((e) => [e.entity, e.state]))
    expect(states).toEqual({
      departments: 'done',
      members: 'done',
      followUsers: 'done',
      tags: 'done',
      customers: 'cancelled',
      // Groups run alongside customers (SYNC_STAGES): the cancel stops them too, or they are done.
      groups: expect.stringMatching(/^(cancelled|done)$/)
    })
    expect(engine.overview().entities.find((e) => e.entity === 'customers')?.lastError).toBeNull()
    expect(ghostRemoved(db)).toBe(0)
    expect(engine.resumeIfInterrupted()).toBeNull() // a cancel is the operator's choice

    const resumed = await engine.runNow().finished
    expect(resumed.outcome).toBe('ok')
    expect(ghostRemoved(db)).toBe(1)
    expect(cacheDigest(db)).toBe(cleanDigest)
    // Resumed, not restarted: only pages fetched but not committed at the cancel (buffered or
    // in flight, at most twice a commit's worth) are fetched twice; a restart would refetch 15.
    const uncommitted = 2 * TEST_TUNING.customerPagesPerCommit
    expect(sim.callLog.count(BATCH) - before).toBeLessThanOrEqual(cleanBatchCalls + uncommitted)
  })

  it('a resume whose units moved (follow users changed) starts the entity over, losing nothing', async () => {
    // Cancel once a chunk of follow users is complete and others are in flight: the checkpoint
    // names the chunks in flight by their first follow user.
    let armed = true
    const stopAfterChunk: SyncEngineOptions['events'] = {
      emit: (name, payload) => {
        const p = payload as { entity?: string; done?: number; total?: number }
        if (!armed || name !== 'sync:progress' || p.entity !== 'customers') return
        if (!p.done || p.done === p.total) return
        armed = false
        engine.cancel()
      }
    }
    const { db, engine } = syncSetup(sim, { events: stopAfterChunk, progressIntervalMs: 0 })
    expect((await engine.runNow().finished).outcome).toBe('cancelled')
    // The first follow user drops out, so every later chunk of ten starts one user further on.
    db.prepare(
      `UPDATE member SET is_follow_user = 0 WHERE userid =
        (SELECT min(userid) FROM member WHERE is_follow_user = 1)`
    ).run()
    const before = sim.callLog.count(BATCH)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    const calls = sim.callLog.count(BATCH) - before
    // Every follow user's relations are live in the cache, as many as WeCom has.
    const followUsers = db
      .prepare('SELECT userid FROM member WHERE is_follow_user = 1 AND removed_at IS NULL')
      .pluck()
      .all() as string[]
    const count = (from: Db, live: string) =>
      followUsers.map((u) =>
        from
          .prepare(`SELECT count(*) FROM follow_relation WHERE userid = ? AND ${live}`)
          .pluck()
          .get(u)
      )
    expect(count(db, 'removed_at IS NULL')).toEqual(count(sim.db, 'removed_at IS NULL'))
    expect(calls).toBeGreaterThanOrEqual(cleanBatchCalls - 2)
  })

  it('a WeCom error fails the entity with a zh message; the next run resumes from its checkpoint', async () => {
    const { db, engine } = syncSetup(sim)
    plantStaleRelation(db)
    const rule = sim.faults.add({ path: BATCH, kind: 'errcode', code: 60011, nth: [4] })
    const failed = await engine.runNow().finished
    sim.faults.remove(rule)
    expect(failed.outcome).toBe('failed')
    expect(failed.error?.code).toBe('60011')
    expect(failed.error?.message).toMatch(/[\u4e00-\u9fff]/)
    const customers = engine.overview().entities.find((e) => e.entity === 'customers')
    expect(customers).toMatchObject({ state: 'failed', lastError: failed.error })
    expect(ghostRemoved(db)).toBe(0)

    const departmentCalls = sim.callLog.count('department/list')
    const resumed = await engine.runNow().finished
    expect(resumed.outcome).toBe('ok')
    expect(sim.callLog.count('department/list')).toBe(departmentCalls) // done entities are not redone
    expect(cacheDigest(db)).toBe(cleanDigest)
  })

  it('resumeIfInterrupted continues a run a dead process left running', async () => {
    const { db, engine } = syncSetup(sim)
    plantStaleRelation(db)
    let seen = 0
    onResponse = (e) => {
      if (e.path === BATCH && ++seen === 3) engine.cancel()
    }
    await engine.runNow().finished
    onResponse = null
    // What a killed process leaves behind: the run and the entity still 'running'.
    db.prepare(
      "UPDATE sync_state SET status = 'running', last_error = NULL WHERE entity IN ('run', 'customers')"
    ).run()
    expect(engine.overview().entities.find((e) => e.entity === 'customers')?.state).toBe('idle')
    const handle = engine.resumeIfInterrupted()
    expect(handle).not.toBeNull()
    expect((await handle!.finished).outcome).toBe('ok')
    expect(cacheDigest(db)).toBe(cleanDigest)
    expect(engine.resumeIfInterrupted()).toBeNull()
  })
})

describe('schedule', () => {
  it('runs every interval while started, with nextRunAt in the overview', async () => {
    const sim = await startSim()
    const armed: { run: () => void; ms: number; cleared: boolean }[] = []
    const timers: SyncTimers = {
      setTimeout: (run, ms) => {
        const timer = { run, ms, cleared: false }
        armed.push(timer)
        return timer
      },
      clearTimeout: (handle) => void ((handle as { cleared: boolean }).cleared = true)
    }
    const { engine, events } = syncSetup(sim, { timers, now: () => 50_000 })
    expect(engine.overview().nextRunAt).toBeNull()
    engine.start({ intervalMs: 600_000 })
    expect(engine.overview().nextRunAt).toBe(650_000)
    expect(armed).toHaveLength(1)
    armed[0]!.run()
    expect(engine.overview().running).toBe(true)
    expect(armed).toHaveLength(2) // the next tick is armed at once
    await engine.current()?.finished
    expect(events.filter((e) => e.name === 'sync:finished')).toHaveLength(1)
    engine.stop()
    expect(armed[1]!.cleared).toBe(true)
    expect(engine.overview().nextRunAt).toBeNull()
  })
})

describe('safety', () => {
  it('an empty department tree (wrong visible range) fails instead of sweeping the directory', async () => {
    const sim = await startSim()
    const { db, engine } = syncSetup(sim)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    sim.configure({ visibleDepartments: [] })
    const failed = await engine.runNow().finished
    expect(failed.outcome).toBe('failed')
    expect(failed.error?.code).toBe('wecom-config')
    expect(failed.error?.message).toContain('可见范围')
    const removed = db.prepare('SELECT count(*) FROM member WHERE removed_at IS NOT NULL').pluck()
    expect(removed.get()).toBe(0)
  })
})
