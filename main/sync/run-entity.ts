/**
 * Runs one entity's job from its checkpoint to the end: each page and the next checkpoint land
 * in ONE transaction, and the last page's transaction also sweeps the rows the run did not see,
 * so an entity is never complete-but-unswept and a cancelled or failed entity sweeps nothing.
 */
import type { Db } from '../db/connection'
import type { SyncStateRepo } from '../db/repos/sync-state-repo'
import type { EntityJob } from './job'
import { unlessCancelled } from './sync-errors'
import { writeEntity, type StoredCheckpoint } from './sync-state'

export interface EntityRunDeps {
  readonly db: Db
  readonly state: SyncStateRepo
  readonly run: number
  readonly now: () => number
  readonly signal: AbortSignal
  /** After every page that landed. */
  readonly onPage: (checkpoint: StoredCheckpoint, total: number | null) => void
  /** Real ms each page's transaction took (write, checkpoint, commit); for benchmarks. */
  readonly onPageWritten?: ((entity: EntityJob['entity'], ms: number) => void) | undefined
}

/**
 * Resolves with the final checkpoint; rejects with SyncCancelled or the job's error, leaving the
 * last landed checkpoint in place. The caller records the failure.
 */
export async function runEntity(
  deps: EntityRunDeps,
  job: EntityJob,
  from: StoredCheckpoint
): Promise<StoredCheckpoint> {
  try {
    return await pages(deps, job, from)
  } finally {
    await job.stop?.()
  }
}

async function pages(
  deps: EntityRunDeps,
  job: EntityJob,
  from: StoredCheckpoint
): Promise<StoredCheckpoint> {
  const { db, state, run, signal } = deps
  let checkpoint = from
  writeEntity(state, job.entity, { status: 'running', checkpoint, total: job.total(), run })
  for (;;) {
    const step = await unlessCancelled(job.step(checkpoint), signal)
    const previous = checkpoint
    const writeStarted = performance.now()
    checkpoint = db.transaction((): StoredCheckpoint => {
      const rows = previous.rows + step.write()
      const total = job.total()
      if (step.next) {
        const next = { ...step.next, rows }
        writeEntity(state, job.entity, { status: 'running', checkpoint: next, total, run })
        return next
      }
      job.sweep()
      const end = { unit: total ?? previous.unit + 1, cursor: '', rows }
      const finishedAt = deps.now()
      writeEntity(state, job.entity, { status: 'done', checkpoint: end, total, run, finishedAt })
      return end
    })()
    deps.onPageWritten?.(job.entity, performance.now() - writeStarted)
    deps.onPage(checkpoint, job.total())
    if (!step.next) return checkpoint
  }
}
