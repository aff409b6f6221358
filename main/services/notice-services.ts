import { randomUUID } from 'node:crypto'
import type { EventBus } from '../app/event-bus'
import type { Db } from '../db/connection'
import type { AuditRepo } from '../db/repos/audit-repo'
import { createGuideRepo } from '../db/repos/guide-repo'
import { createNoticeAudienceRepo } from '../db/repos/notice-audience-repo'
import { createNoticeRepo } from '../db/repos/notice-repo'
import type { SettingRepo } from '../db/repos/setting-repo'
import type { OutboxWriter } from '../outbox/outbox-writer'
import { OPERATOR_SETTING_KEY } from './guide-services'
import { createNoticeRecipients } from './notice-recipients'
import { createNoticeService } from './notice-service'

export interface NoticeServicesDeps {
  db: Db
  events: EventBus
  audit: AuditRepo
  settings: SettingRepo
  outbox: Pick<OutboxWriter, 'enqueue'>
  /** The agentid message/send needs: the demo's, a real corp's from settings, or null. */
  agentId: () => number | null
  now: () => number
  newId?: () => string
}

/** Everything behind the 通知 screen, wired once. */
export function createNoticeServices(deps: NoticeServicesDeps) {
  const notices = createNoticeRepo(deps.db)
  const audiences = createNoticeAudienceRepo(deps.db)
  return createNoticeService({
    db: deps.db,
    notices,
    audiences,
    recipients: createNoticeRecipients({ guides: createGuideRepo(deps.db), notices, audiences }),
    audit: deps.audit,
    outbox: deps.outbox,
    events: deps.events,
    agentId: deps.agentId,
    actor: () => deps.settings.get<string>(OPERATOR_SETTING_KEY)?.trim() || 'HQ',
    now: deps.now,
    newId: deps.newId ?? randomUUID
  })
}
