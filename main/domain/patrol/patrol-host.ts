/**
 * The patrol planner behind the solver's worker port: the whole planning (patterns and every
 * day's solve) runs in the worker thread, so the main process only relays progress. Cancelling
 * shares a one-word flag, like the solver's own protocol (the loop never reads messages).
 */
import type { PortLike } from '../../routing/worker/protocol'
import type { PatrolPlan, PatrolProgress, PatrolRequest } from './model'
import { planPatrol } from './plan-patrol'

export interface PatrolJobRequest {
  type: 'patrol'
  request: PatrolRequest
  timeLimitMs?: number
  seed?: number
  /** Int32Array view: [0] becomes 1 to cancel. */
  cancelFlag: SharedArrayBuffer
}

export type PatrolJobReply =
  | { type: 'patrol-progress'; progress: PatrolProgress }
  | { type: 'patrol-result'; plan: PatrolPlan }
  | { type: 'patrol-error'; message: string }

export function servePatrol(port: PortLike): void {
  port.on('message', (raw) => {
    const req = raw as PatrolJobRequest
    if (req?.type !== 'patrol') return
    const flag = new Int32Array(req.cancelFlag)
    const reply = (m: PatrolJobReply): void => port.postMessage(m)
    try {
      const run = planPatrol(req.request, {
        seed: req.seed,
        timeLimitMs: req.timeLimitMs,
        signal: { get aborted() { return Atomics.load(flag, 0) === 1 } },
        onProgress: (progress) => reply({ type: 'patrol-progress', progress })
      })
      reply({ type: 'patrol-result', plan: run.plan })
    } catch (e) {
      reply({ type: 'patrol-error', message: e instanceof Error ? e.message : String(e) })
    }
  })
}
