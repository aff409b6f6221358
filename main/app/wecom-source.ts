import { join } from 'node:path'
import type { Db } from '../db/connection'
import { copyHqMasterData } from '../demo/hq-master-data'
import type { DemoOptions } from '../demo/options'
import { SYNC_QUOTA_FRACTION } from '../sync'
import { WecomClient } from '../wecom/client'
import { createWecomSimulator, type WecomSimulator } from '../wecom-sim'
import type { WecomSettingsService } from '../wecom/settings/wecom-settings'

/**
 * Where WeCom data comes from: the configured corp, or — with no corp configured — the embedded
 * WeCom simulator serving the generated demo enterprise, so the demo runs through the real
 * client and sync path. The demo's WeCom runs on a 10× clock (token expiry, quota windows and
 * the 24-hour takeover pass ten times faster), so the first sync of 300,000 relations takes
 * seconds at WeCom's real per-minute quota.
 *
 * One client serves the sync and every interactive call, so they share one token bucket per
 * API: paced at SYNC_QUOTA_FRACTION of the quota together, never above it.
 */
export async function createWecomSource(deps: {
  db: Db
  dataDir: string
  settings: WecomSettingsService
  demo?: Partial<DemoOptions>
  /** e2e only: the demo simulator's test-lever token (see wecom-sim/control-route.ts). */
  simControlToken?: string | undefined
}) {
  let sim: WecomSimulator | null = null
  let client: WecomClient | null = null

  async function demoSimulator(): Promise<WecomSimulator> {
    sim ??= await createWecomSimulator({
      file: join(deps.dataDir, 'demo-wecom.sqlite'),
      demo: deps.demo ?? {},
      clock: { startAt: Date.now(), factor: 10 },
      controlToken: deps.simControlToken
    })
    copyHqMasterData(sim.db, deps.db)
    return sim
  }

  async function refresh(): Promise<void> {
    const conn = deps.settings.connection()
    if (conn) {
      const { corpId, baseUrl, secrets } = conn
      client = new WecomClient({ corpId, baseUrl, secrets, quotaFraction: SYNC_QUOTA_FRACTION })
      return
    }
    const s = await demoSimulator()
    client = new WecomClient({
      baseUrl: s.url,
      corpId: s.corp.corpId,
      secrets: { app: s.corp.appSecret, contacts: s.corp.contactsSecret },
      clock: s.clock,
      quotaFraction: SYNC_QUOTA_FRACTION
    })
  }

  await refresh()
  return {
    /** The client for the current settings; rebuilt after every settings change. */
    client: (): WecomClient => client!,
    source: (): 'demo' | 'wecom' => (deps.settings.connection() ? 'wecom' : 'demo'),
    /** The simulator always has both secrets; a real corp may lack the contacts one. */
    hasContactsSecret: (): boolean => {
      const conn = deps.settings.connection()
      return conn ? !!conn.secrets.contacts : true
    },
    refresh,
    /** The embedded simulator's address and corp id in demo mode (printed by the host). */
    simulator: (): { url: string; corpId: string } | null =>
      sim ? { url: sim.url, corpId: sim.corp.corpId } : null,
    close: async () => {
      await sim?.close()
    }
  }
}
export type WecomSource = Awaited<ReturnType<typeof createWecomSource>>
