/**
 * Worker-thread entry. Bundle it as its own entry (electron-vite: an extra main input, or a
 * `?modulePath` import) and start it with `new Worker(path)`; it serves one port for its life.
 */
import { parentPort } from 'node:worker_threads'
import { serveSolver } from './solve-host'

if (parentPort) serveSolver(parentPort)
