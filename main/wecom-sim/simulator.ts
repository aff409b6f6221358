/**
 * createWecomSimulator: the demo enterprise's WeCom server. Its truth is a SQLite database in
 * the cache schema (WeCom-shaped), seeded by seedDemoEnterprise, plus sim_* tables for what
 * only the server knows. It listens on 127.0.0.1 and answers /cgi-bin/<path> for every path in
 * WECOM_ENDPOINTS with WeCom's shapes, errcodes, limits and timing rules on its own clock.
 */
import { openDatabase, type Db } from '../db/connection'
import { seedDemoEnterprise, type DemoOptions } from '../demo/seed'
import { DEFAULT_DEMO } from '../demo/options'
import { seededRandom } from '../wecom/client/clock'
import { CallLog } from './call-log'
import { DEFAULT_SIM_SETTINGS, demoCorp, mergeSettings } from './config'
import type { SimCorp, SimSettings, SimSettingsPatch } from './config'
import { FaultInjector } from './faults'
import { GroupChats } from './group-chats'
import { assertControlToken } from './control-route'
import { startHttpServer, type SimResponseEvent } from './http-server'
import { Pipeline } from './pipeline'
import { InFlight, QuotaTracker, type SimQuotaUse } from './quota'
import { buildRoutes } from './routes'
import { SimClock, type SimClockOptions } from './sim-clock'
import { simControls, type SimControls } from './sim-controls'
import { backfillDepartures, ensureSimTables, readSeededAt } from './sim-schema'
import { SimState } from './state'
import { TokenStore } from './tokens'
import { TransferLedger } from './transfer-ledger'

export interface WecomSimulatorOptions extends SimSettingsPatch {
  /** An open database to serve (not closed by close()); else `file` is opened. */
  readonly db?: Db
  /** Database file for openDatabase. Default ':memory:'. */
  readonly file?: string
  /** Demo size and seed, used when the database is empty; false = never seed. */
  readonly demo?: Partial<DemoOptions> | false
  /** Seeds tokens, new ids, probabilistic faults and refusals. Default: the demo seed. */
  readonly seed?: number
  /** A clock to share, or options for a new one (default: starts at the demo's seed time). */
  readonly clock?: SimClock | SimClockOptions
  readonly corp?: Partial<SimCorp>
  /** Sees every JSON body before it is sent; tests validate them against the client schemas. */
  readonly onResponse?: (event: SimResponseEvent) => void
  /**
   * Serves the test levers at POST /__sim/control behind this bearer token (≥32 characters);
   * absent = no control path. See control-route.ts for why that is safe.
   */
  readonly controlToken?: string | undefined
  /** Call log entries kept (a ring). Default 100 000. */
  readonly callLogLimit?: number
}

export interface WecomSimulator extends SimControls {
  /** http://127.0.0.1:PORT/cgi-bin/ — the client's baseUrl. */
  readonly url: string
  readonly port: number
  readonly clock: SimClock
  readonly corp: SimCorp
  readonly db: Db
  readonly faults: FaultInjector
  readonly callLog: CallLog
  readonly settings: SimSettings
  /** Errors thrown by the simulator itself (bugs), with the URL they happened on. */
  readonly internalErrors: readonly { error: unknown; url: string }[]
  configure(patch: SimSettingsPatch): void
  /** Moves sim time forward and settles whatever became due. */
  advance(ms: number): void
  quotaUse(path: string): SimQuotaUse
  /** Most calls ever in flight on one API at once. */
  readonly peakInFlight: number
  close(): Promise<void>
}

export async function createWecomSimulator(
  options: WecomSimulatorOptions = {}
): Promise<WecomSimulator> {
  const ownsDb = options.db === undefined
  const db = options.db ?? openDatabase(options.file ?? ':memory:')
  try {
    return await start(db, ownsDb, options)
  } catch (error) {
    if (ownsDb) db.close()
    throw error
  }
}

/** The server's state and request pipeline, without the HTTP face. */
function buildServer(db: Db, options: WecomSimulatorOptions) {
  if (options.demo !== false) seedDemoEnterprise(db, options.demo ?? {})
  ensureSimTables(db)
  const seed = options.seed ?? (options.demo ? options.demo.seed : undefined) ?? DEFAULT_DEMO.seed
  const seededAt = readSeededAt(db)
  const clock =
    options.clock instanceof SimClock
      ? options.clock
      : new SimClock({ startAt: options.clock?.startAt ?? seededAt, factor: options.clock?.factor })
  backfillDepartures(db, seededAt ?? clock.now())
  const settings = mergeSettings(DEFAULT_SIM_SETTINGS, options)
  const sim = new SimState(
    db,
    clock,
    demoCorp(seed, options.corp),
    seed,
    settings,
    seededRandom(seed ^ 0x1d5)
  )
  const ledger = new TransferLedger(sim)
  const chats = new GroupChats(db)
  const settle = () => ({ customers: ledger.settleDue(), groups: chats.settleDue(clock.now()) })
  const quota = new QuotaTracker()
  const faults = new FaultInjector(seed)
  const tokens = new TokenStore(seededRandom(seed ^ 0x70c))
  const routes = buildRoutes(sim, ledger, chats)
  const pipeline = new Pipeline({ sim, tokens, quota, faults, routes, settle })
  return { sim, clock, settle, quota, faults, tokens, pipeline }
}

async function start(db: Db, ownsDb: boolean, options: WecomSimulatorOptions) {
  const { sim, clock, settle, quota, faults, tokens, pipeline } = buildServer(db, options)
  const ownsClock = !(options.clock instanceof SimClock)
  const inFlight = new InFlight()
  const callLog = new CallLog(options.callLogLimit)
  const internalErrors: { error: unknown; url: string }[] = []
  const controls = simControls(sim, tokens, settle)
  if (options.controlToken !== undefined) assertControlToken(options.controlToken)
  const server = await startHttpServer({
    pipeline,
    inFlight,
    log: callLog,
    clock,
    latencyMs: (path) => {
      const latency = sim.settings.latencyMs
      return typeof latency === 'function' ? latency(path) : latency
    },
    onResponse: options.onResponse,
    onInternalError: (error, url) => internalErrors.push({ error, url }),
    control: options.controlToken
      ? { token: options.controlToken, advance: (ms) => clock.advance(ms), controls }
      : null
  })
  const stopSettling = clock.onAdvance(() => settle())
  const simulator: WecomSimulator = {
    ...controls,
    url: `http://127.0.0.1:${server.port}/cgi-bin/`,
    port: server.port,
    clock,
    corp: sim.corp,
    db,
    faults,
    callLog,
    get settings() {
      return sim.settings
    },
    internalErrors,
    configure: (patch: SimSettingsPatch) => sim.configure(patch),
    advance: (ms: number) => clock.advance(ms),
    quotaUse: (path: string) => quota.use(path, clock.now()),
    get peakInFlight() {
      return inFlight.peak
    },
    close: async () => {
      stopSettling()
      await server.close()
      if (ownsClock) clock.dispose()
      if (ownsDb) db.close()
    }
  }
  return simulator
}
