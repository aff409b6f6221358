/**
 * The app side: runs a solve in a worker so the main process never blocks, streams progress,
 * cancels through an AbortSignal, and terminates the worker when done.
 */
import type { Worker } from 'node:worker_threads'
import type { RoutingProblem, SolveOptions, SolveResult } from '../model'
import type { SolveReply, SolveRequest } from './protocol'

export type SpawnWorker = () => Worker

export interface WorkerSolveOptions extends Pick<SolveOptions, 'seed' | 'timeLimitMs' | 'maxIterations' | 'onProgress'> {
  signal?: AbortSignal
}

export function solveInWorker(spawn: SpawnWorker, problem: RoutingProblem, options: WorkerSolveOptions = {}): Promise<SolveResult> {
  const worker = spawn()
  const cancelFlag = new SharedArrayBuffer(4)
  const cancel = (): void => {
    Atomics.store(new Int32Array(cancelFlag), 0, 1)
  }
  if (options.signal?.aborted) cancel()
  options.signal?.addEventListener('abort', cancel, { once: true })
  return new Promise<SolveResult>((resolve, reject) => {
    const finish = (): void => {
      options.signal?.removeEventListener('abort', cancel)
      void worker.terminate()
    }
    worker.on('message', (m: SolveReply) => {
      if (m.type === 'progress') options.onProgress?.(m.progress)
      else {
        finish()
        if (m.type === 'result') resolve(m.result)
        else reject(new Error(m.message))
      }
    })
    worker.on('error', (e) => {
      finish()
      reject(e)
    })
    // A worker that dies without answering (out of memory, killed) must not leave the caller waiting.
    worker.on('exit', (code) => reject(new Error(`route solver worker exited (code ${code}) without a result`)))
    const req: SolveRequest = { type: 'solve', problem, seed: options.seed, timeLimitMs: options.timeLimitMs, maxIterations: options.maxIterations, cancelFlag }
    worker.postMessage(req)
  })
}
