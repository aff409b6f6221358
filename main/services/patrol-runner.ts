/**
 * Where a patrol job runs. In the app: a worker thread from the bundled `solve-worker.js` next to
 * the main bundle (electron-vite builds it as its own main entry), so the main process never
 * blocks. Where that file does not exist (tests under vitest run the TypeScript sources), the
 * planner runs in-process: it then cannot be cancelled mid-run, which tests do not need.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { planPatrol } from '../domain/patrol'
import { planPatrolInWorker, type PatrolWorkerOptions } from '../domain/patrol/patrol-in-worker'
import type { PatrolPlan, PatrolRequest } from '../domain/patrol'

export type PatrolRunner = (request: PatrolRequest, options: PatrolWorkerOptions) => Promise<PatrolPlan>

export function workerPatrolRunner(workerFile: string): PatrolRunner {
  return (request, options) => planPatrolInWorker(() => new Worker(workerFile), request, options)
}

export const inProcessPatrolRunner: PatrolRunner = async (request, options) => {
  await new Promise((r) => setImmediate(r)) // answer the plan request (job id) first
  return planPatrol(request, { ...options, signal: options.signal }).plan
}

/**
 * The bundled worker when running from the build output, otherwise in-process. This module may
 * land in a shared chunk (out/main/chunks/, code shared by the app and the browser host), so the
 * worker is looked for beside it and one folder up.
 */
export function defaultPatrolRunner(): PatrolRunner {
  const here = typeof __dirname === 'string' ? __dirname : null
  const file = here === null ? undefined : [here, join(here, '..')].map((d) => join(d, 'solve-worker.js')).find((f) => existsSync(f))
  return file === undefined ? inProcessPatrolRunner : workerPatrolRunner(file)
}
