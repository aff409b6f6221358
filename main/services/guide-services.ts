import { randomUUID } from 'node:crypto'
import type { EventBus } from '../app/event-bus'
import type { Db } from '../db/connection'
import type { AuditRepo } from '../db/repos/audit-repo'
import { createGuideActionRepo } from '../db/repos/guide-action-repo'
import { createGuideRepo } from '../db/repos/guide-repo'
import { createGuideStateRepo } from '../db/repos/guide-state-repo'
import { createGuideStatsRepo } from '../db/repos/guide-stats-repo'
import { createGuideStoreSummaryRepo } from '../db/repos/guide-store-summary-repo'
import type { SettingRepo } from '../db/repos/setting-repo'
import { createGuideBulkService } from './guide-bulk-service'
import { createGuideImport } from './guide-import'
import { createGuidePreviewStore } from './guide-preview-store'
import { createGuideService } from './guide-service'
import { keepGuideStatsFresh } from './guide-stats-refresh'
import type { MemberOutbox, MemberOutboxStatus } from './guide-writeback'

/** Setting key of the local operator's name, written into the audit log. */
export const OPERATOR_SETTING_KEY = 'operator.name'
const DEFAULT_ACTOR = 'HQ'

export interface GuideServicesDeps {
  db: Db
  events: EventBus
  audit: AuditRepo
  settings: SettingRepo
  /**
   * The outbox's writer; null keeps store changes local (tests). The reader is no longer read:
   * guide_view carries each guide's write-back state (migration 0090).
   */
  outbox: { writer: MemberOutbox; reader?: MemberOutboxStatus } | null
  now: () => number
  newId?: () => string
}

/** Everything behind the 导购 screen, wired once; stats stay fresh through the event bus. */
export function createGuideServices(deps: GuideServicesDeps) {
  const { db, events, now } = deps
  const newId = deps.newId ?? randomUUID
  const states = createGuideStateRepo(db)
  const previews = createGuidePreviewStore(now, newId)
  keepGuideStatsFresh(events, createGuideStatsRepo(db), now)
  const bulk = createGuideBulkService({
    db,
    states,
    actions: createGuideActionRepo(db),
    audit: deps.audit,
    previews,
    outbox: deps.outbox?.writer ?? null,
    events,
    now,
    newId,
    actor: () => deps.settings.get<string>(OPERATOR_SETTING_KEY)?.trim() || DEFAULT_ACTOR
  })
  return {
    read: createGuideService({
      guides: createGuideRepo(db),
      states,
      storeSummary: createGuideStoreSummaryRepo(db),
      now
    }),
    bulk,
    import: createGuideImport({ states, previews })
  }
}
export type GuideServices = ReturnType<typeof createGuideServices>
