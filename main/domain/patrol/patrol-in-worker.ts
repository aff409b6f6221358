/**
 * The app side of a patrol job: one worker per job, progress streamed, an AbortSignal turned into
 * the shared cancel flag (the planner then returns the best plan so far), the worker ended after.
 */
import type { SpawnWorker } from '../../routing'
import type { PatrolPlan, PatrolProgress, PatrolRequest } from './model'
import type { PatrolJobReply, PatrolJobRequest } from './patrol-host'

export interface PatrolWorkerOptions {
  timeLimitMs?: number
  seed?: number
  signal?: AbortSignal
  onProgress?: (p: PatrolProgress) => void
}

export function planPatrolInWorker(spawn: SpawnWorker, request: PatrolRequest, options: PatrolWorkerOptions = {}): Promise<PatrolPlan> {
  const worker = spawn()
  const cancelFlag = new SharedArrayBuffer(4)
  const cancel = (): void => void Atomics.store(new Int32Array(cancelFlag), 0, 1)
  if (options.signal?.aborted) cancel()
  options.signal?.addEventListener('abort', cancel, { once: true })
  return new Promise<PatrolPlan>((resolve, reject) => {
    const finish = (): void => {
      options.signal?.removeEventListener('abort', cancel)
      void worker.terminate()
    }
    worker.on('message', (m: PatrolJobReply) => {
      if (m.type === 'patrol-progress') return options.onProgress?.(m.progress)
      finish()
      if (m.type === 'patrol-result') resolve(m.plan)
      else reject(new Error(m.message))
    })
    worker.on('error', (e) => {
      finish()
      reject(e)
    })
    worker.on('exit', (code) => reject(new Error(`patrol worker exited (code ${code}) without a plan`)))
    const req: PatrolJobRequest = { type: 'patrol', request, timeLimitMs: options.timeLimitMs, seed: options.seed, cancelFlag }
    worker.postMessage(req)
  })
}
