import type { OutboxErrorInfo } from '../../preload/contract/models'
import type {
  NoticeAudienceDescription,
  NoticeDraft,
  NoticeFilter,
  NoticeHistoryItem,
  NoticePreview,
  NoticeSendResult,
  SavedAudience
} from '../../preload/contract/notice-models'
import type { EventBus } from '../app/event-bus'
import type { Db } from '../db/connection'
import type { AuditRepo } from '../db/repos/audit-repo'
import type { NoticeAudienceRepo } from '../db/repos/notice-audience-repo'
import { NOTICE_ENTITY, type NoticeRecord, type NoticeRepo } from '../db/repos/notice-repo'
import { chunkRecipients } from '../domain/notices/notice-chunks'
import { composeContent, contentProblem } from '../domain/notices/notice-content'
import { aggregateDelivery } from '../domain/notices/notice-delivery'
import { AppError } from '../errors'
import { englishFor } from '../outbox/outbox-errors'
import type { OutboxWriter } from '../outbox/outbox-writer'
import type { NoticeRecipients, ResolvedAudience } from './notice-recipients'

/** Shown before anything is written when no agentid is configured for a real corp. */
export const AGENT_ID_MISSING =
  '尚未配置发送消息所用应用的 AgentId，无法发送通知；请在「设置 → 企业微信」填写 AgentId 后再发送。'
/** How many recipients a preview names; the count is always exact. */
const SAMPLE_SIZE = 20
const TABLES = ['notice', 'sync_outbox', 'audit_log']

export interface NoticeServiceDeps {
  db: Db
  notices: NoticeRepo
  audiences: NoticeAudienceRepo
  recipients: NoticeRecipients
  audit: AuditRepo
  outbox: Pick<OutboxWriter, 'enqueue'>
  events: EventBus
  /** The self-built app's agentid message/send needs; null = not configured. */
  agentId: () => number | null
  actor: () => string
  now: () => number
  newId: () => string
}

/** 通知: preview, send (one transaction: notice + outbox chunks + audit), history, audiences. */
export function createNoticeService(deps: NoticeServiceDeps) {
  const { db, notices, audiences } = deps

  function prepare(draft: NoticeDraft) {
    const content = composeContent(draft.msgtype, draft.content, draft.dueDate)
    const problem = contentProblem(draft.content, content, draft.dueDate)
    const audience = deps.recipients.resolve(draft.audience)
    const blocked = problem ?? (deps.agentId() === null ? AGENT_ID_MISSING : null) ?? noRecipients(audience)
    return { content, audience, blocked }
  }

  function send(draft: NoticeDraft): NoticeSendResult {
    const { content, audience, blocked } = prepare(draft)
    if (blocked) throw new AppError(blocked === AGENT_ID_MISSING ? 'wecom-config' : 'invalid-input', blocked)
    const chunks = chunkRecipients(audience.recipients.map((r) => r.userid))
    const noticeId = db.transaction(() => enqueue(draft, content, audience, chunks))()
    deps.events.emit('db:changed', { tables: TABLES })
    return { noticeId, recipients: audience.recipients.length, chunks: chunks.length, excluded: audience.excluded.length }
  }

  /** Runs inside send's transaction: the notice, every chunk and the audit entry land together. */
  function enqueue(draft: NoticeDraft, content: string, audience: ResolvedAudience, chunks: string[][]): number {
    const at = deps.now()
    const actionId = deps.newId()
    const actor = deps.actor()
    const noticeId = notices.insert({
      action_id: actionId,
      created_at: at,
      actor,
      msgtype: draft.msgtype,
      content,
      due_date: draft.dueDate ?? null,
      audience: JSON.stringify(audience.description),
      recipient_count: audience.recipients.length,
      chunk_count: chunks.length
    })
    for (const touser of chunks) {
      deps.outbox.enqueue({
        command: { kind: 'message.send', touser, msgtype: draft.msgtype, content },
        entity: NOTICE_ENTITY,
        entityId: String(noticeId),
        actionId
      })
    }
    deps.audit.record({
      at,
      actor,
      action: 'notice.send',
      entity: NOTICE_ENTITY,
      entityId: String(noticeId),
      before: null,
      after: {
        msgtype: draft.msgtype,
        dueDate: draft.dueDate ?? null,
        audience: audience.description,
        recipients: audience.recipients.length,
        excluded: audience.excluded.length,
        chunks: chunks.length
      }
    })
    return noticeId
  }

  return {
    preview(draft: NoticeDraft): NoticePreview {
      const { content, audience, blocked } = prepare(draft)
      return {
        recipients: audience.recipients.length,
        chunks: chunkRecipients(audience.recipients).map((c) => c.length),
        sample: audience.recipients.slice(0, SAMPLE_SIZE),
        excluded: audience.excluded,
        content,
        blocked
      }
    },
    send,
    /** Newest first, with delivery read from the outbox rows at call time. */
    list(limit = 100): NoticeHistoryItem[] {
      return notices.recent(limit).map((r) => historyItem(r, notices))
    },
    audiences: (): SavedAudience[] => audiences.list(),
    saveAudience(name: string, filter: NoticeFilter): SavedAudience {
      const saved = audiences.save(name.trim(), filter, deps.now())
      deps.events.emit('db:changed', { tables: ['notice_audience'] })
      return saved
    },
    deleteAudience(id: number): { deleted: boolean } {
      const deleted = audiences.remove(id)
      deps.events.emit('db:changed', { tables: ['notice_audience'] })
      return { deleted }
    }
  }
}
export type NoticeService = ReturnType<typeof createNoticeService>

function noRecipients(a: ResolvedAudience): string | null {
  if (a.recipients.length > 0) return null
  return a.excluded.length > 0
    ? '所选成员均无法接收通知（未启用客户联系、已停用、未激活或已离职），请调整受众'
    : '所选受众中没有导购，请调整受众'
}

function historyItem(r: NoticeRecord, notices: NoticeRepo): NoticeHistoryItem {
  const chunks = notices.chunks(r.id)
  const d = aggregateDelivery(chunks)
  const names = notices.names([...d.invalid, ...d.unlicensed])
  const person = (userid: string) => ({ userid, name: names.get(userid) ?? null })
  return {
    id: r.id,
    createdAt: r.created_at,
    actor: r.actor,
    msgtype: r.msgtype,
    content: r.content,
    dueDate: r.due_date,
    audience: JSON.parse(r.audience) as NoticeAudienceDescription,
    recipientCount: r.recipient_count,
    delivery: { state: d.state, pending: d.pending, sent: d.sent, failed: d.failed },
    errors: notices.failures(r.id).map((f): OutboxErrorInfo => ({ code: f.code, zh: f.zh, en: englishFor(f.code) })),
    invalidUsers: d.invalid.map(person),
    unlicensedUsers: d.unlicensed.map(person)
  }
}
