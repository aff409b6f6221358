/**
 * The worker side: answers each solve request on a port with progress messages and one result.
 * A plain function of a port so it runs in a worker thread or, in tests, in-process.
 */
import { solveVrptw } from '../vrp/solve'
import type { PortLike, SolveReply, SolveRequest } from './protocol'

export function serveSolver(port: PortLike): void {
  port.on('message', (raw) => {
    const req = raw as SolveRequest
    if (req?.type !== 'solve') return
    const flag = new Int32Array(req.cancelFlag)
    const reply = (m: SolveReply): void => port.postMessage(m)
    try {
      const result = solveVrptw(req.problem, {
        seed: req.seed,
        timeLimitMs: req.timeLimitMs,
        maxIterations: req.maxIterations,
        signal: { get aborted() { return Atomics.load(flag, 0) === 1 } },
        onProgress: (progress) => reply({ type: 'progress', progress })
      })
      reply({ type: 'result', result })
    } catch (e) {
      reply({ type: 'error', message: e instanceof Error ? e.message : String(e) })
    }
  })
}
