import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, type Db } from '../db/connection'
import { createSettingRepo } from '../db/repos/setting-repo'
import type { DemoOptions } from '../demo/options'
import { createOutboxWorker, type OutboxWorker } from '../outbox/outbox-worker'
import { createDispatch, type Dispatch } from '../rpc/dispatch'
import { createRoutes } from '../rpc/routes'
import { createSyncEngine, type SyncEngine } from '../sync'
import { demoCorp } from '../wecom-sim/config'
import { createMemorySecretStore, type SecretStore } from '../wecom/settings/secret-store'
import { createWecomSettings } from '../wecom/settings/wecom-settings'
import { createEventBus, type EventBus } from './event-bus'
import { createServices, type Services } from './services'
import { createWecomSource } from './wecom-source'

/** A sync runs this often while the app is open (and on start-up when the cache is new). */
const SYNC_INTERVAL_MS = 30 * 60_000

export interface AppOptions {
  /** Folder for the cache database: the user's app-data folder, a temp folder in tests. */
  dataDir: string
  /** The OS keychain in Electron; memory only (the default) in the browser host. */
  secrets?: SecretStore
  /** Scale of the demo enterprise the embedded simulator serves when no corp is configured. */
  demo?: Partial<DemoOptions>
  log?: { info(msg: string): void; error(msg: string, err: unknown): void }
  /** e2e only (loopback host): opens the demo simulator's test levers behind this token. */
  simControlToken?: string | undefined
}

export interface App {
  db: Db
  events: EventBus
  services: Services
  sync: SyncEngine
  /** Delivers local changes owed to WeCom (sync_outbox) to the active source. */
  outbox: OutboxWorker
  /** The demo WeCom simulator's address and corp id, or null with a real corp configured. */
  simulator(): { url: string; corpId: string } | null
  dispatch: Dispatch
  close(): Promise<void>
}

/**
 * Opens the cache, picks the WeCom source (a configured corp or the demo simulator), wires the
 * sync engine and the contract, and starts syncing: at once unless the last run completed,
 * then on a schedule.
 */
export async function openApp(opts: AppOptions): Promise<App> {
  const log = opts.log ?? { info: console.log, error: console.error }
  mkdirSync(opts.dataDir, { recursive: true })
  const db = openDatabase(join(opts.dataDir, 'zhanggui.sqlite'))
  const events = createEventBus()
  const settingRepo = createSettingRepo(db)
  const wecomSettings = createWecomSettings(settingRepo, opts.secrets ?? createMemorySecretStore())
  const wecom = await createWecomSource({ db, dataDir: opts.dataDir, settings: wecomSettings, demo: opts.demo, simControlToken: opts.simControlToken })
  const sync = createSyncEngine({ db, events, client: wecom.client, source: wecom.source })
  wecomSettings.onChange(() => void wecom.refresh())
  // message/send needs the app's agentid: the demo's is fixed, a real corp's comes from settings.
  const agentId = () => (wecom.source() === 'demo' ? demoCorp(0).agentId : wecomSettings.agentId())
  // Sends through wecom.client(), so it follows the active source (demo simulator by default).
  const outbox = createOutboxWorker({
    db,
    events,
    client: wecom.client,
    agentId,
    now: Date.now,
    log
  })
  const services = createServices({ db, events, settingRepo, wecomSettings, wecom, sync, outboxWorker: outbox, agentId })
  const dispatch = createDispatch(createRoutes(services), log)

  // A new cache, or a last run that failed or was cut short by quitting, syncs at once.
  if (!sync.resumeIfInterrupted() && sync.overview().lastRun?.outcome !== 'ok') sync.runNow()
  sync.start({ intervalMs: SYNC_INTERVAL_MS })
  outbox.start() // re-sends what a crash left in flight, then whatever is due
  return {
    db,
    events,
    services,
    sync,
    outbox,
    dispatch,
    simulator: wecom.simulator,
    close: async () => {
      await outbox.stop()
      await sync.shutdown()
      await wecom.close()
      db.close()
    }
  }
}
