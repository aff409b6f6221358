/**
 * Messages between the app and the solver worker. Cancellation does not travel as a message: the
 * worker is busy in a synchronous loop and would read it only after finishing, so the caller
 * shares a one-word SharedArrayBuffer that the solver polls.
 */
import type { RoutingProblem, SolveProgress, SolveResult } from '../model'

export interface SolveRequest {
  type: 'solve'
  problem: RoutingProblem
  seed?: number
  timeLimitMs?: number
  maxIterations?: number
  /** Int32Array view of it: [0] becomes 1 to cancel. */
  cancelFlag: SharedArrayBuffer
}

export type SolveReply =
  | { type: 'progress'; progress: SolveProgress }
  | { type: 'result'; result: SolveResult }
  | { type: 'error'; message: string }

/** The part of MessagePort / parentPort the protocol needs, so tests can use a MessageChannel. */
export interface PortLike {
  postMessage(message: unknown): void
  on(event: 'message', listener: (message: unknown) => void): unknown
}
