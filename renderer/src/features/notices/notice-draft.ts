import type {
  NoticeAudience,
  NoticeAudienceDescription,
  NoticeDraft,
  NoticeFilter,
  NoticeMsgtype
} from '../../../../preload/contract/notice-models'
import { format } from '../../i18n/locale'
import type { NoticeStrings } from './strings'

/** How the operator picks recipients on the compose screen. */
export type AudienceMode = 'selection' | 'saved' | 'filter'

export interface AudienceChoice {
  mode: AudienceMode
  /** Userids handed over from the guides grid. */
  selection: string[]
  savedId: number | null
  filter: NoticeFilter
}

export interface ComposeState {
  msgtype: NoticeMsgtype
  content: string
  isTask: boolean
  /** YYYY-MM-DD as the date input gives it; '' = none. */
  dueDate: string
}

export const EMPTY_COMPOSE: ComposeState = { msgtype: 'text', content: '', isTask: false, dueDate: '' }

export function initialChoice(selection: string[] | null): AudienceChoice {
  return { mode: selection ? 'selection' : 'filter', selection: selection ?? [], savedId: null, filter: {} }
}

/** Empty lists are left out, so "no condition" is `{}` and compares equal however it was built. */
export function cleanFilter(f: NoticeFilter): NoticeFilter {
  const out: NoticeFilter = {}
  if (f.regionIds?.length) out.regionIds = f.regionIds
  if (f.storeIds?.length) out.storeIds = f.storeIds
  if (f.tags?.length) out.tags = f.tags
  if (f.statuses?.length) out.statuses = f.statuses
  return out
}

/** The contract's audience, or null while the choice is incomplete. */
export function toAudience(c: AudienceChoice): NoticeAudience | null {
  if (c.mode === 'selection') return c.selection.length > 0 ? { kind: 'userids', userids: c.selection } : null
  if (c.mode === 'saved') return c.savedId === null ? null : { kind: 'saved', audienceId: c.savedId }
  return { kind: 'filter', filter: cleanFilter(c.filter) }
}

/** The notice:preview / notice:send input, or null while something required is missing. */
export function buildDraft(choice: AudienceChoice, compose: ComposeState): NoticeDraft | null {
  const audience = toAudience(choice)
  if (!audience || compose.content.trim() === '') return null
  if (compose.isTask && compose.dueDate === '') return null
  const draft: NoticeDraft = { audience, msgtype: compose.msgtype, content: compose.content }
  if (compose.isTask) draft.dueDate = compose.dueDate
  return draft
}

/** Whether a preview still describes the draft on screen (sending needs a fresh one). */
export const sameDraft = (a: NoticeDraft | null, b: NoticeDraft | null): boolean =>
  a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b)

/** History's one-line audience: a saved audience's name, the filter's parts, or the count. */
export function describeAudience(d: NoticeAudienceDescription, s: NoticeStrings): string {
  if (d.kind === 'userids') return format(s.audienceUserids, { n: d.count })
  if (d.name) return d.name
  const parts: string[] = []
  if (d.filter.regionIds?.length) parts.push(format(s.audienceRegions, { n: d.filter.regionIds.length }))
  if (d.filter.storeIds?.length) parts.push(format(s.audienceStores, { n: d.filter.storeIds.length }))
  if (d.filter.tags?.length) parts.push(format(s.audienceTags, { n: d.filter.tags.length }))
  return parts.length > 0 ? parts.join(' · ') : s.audienceAll
}

/** Main's zh-CN message as is in zh-CN; en-US leads with a generic wording (main words zh-CN). */
export function noticeErrorText(err: unknown, s: NoticeStrings, zh: boolean): string {
  const text = err instanceof Error ? err.message : ''
  if (!text) return s.actionFailed
  return zh ? text : `${s.actionFailed} (${text})`
}
