import type { AppStatus } from '../../preload/contract/models'
import type { Db } from '../db/connection'
import type { SettingRepo } from '../db/repos/setting-repo'

/** What the header shows: whose data this is, where it came from and how fresh it is. */
export function createStatusService(db: Db, settings: SettingRepo) {
  const counts = db.prepare<[], AppStatus['counts']>(`
    SELECT (SELECT count(*) FROM region) AS regions,
           (SELECT count(*) FROM store) AS stores,
           (SELECT count(*) FROM member WHERE is_guide = 1 AND removed_at IS NULL) AS guides,
           (SELECT count(*) FROM external_contact WHERE removed_at IS NULL) AS customers,
           (SELECT count(*) FROM follow_relation WHERE removed_at IS NULL) AS relations`)
  return {
    get(): AppStatus {
      return {
        enterpriseName: settings.get<string>('enterprise.name') ?? '',
        source: settings.get<string>('wecom.corpId') ? 'wecom' : 'demo',
        lastSyncedAt: settings.get<number>('demo.seededAt') ?? null,
        counts: counts.get()!
      }
    }
  }
}
export type StatusService = ReturnType<typeof createStatusService>
