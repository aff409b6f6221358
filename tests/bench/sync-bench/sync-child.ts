/**
 * The sync process of the benchmark: the real engine and client on a fresh cache file, syncing
 * from the simulator in the parent, so its peak RSS is the sync's alone and the simulator gets
 * the other core. Argv: one JSON ChildArgs. Prints one JSON ChildResult line.
 * Bundled by child-process.ts with vite's build API, since plain node cannot load our TS imports.
 */
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { createSyncEngine, DEFAULT_TUNING, type SyncTuning } from '../../../main/sync'
import { WecomClient } from '../../../main/wecom/client'
import { SimClock } from '../../../main/wecom-sim'
import type { SyncEntity, SyncRunSummary } from '../../../preload/contract/models'
import { rawInsertLoop, type RawLoopResult } from './raw-loop'

export interface ChildArgs {
  readonly cacheFile: string
  readonly url: string
  readonly corpId: string
  readonly secrets: { app: string; contacts: string }
  /** The simulator's clock read at `wallNow` (Date.now) in the parent, and its speed. */
  readonly simNow: number
  readonly wallNow: number
  readonly factor: number
  readonly quotaFraction: number
  readonly tuning?: Partial<SyncTuning>
  /** After the sync, time this many raw insert loops of the synced customer rows. */
  readonly rawLoops?: number
  /** Where the raw loops' fresh databases go (each removed after its loop). */
  readonly rawDir?: string
}

export interface ChildResult {
  readonly summary: SyncRunSummary
  readonly simMs: number
  readonly realMs: number
  /** Per entity: real ms inside its page transactions, their count, and the last one's ms. */
  readonly writes: Partial<Record<SyncEntity, { ms: number; pages: number; lastMs: number }>>
  /** Per entity: sim ms from its first to its last page commit. */
  readonly spans: Partial<Record<SyncEntity, number>>
  /** Share of the sync's real time this process's event loop was busy. */
  readonly busy: number
  /** VmHWM right after the sync (before the raw loop), bytes. */
  readonly peakRss: number
  readonly requests: number
  readonly raw: RawLoopResult[]
}

const args = JSON.parse(process.argv[2] ?? '') as ChildArgs
// The parent's simulator clock, continued here: same sim time, same speed.
const clock = new SimClock({
  startAt: args.simNow + (Date.now() - args.wallNow) * args.factor,
  factor: args.factor
})
const db = openDatabase(args.cacheFile)
const client = new WecomClient({
  baseUrl: args.url,
  corpId: args.corpId,
  secrets: args.secrets,
  clock,
  quotaFraction: args.quotaFraction
})
const writes: ChildResult['writes'] = {}
const seen: Partial<Record<SyncEntity, [number, number]>> = {}
const engine = createSyncEngine({
  db,
  client: () => client,
  events: { emit: () => undefined },
  now: () => clock.now(),
  tuning: { ...DEFAULT_TUNING, ...args.tuning },
  onPageWritten(entity, ms) {
    const w = (writes[entity] ??= { ms: 0, pages: 0, lastMs: 0 })
    w.ms += ms
    w.pages++
    w.lastMs = ms
    // Page commits, not progress events: the screen hears only the lead of overlapping entities.
    const at = clock.now()
    const span = (seen[entity] ??= [at, at])
    span[1] = at
  }
})

const simStart = clock.now()
const realStart = performance.now()
const elu = performance.eventLoopUtilization()
const summary = await engine.runNow().finished
const busy = performance.eventLoopUtilization(elu).utilization
const realMs = performance.now() - realStart
const simMs = clock.now() - simStart
const peakRss = vmHwm()
const raw: RawLoopResult[] = []
for (let i = 0; i < (args.rawLoops ?? 0); i++) {
  const file = join(args.rawDir ?? '.', `raw-${i}.sqlite`)
  raw.push(rawInsertLoop(db, file))
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
}
db.close()
clock.dispose()
const result: ChildResult = {
  summary,
  simMs,
  realMs,
  writes,
  busy,
  spans: Object.fromEntries(Object.entries(seen).map(([e, [a, b]]) => [e, b - a])),
  peakRss,
  requests: client.stats().requests,
  raw
}
// Exit now: fetch's idle keep-alive sockets would hold the process open for seconds.
process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0))

/** The process's peak resident set so far (Linux), else the current one. */
function vmHwm(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
    if (kb) return Number(kb) * 1024
  } catch {
    // not Linux: fall through
  }
  return process.memoryUsage.rss()
}
