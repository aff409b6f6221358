import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, type Db } from '../db/connection'
import { DEFAULT_DEMO, seedDemoEnterprise, type DemoOptions } from '../demo/seed'
import { createDispatch, type Dispatch } from '../rpc/dispatch'
import { createRoutes } from '../rpc/routes'
import { createEventBus, type EventBus } from './event-bus'
import { createServices, type Services } from './services'

export interface AppOptions {
  /** Folder for the cache database: the user's app-data folder, a temp folder in tests. */
  dataDir: string
  /** Scale of the demo enterprise seeded into an empty cache when no corp is configured. */
  demo?: Partial<DemoOptions>
  log?: { info(msg: string): void; error(msg: string, err: unknown): void }
}

export interface App {
  db: Db
  events: EventBus
  services: Services
  dispatch: Dispatch
  close(): void
}

/** Opens the cache, seeds the demo enterprise on first start, and wires the contract. */
export function openApp(opts: AppOptions): App {
  const log = opts.log ?? { info: console.log, error: console.error }
  mkdirSync(opts.dataDir, { recursive: true })
  const db = openDatabase(join(opts.dataDir, 'zhanggui.sqlite'))
  const seeded = seedDemoEnterprise(db, { ...DEFAULT_DEMO, ...opts.demo })
  if (seeded) log.info(`demo enterprise seeded: ${JSON.stringify(seeded)}`)
  const events = createEventBus()
  const services = createServices(db, events)
  const dispatch = createDispatch(createRoutes(services), log)
  return { db, events, services, dispatch, close: () => db.close() }
}
