import { describe, expect, it } from 'vitest'
import { cacheDigest } from '../../../main/sync'
import { SYNC_ENTITIES } from '../../../preload/contract/models'
import { startSim, syncSetup } from './sync-harness'
import { cacheView, MIRRORED_TABLES, orgView, truthView } from './wecom-view'

describe('full sync against the simulator', () => {
  it('mirrors what WeCom shows and maps departments to regions, stores and guides', async () => {
    const sim = await startSim()
    const { db, engine, client } = syncSetup(sim)
    const started = performance.now()
    const summary = await engine.runNow().finished
    const ms = performance.now() - started
    expect(summary.error).toBeNull()
    expect(summary.outcome).toBe('ok')
    for (const table of MIRRORED_TABLES) {
      const truth = truthView(sim.db, table)
      expect(truth.length, table).toBeGreaterThan(0)
      expect(cacheView(db, table), table).toEqual(truth)
    }
    const truthOrg = orgView(sim.db, 'm.status <> 5 AND m.removed_at IS NULL')
    expect(orgView(db, 'm.removed_at IS NULL')).toEqual(truthOrg)
    const requests = client.stats().requests
    console.info(
      `full sync: ${Math.round(ms)} ms, ${requests} requests, ${Math.round((requests / ms) * 1000)}/s`
    )
  })

  it('reports progress, finished and the tables each entity touched', async () => {
    const sim = await startSim()
    const { engine, events } = syncSetup(sim, { progressIntervalMs: 0 })
    const { runId, finished } = engine.runNow()
    const summary = await finished
    const finishedEvents = events.filter((e) => e.name === 'sync:finished')
    expect(finishedEvents).toEqual([{ name: 'sync:finished', payload: summary }])
    expect(summary.runId).toBe(runId)
    const progress = events.filter((e) => e.name === 'sync:progress').map((e) => e.payload)
    const reported = new Set(progress.map((p) => (p as { entity: string }).entity))
    // Groups overlap customers (SYNC_STAGES): the screen follows customers and hears of groups
    // only when they outlast them.
    expect(SYNC_ENTITIES.filter((e) => !reported.has(e) && e !== 'groups')).toEqual([])
    expect(progress.every((p) => (p as { runId: string }).runId === runId)).toBe(true)
    const changed = events
      .filter((e) => e.name === 'db:changed')
      .flatMap((e) => (e.payload as { tables: string[] }).tables)
    expect(new Set(changed)).toEqual(
      new Set([
        'department',
        'region',
        'store',
        'member',
        'member_department',
        'guide_store',
        'corp_tag_group',
        'corp_tag',
        'external_contact',
        'follow_relation',
        'follow_relation_tag',
        'group_chat'
      ])
    )
    const overview = engine.overview()
    expect(overview.running).toBe(false)
    expect(overview.lastRun).toEqual(summary)
    expect(overview.entities.map((e) => [e.entity, e.state, e.done === e.total])).toEqual(
      SYNC_ENTITIES.map((e) => [e, 'done', true])
    )
    expect(overview.quota.length).toBeGreaterThan(0)
    for (const e of overview.entities) expect(e.rows, e.entity).toBe(summary.rows[e.entity])
  })

  it('throttles progress to five events a second, plus one as each entity starts and stops', async () => {
    const sim = await startSim()
    let t = 0
    // Every read of the engine's clock moves it 10 ms, so pages come faster than 5 a second.
    const { engine, events } = syncSetup(sim, { now: () => (t += 10) })
    await engine.runNow().finished
    const progress = events.filter((e) => e.name === 'sync:progress').length
    const pages = engine.overview().entities.reduce((n, e) => n + e.done, 0)
    expect(progress).toBeLessThan(pages)
    expect(progress).toBeLessThanOrEqual(Math.ceil(t / 200) + 2 * SYNC_ENTITIES.length)
  })

  it('joins a second runNow to the run in progress', async () => {
    const sim = await startSim()
    const { engine, events } = syncSetup(sim)
    const first = engine.runNow()
    const second = engine.runNow()
    expect(second.runId).toBe(first.runId)
    expect(engine.overview().running).toBe(true)
    expect(await second.finished).toEqual(await first.finished)
    expect(events.filter((e) => e.name === 'sync:finished')).toHaveLength(1)
  })

  it('a second run over unchanged data changes nothing and removes nothing', async () => {
    const sim = await startSim()
    const { db, engine } = syncSetup(sim)
    await engine.runNow().finished
    const digest = cacheDigest(db)
    const second = await engine.runNow().finished
    expect(second.outcome).toBe('ok')
    expect(cacheDigest(db)).toBe(digest)
    const removed = db
      .prepare('SELECT count(*) FROM follow_relation WHERE removed_at IS NOT NULL')
      .pluck()
      .get()
    expect(removed).toBe(0)
  })
})
