import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, type Db } from '../db/connection'
import { createSettingRepo } from '../db/repos/setting-repo'
import type { DemoOptions } from '../demo/options'
import { createDispatch, type Dispatch } from '../rpc/dispatch'
import { createRoutes } from '../rpc/routes'
import { createSyncEngine, type SyncEngine } from '../sync'
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
}

export interface App {
  db: Db
  events: EventBus
  services: Services
  sync: SyncEngine
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
  const wecom = await createWecomSource({ db, dataDir: opts.dataDir, settings: wecomSettings, demo: opts.demo })
  const sync = createSyncEngine({ db, events, client: wecom.client, source: wecom.source })
  wecomSettings.onChange(() => void wecom.refresh())
  const services = createServices({ db, events, settingRepo, wecomSettings, wecom, sync })
  const dispatch = createDispatch(createRoutes(services), log)

  // A new cache, or a last run that failed or was cut short by quitting, syncs at once.
  if (!sync.resumeIfInterrupted() && sync.overview().lastRun?.outcome !== 'ok') sync.runNow()
  sync.start({ intervalMs: SYNC_INTERVAL_MS })
  return {
    db,
    events,
    services,
    sync,
    dispatch,
    simulator: wecom.simulator,
    close: async () => {
      await sync.shutdown()
      await wecom.close()
      db.close()
    }
  }
}
