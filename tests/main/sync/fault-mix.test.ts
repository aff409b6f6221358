/**
 * A full sync under a seeded mix of faults, and under WeCom's own 45009 blocks, ends with the
 * cache of a fault-free sync; a run the client could not save resumes from its checkpoint.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { cacheDigest } from '../../../main/sync'
import type { SimCallEntry, WecomSimulator } from '../../../main/wecom-sim'
import { startSim, syncSetup, syncUntilOk } from './sync-harness'

const MINUTE = 60_000

/**
 * Calls answered with data while their API was blocked. A 45009 that is not inside a block
 * starts one of 60 s (the simulator's quotas here are per minute only).
 */
function servedInsideBlocks(entries: readonly SimCallEntry[]): SimCallEntry[] {
  const blockedUntil = new Map<string, number>()
  const bad: SimCallEntry[] = []
  for (const e of entries) {
    const until = blockedUntil.get(e.path) ?? 0
    if (e.errcode === 45009 && e.at >= until) blockedUntil.set(e.path, e.at + MINUTE)
    if (e.errcode === 0 && e.at < until) bad.push(e)
  }
  return bad
}

describe('full sync under mixed faults and quota blocks', () => {
  let cleanDigest = ''
  let sim: WecomSimulator

  beforeAll(async () => {
    sim = await startSim({}, { shared: true })
    const { db, engine } = syncSetup(sim)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    cleanDigest = cacheDigest(db)
  })

  it.each([1, 2, 3])('seeded mix %i: same cache as without faults', async (seed) => {
    sim.faults.clear()
    sim.faults.script(seed, { rate: 0.12, timeouts: true })
    const { db, engine } = syncSetup(sim)
    const runs = await syncUntilOk(engine)
    expect(runs.at(-1)?.outcome).toBe('ok')
    expect(cacheDigest(db)).toBe(cleanDigest)
    expect(sim.callLog.all().some((e) => e.fault !== null)).toBe(true)
  })

  it('45009 windows: waits them out, never served inside a block, same cache', async () => {
    sim.faults.clear()
    sim.callLog.clear()
    sim.configure({ quota: { perMinute: 20 } })
    try {
      const { db, engine } = syncSetup(sim)
      const summary = await engine.runNow().finished
      expect(summary.error).toBeNull()
      const log = sim.callLog.all()
      expect(log.filter((e) => e.errcode === 45009).length).toBeGreaterThan(0)
      expect(servedInsideBlocks(log)).toEqual([])
      expect(cacheDigest(db)).toBe(cleanDigest)
    } finally {
      sim.configure({ quota: { perMinute: 10_000 } })
    }
  })
})
