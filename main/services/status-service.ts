import type { AppStatus } from '../../preload/contract/models'
import type { Db } from '../db/connection'
import type { SettingRepo } from '../db/repos/setting-repo'
import { LAST_RUN_SETTING_KEY } from '../sync'

/**
 * What the header shows: whose data this is, where it came from and how fresh it is.
 * Guides are the active members with 客户联系 enabled (WeCom's follow users); HQ's own 导购
 * mark comes with the guide screens.
 */
export function createStatusService(db: Db, settings: SettingRepo, source: () => 'demo' | 'wecom') {
  const counts = db.prepare<[], AppStatus['counts']>(`
    SELECT (SELECT count(*) FROM region WHERE removed_at IS NULL) AS regions,
           (SELECT count(*) FROM store WHERE removed_at IS NULL) AS stores,
           (SELECT count(*) FROM member WHERE is_follow_user = 1 AND status = 1 AND removed_at IS NULL) AS guides,
           (SELECT count(*) FROM external_contact WHERE removed_at IS NULL) AS customers,
           (SELECT count(*) FROM follow_relation WHERE removed_at IS NULL) AS relations`)
  return {
    get(): AppStatus {
      const lastRun = settings.get<{ finishedAt: number; outcome: string }>(LAST_RUN_SETTING_KEY)
      return {
        enterpriseName: settings.get<string>('enterprise.name') ?? '',
        source: source(),
        lastSyncedAt: lastRun?.outcome === 'ok' ? lastRun.finishedAt : null,
        counts: counts.get()!
      }
    }
  }
}
export type StatusService = ReturnType<typeof createStatusService>
