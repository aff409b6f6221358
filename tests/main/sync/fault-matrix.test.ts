/**
 * A full sync under each injected fault alone ends with the same cache as a fault-free sync:
 * the client absorbs what it can (token refresh, retries, pauses), and the engine never writes
 * a page it did not fully receive.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { cacheDigest } from '../../../main/sync'
import type { FaultRule, WecomSimulator } from '../../../main/wecom-sim'
import { startSim, syncSetup } from './sync-harness'

const BATCH = 'externalcontact/batch/get_by_user'

const CASES: { name: string; rules: FaultRule[] }[] = [
  { name: '42001 mid-paging', rules: [{ path: BATCH, kind: 'errcode', code: 42001, nth: [5] }] },
  { name: '40014 mid-paging', rules: [{ path: BATCH, kind: 'errcode', code: 40014, nth: [7] }] },
  { name: '45033', rules: [{ path: '*', kind: 'errcode', code: 45033, every: 9 }] },
  {
    name: '-1 bursts',
    rules: [{ path: '*', kind: 'errcode', code: -1, nth: [6, 7, 8, 40, 41, 42] }]
  },
  { name: 'timeouts', rules: [{ path: '*', kind: 'timeout', nth: [12, 60] }] },
  { name: 'truncated bodies', rules: [{ path: '*', kind: 'truncate', every: 11 }] },
  { name: 'a 500 from a proxy', rules: [{ path: '*', kind: 'http500', every: 13 }] },
  { name: 'connection resets', rules: [{ path: '*', kind: 'reset', nth: [3, 30, 31] }] }
]

describe('full sync under one injected fault', () => {
  let cleanDigest = ''
  // One simulator for all cases (reads leave its state alone); each case gets a fresh cache,
  // client and fault rules.
  let sim: WecomSimulator

  beforeAll(async () => {
    sim = await startSim({}, { shared: true })
    const { db, engine } = syncSetup(sim)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    cleanDigest = cacheDigest(db)
  })

  it.each(CASES)('$name: same cache as without faults, in one run', async ({ rules }) => {
    sim.faults.clear()
    const ids = sim.faults.addAll(rules)
    const { db, engine } = syncSetup(sim)
    const summary = await engine.runNow().finished
    expect(summary.error).toBeNull()
    expect(ids.reduce((n, id) => n + sim.faults.fired(id), 0)).toBeGreaterThan(0)
    expect(cacheDigest(db)).toBe(cleanDigest)
  })
})
