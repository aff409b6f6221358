/**
 * The 通知 (notices to guides) shapes that cross the bridge. main resolves audiences against the
 * cache, chunks them for message/send and reads delivery back from the outbox; the renderer only
 * reads these. Epoch ms for times.
 */
import type { GuideStatus, OutboxErrorInfo } from './models'

/** A saved or ad-hoc guide filter: the 导购 grid's region / store / tag / status filters. */
export interface NoticeFilter {
  regionIds?: string[]
  storeIds?: string[]
  tags?: string[]
  statuses?: GuideStatus[]
}

/** Who a notice goes to: explicit members (a grid selection), a filter, or a saved audience. */
export type NoticeAudience =
  | { kind: 'userids'; userids: string[] }
  | { kind: 'filter'; filter: NoticeFilter }
  | { kind: 'saved'; audienceId: number }

/** text or markdown; a task is a notice with a due-date line WeCom shows like any other. */
export type NoticeMsgtype = 'text' | 'markdown'

export interface NoticeDraft {
  audience: NoticeAudience
  msgtype: NoticeMsgtype
  content: string
  /** YYYY-MM-DD: makes the notice a task (【任务】 title line and a 截止 line). */
  dueDate?: string
}

/** Why a member is not sent to: WeCom would refuse them or they cannot read it. */
export type NoticeExclusionReason =
  | 'unknown'
  | 'removed'
  | 'not-follow-user'
  | 'disabled'
  | 'inactive'
  | 'left'

export interface NoticeExclusion {
  userid: string
  name: string | null
  reason: NoticeExclusionReason
}

export interface NoticePerson {
  userid: string
  name: string
}

/** What notice:preview answers: nothing is written. */
export interface NoticePreview {
  recipients: number
  /** Recipients per message/send call (≤1000 each). */
  chunks: number[]
  /** The first recipients, to show who this reaches. */
  sample: NoticePerson[]
  excluded: NoticeExclusion[]
  /** The full message as WeCom will show it (task lines added). */
  content: string
  /** null when sending is possible; otherwise the zh-CN reason it would be refused. */
  blocked: string | null
}

export interface NoticeSendResult {
  noticeId: number
  recipients: number
  chunks: number
  excluded: number
}

/** A notice's delivery as its outbox rows say it. */
export type NoticeDeliveryState = 'pending' | 'sent' | 'partial' | 'failed'

export interface NoticeHistoryItem {
  id: number
  createdAt: number
  actor: string
  msgtype: NoticeMsgtype
  content: string
  dueDate: string | null
  /** How the audience was chosen, e.g. a saved audience's name or the filter. */
  audience: NoticeAudienceDescription
  recipientCount: number
  delivery: { state: NoticeDeliveryState; pending: number; sent: number; failed: number }
  /** Distinct reasons failed chunks carry. */
  errors: OutboxErrorInfo[]
  /** Members WeCom reported it could not deliver to (invaliduser), with names where known. */
  invalidUsers: { userid: string; name: string | null }[]
  unlicensedUsers: { userid: string; name: string | null }[]
}

/** Stored with the notice: enough to say later who it was meant for. */
export type NoticeAudienceDescription =
  | { kind: 'userids'; count: number }
  | { kind: 'filter'; filter: NoticeFilter; name: string | null }

export interface SavedAudience {
  id: number
  name: string
  filter: NoticeFilter
  createdAt: number
}
