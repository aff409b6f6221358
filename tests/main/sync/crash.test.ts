/**
 * Crash safety: a child process runs the real engine against the simulator here in the parent
 * (so the simulator's state survives) and is killed with SIGKILL at seeded points: as a reply
 * is about to be sent (the crash between HTTP and commit) or a few ms after one (mid-write).
 * Restarted, it resumes (resumeIfInterrupted, as at app start-up) and must end with the cache of
 * an uninterrupted run.
 *
 * How the child runs TypeScript: plain node cannot load our extensionless TS imports, so the
 * child entry is bundled once with vite's build API (SSR mode: node built-ins and packages stay
 * imports) into node_modules/.cache, where `better-sqlite3` and `zod` resolve as usual.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../main/db/connection'
import { cacheDigest } from '../../../main/sync'
import { seededRandom } from '../../../main/wecom/client'
import type { SimResponseEvent, WecomSimulator } from '../../../main/wecom-sim'
import { bundleEntry } from '../../helpers/bundle-entry'
import { startSim, syncSetup, testCache } from './sync-harness'

const ROOT = join(import.meta.dirname, '../../..')
const BATCH = 'externalcontact/batch/get_by_user'
const CHILD = join(ROOT, 'node_modules/.cache/zhanggui-sync-crash-child/sync-crash-child.mjs')

const bundleChild = () => bundleEntry(join(import.meta.dirname, 'crash-child.ts'), 'sync-crash-child')

interface KillRule {
  when(reply: SimResponseEvent): boolean
  delayMs: number
}

interface ChildEnd {
  signal: NodeJS.Signals | null
  code: number | null
  stdout: string
  stderr: string
}

describe('crash and resume', () => {
  let sim: WecomSimulator
  let onResponse: ((e: SimResponseEvent) => void) | null = null
  let cleanDigest = ''
  let cleanBatchCalls = 0

  beforeAll(async () => {
    await bundleChild()
    // A smaller corp than the other files': each seed runs the child four times.
    sim = await startSim(
      {
        demo: { seed: 13, stores: 8, guides: 24, relations: 1200 },
        onResponse: (e) => onResponse?.(e)
      },
      { shared: true }
    )
    const { db, engine } = syncSetup(sim)
    const before = sim.callLog.count(BATCH)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    cleanBatchCalls = sim.callLog.count(BATCH) - before
    cleanDigest = cacheDigest(db)
  })

  /** Kill at [replies to let through, then ms to wait (-1: kill before the reply)]. */
  const afterReplies = ([replies, delayMs]: [number, number]): KillRule => {
    let seen = 0
    return { when: () => ++seen >= replies, delayMs }
  }

  /** Runs the child, SIGKILLed at the first reply `kill` picks (or never). */
  function runChild(file: string, kill: KillRule | null): Promise<ChildEnd> {
    const args = [CHILD, file, sim.url, sim.corp.corpId, sim.corp.appSecret]
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    onResponse = (e) => {
      if (!kill?.when(e)) return
      onResponse = null
      if (kill.delayMs < 0) child.kill('SIGKILL')
      else setTimeout(() => child.kill('SIGKILL'), kill.delayMs)
    }
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    return new Promise((resolve) => {
      child.on('close', (code, signal) => {
        onResponse = null
        resolve({ code, signal, stdout, stderr })
      })
    })
  }

  it.each([1, 2, 3])(
    'seed %i: SIGKILLed three times, ends with the uninterrupted cache',
    async (seed) => {
      const random = seededRandom(seed)
      const cache = testCache()
      const file = cache.name
      cache.close() // the child owns the file; it is reopened below to check
      let kills = 0
      for (let attempt = 0; attempt < 3; attempt++) {
        const replies = 1 + Math.floor(random() * 25)
        const delay = random() < 0.5 ? -1 : Math.floor(random() * 4)
        const end = await runChild(file, afterReplies([replies, delay]))
        if (end.signal === 'SIGKILL') kills++
        else expect(end.code, end.stderr).toBe(0)
      }
      const last = await runChild(file, null)
      expect(last.code, last.stderr).toBe(0)
      expect(JSON.parse(last.stdout.trim())).toEqual({ outcome: 'ok', error: null })
      expect(kills).toBeGreaterThan(0)
      const db = openDatabase(file)
      try {
        expect(cacheDigest(db)).toBe(cleanDigest)
      } finally {
        db.close()
      }
    }
  )

  it('SIGKILLed with several customer chunks in flight, resumes each chunk to the same cache', async () => {
    const cache = testCache()
    const file = cache.name
    cache.close()
    const watch = openDatabase(file)
    try {
      // Killed before a reply once the committed checkpoint has a chunk mid-way and one opened
      // with nothing committed yet (more chunks than lanes: it opened when another finished).
      const cursors = () => customersLanes(watch).map((lane) => lane[1])
      let atKill: unknown[] = []
      const killed = await runChild(file, {
        when: (e) => {
          if (e.path !== BATCH) return false
          atKill = cursors()
          return atKill.some((c) => c !== '') && atKill.some((c) => c === '')
        },
        delayMs: -1
      })
      expect(killed.signal).toBe('SIGKILL')
      expect(atKill.length).toBeGreaterThanOrEqual(2)
      expect(cursors().length).toBeGreaterThan(0) // still in flight: the kill came mid-entity
      const before = sim.callLog.count(BATCH)
      const last = await runChild(file, null)
      expect(last.code, last.stderr).toBe(0)
      expect(JSON.parse(last.stdout.trim())).toEqual({ outcome: 'ok', error: null })
      // Resumed after the committed pages, not started over.
      expect(sim.callLog.count(BATCH) - before).toBeLessThan(cleanBatchCalls)
    } finally {
      watch.close()
    }
    const db = openDatabase(file)
    try {
      expect(cacheDigest(db)).toBe(cleanDigest)
    } finally {
      db.close()
    }
  })
})

/** The chunks in flight ([chunk, cursor, key]) of the customers checkpoint in `db`. */
function customersLanes(db: Db): unknown[][] {
  const cursor = db
    .prepare<[], string | null>("SELECT cursor FROM sync_state WHERE entity = 'customers'")
    .pluck()
    .get()
  const lanes = cursor ? (JSON.parse(cursor) as { extra?: { lanes?: unknown } }).extra?.lanes : []
  return Array.isArray(lanes) ? (lanes as unknown[][]) : []
}
