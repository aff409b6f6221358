/**
 * The process the crash test kills: the real engine and client on a cache file, syncing from
 * the simulator in the parent (argv: cache file, base URL, corp id, app secret). It resumes an
 * interrupted run as the app does at start-up, and prints one JSON line when the run ends.
 * Bundled by crash.test.ts with vite's build API, since plain node cannot load our TS imports.
 */
import { openDatabase } from '../../../main/db/connection'
import { createSyncEngine } from '../../../main/sync'
import { WecomClient, type Clock } from '../../../main/wecom/client'
import { TEST_TUNING } from './test-tuning'

const [file, baseUrl, corpId, app] = process.argv.slice(2)
if (!file || !baseUrl || !corpId || !app)
  throw new Error('usage: crash-child <db> <url> <corpId> <secret>')

// Pacing and backoff sleeps take no real time; the simulator keeps its own clock.
let virtual = Date.now()
const clock: Clock = {
  now: () => virtual,
  sleep: (ms) => {
    virtual += Math.max(0, ms)
    return new Promise((resolve) => setImmediate(resolve))
  }
}

const db = openDatabase(file)
const client = new WecomClient({ baseUrl, corpId, secrets: { app }, clock, timeoutMs: 2000 })
const engine = createSyncEngine({
  db,
  client: () => client,
  events: { emit: () => undefined },
  tuning: TEST_TUNING
})
const handle = engine.resumeIfInterrupted() ?? engine.runNow()
const summary = await handle.finished
db.close()
// Exit now: fetch's idle keep-alive sockets would hold the process open for seconds.
process.stdout.write(
  `${JSON.stringify({ outcome: summary.outcome, error: summary.error })}\n`,
  () => process.exit(0)
)
