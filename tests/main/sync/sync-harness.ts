/**
 * Sync tests run the real engine and the real WeCom client against the real simulator on
 * 127.0.0.1. The simulator's clock is frozen and the client's clock moves it forward whenever
 * the client sleeps (pacing, backoff, 45009 pauses), so minutes of waiting pass instantly while
 * the simulator sees the same time the client does.
 */
import { afterAll, afterEach } from 'vitest'
import { createEventBus } from '../../../main/app/event-bus'
import type { Db } from '../../../main/db/connection'
import { createSyncEngine, type SyncEngineOptions } from '../../../main/sync'
import {
  seededRandom,
  WecomClient,
  type Clock,
  type FetchLike,
  type WecomClientConfig
} from '../../../main/wecom/client'
import {
  createWecomSimulator,
  type SimClock,
  type WecomSimulator,
  type WecomSimulatorOptions
} from '../../../main/wecom-sim'
import type { EventMap, EventName } from '../../../preload/contract/ipc'
import type { SyncRunSummary } from '../../../preload/contract/models'
import { createTestDb } from '../../helpers/test-db'
import { TEST_TUNING } from './test-tuning'

/** Small enough for a fast suite, big enough for several pages and chunks per entity. */
export const SYNC_DEMO = { seed: 11, stores: 12, guides: 40, relations: 3000 } as const

export { TEST_TUNING } from './test-tuning'

const cleanups: (() => unknown)[] = []
const fileCleanups: (() => unknown)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

afterAll(async () => {
  for (const cleanup of fileCleanups.splice(0).reverse()) await cleanup()
})

/** A simulator closed after the test, or after the file when `shared`. */
export async function startSim(
  options: WecomSimulatorOptions = {},
  { shared = false } = {}
): Promise<WecomSimulator> {
  const sim = await createWecomSimulator({ demo: SYNC_DEMO, clock: { factor: 0 }, ...options })
  ;(shared ? fileCleanups : cleanups).push(() => sim.close())
  return sim
}

/**
 * A Clock over the simulator's frozen clock: when nothing is on the wire, the earliest sleeper
 * wakes and the clock jumps to its time. Waiting for the wire matters: a reply in flight must
 * arrive at the time it was answered, not an hour later (the client would take a late 45009
 * for a new breach).
 */
export function drivingClock(simClock: SimClock, onWire: () => number): Clock {
  const timers: { at: number; resolve: () => void }[] = []
  let scheduled = false
  const fire = () => {
    scheduled = false
    if (onWire() > 0) return schedule(true)
    timers.sort((a, b) => a.at - b.at)
    const next = timers.shift()
    if (!next) return
    if (next.at > simClock.now()) simClock.advance(next.at - simClock.now())
    next.resolve()
    if (timers.length > 0) schedule()
  }
  const schedule = (later = false) => {
    if (scheduled) return
    scheduled = true
    if (later) setTimeout(fire, 1)
    else setImmediate(fire)
  }
  return {
    now: () => simClock.now(),
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        timers.push({ at: simClock.now() + Math.max(0, ms), resolve })
        schedule()
      })
  }
}

/** global fetch, counting requests whose reply has not been read yet. */
function countingFetch(): { fetch: FetchLike; onWire: () => number } {
  let open = 0
  const fetch: FetchLike = async (url, init) => {
    open++
    let response: Response
    try {
      response = await globalThis.fetch(url, init)
    } catch (error) {
      open--
      throw error
    }
    return {
      status: response.status,
      text: () => response.text().finally(() => open--)
    }
  }
  return { fetch, onWire: () => open }
}

export function simClient(
  sim: WecomSimulator,
  config: Partial<WecomClientConfig> = {}
): WecomClient {
  const { fetch, onWire } = countingFetch()
  return new WecomClient({
    baseUrl: sim.url,
    corpId: sim.corp.corpId,
    secrets: { app: sim.corp.appSecret, contacts: sim.corp.contactsSecret },
    clock: drivingClock(sim.clock, onWire),
    fetch,
    random: seededRandom(5),
    timeoutMs: 250,
    ...config
  })
}

export function testCache(): Db {
  const cache = createTestDb()
  cleanups.push(cache.cleanup)
  return cache.db
}

export interface RecordedEvent {
  name: EventName
  payload: EventMap[EventName]
}

/** An engine on a fresh cache (or `db`) syncing from `sim`; events are recorded. */
export function syncSetup(
  sim: WecomSimulator,
  options: Partial<SyncEngineOptions> & { db?: Db; client?: WecomClient } = {}
) {
  const db = options.db ?? testCache()
  const client = options.client ?? simClient(sim)
  const events: RecordedEvent[] = []
  const bus = createEventBus()
  bus.subscribe((name, payload) => events.push({ name, payload }))
  const engine = createSyncEngine({
    db,
    events: bus,
    tuning: TEST_TUNING,
    ...options,
    client: () => client
  })
  cleanups.push(() => engine.shutdown())
  return { db, client, engine, events }
}

/** Runs until a run ends 'ok' (a failed run resumes from its checkpoint); all summaries. */
export async function syncUntilOk(
  engine: ReturnType<typeof createSyncEngine>,
  maxRuns = 6
): Promise<SyncRunSummary[]> {
  const summaries: SyncRunSummary[] = []
  for (let i = 0; i < maxRuns; i++) {
    const summary = await engine.runNow().finished
    summaries.push(summary)
    if (summary.outcome === 'ok') return summaries
  }
  throw new Error(`no ok run in ${maxRuns}: ${JSON.stringify(summaries.map((s) => s.error))}`)
}
