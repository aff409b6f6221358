/**
 * Worker-thread entry, built by electron-vite as its own main entry (out/main/solve-worker.js,
 * next to index.js) and started with `new Worker(path)`; it serves one port for its life: plain
 * solves, and whole patrol plans (the planner calls the solver many times, all in this thread).
 */
import { parentPort } from 'node:worker_threads'
import { servePatrol } from '../../domain/patrol/patrol-host'
import { serveSolver } from './solve-host'

if (parentPort) {
  serveSolver(parentPort)
  servePatrol(parentPort)
}
