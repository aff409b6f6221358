/**
 * The process the outbox crash test kills. argv: mode, cache file, base URL, corp id, app secret,
 * contacts secret, agentid, plan (JSON EnqueueInput[]), hold ms.
 * 'enqueue': each planned command is enqueued in one transaction with its local write (an
 * audit row, as a service does), then it prints "enqueued", holds, and delivers.
 * 'deliver': start-up after a crash: recover rows left in flight, deliver until nothing is due.
 * Prints one JSON line with the outbox's counts at the end. Bundled by crash.test.ts.
 */
import { createEventBus } from '../../../main/app/event-bus'
import { openDatabase } from '../../../main/db/connection'
import { createAuditRepo } from '../../../main/db/repos/audit-repo'
import { createOutboxReader } from '../../../main/outbox/outbox-reader'
import { createOutboxWorker } from '../../../main/outbox/outbox-worker'
import { createOutboxWriter, type EnqueueInput } from '../../../main/outbox/outbox-writer'
import { WecomClient } from '../../../main/wecom/client'

const [mode, file, baseUrl, corpId, app, contacts, agentId, plan, hold] = process.argv.slice(2)
if (!mode || !file || !baseUrl || !corpId || !app || !contacts || !agentId || !plan || !hold) {
  throw new Error('usage: crash-child <mode> <db> <url> <corpId> <app> <contacts> <agentid> <plan> <holdMs>')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const db = openDatabase(file)
const client = new WecomClient({
  baseUrl,
  corpId,
  secrets: { app, contacts },
  timeoutMs: 2000,
  retry: { maxRetries: 0 }
})
const worker = createOutboxWorker({
  db,
  events: createEventBus(),
  client: () => client,
  agentId: () => Number(agentId),
  now: Date.now,
  tuning: { baseDelayMs: 10, maxDelayMs: 50 }
})
const reader = createOutboxReader(db)

if (mode === 'enqueue') {
  const writer = createOutboxWriter(db, Date.now)
  const audit = createAuditRepo(db)
  for (const input of JSON.parse(plan) as EnqueueInput[]) {
    db.transaction(() => {
      const { entity, entityId, command } = input
      audit.record({ at: Date.now(), actor: 'hq', action: command.kind, entity, entityId, before: null, after: { ...command } })
      writer.enqueue(input)
    })()
  }
  process.stdout.write('enqueued\n')
  await sleep(Number(hold))
}

worker.recoverInterrupted()
for (let pass = 0; pass < 200 && (reader.summary().pending > 0 || pass === 0); pass++) {
  await worker.runDue()
  await sleep(20) // transient failures come due again after their (short) backoff
}
const summary = reader.summary()
db.close()
// Exit now: fetch's idle keep-alive sockets would hold the process open for seconds.
process.stdout.write(`${JSON.stringify(summary)}\n`, () => process.exit(0))
