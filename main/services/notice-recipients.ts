import type { GuideQuery } from '../../preload/contract/models'
import type {
  NoticeAudience,
  NoticeAudienceDescription,
  NoticeExclusion,
  NoticeFilter,
  NoticePerson
} from '../../preload/contract/notice-models'
import type { GuideRepo } from '../db/repos/guide-repo'
import type { NoticeAudienceRepo } from '../db/repos/notice-audience-repo'
import type { NoticeRepo } from '../db/repos/notice-repo'
import { STATUS_CODE } from '../domain/guides/guide-status'
import { splitAudience, type NoticeCandidate } from '../domain/notices/notice-audience'
import { AppError } from '../errors'

export interface ResolvedAudience {
  recipients: NoticePerson[]
  excluded: NoticeExclusion[]
  /** Stored with the notice so history can say who it was meant for. */
  description: NoticeAudienceDescription
}

export interface NoticeRecipientsDeps {
  guides: Pick<GuideRepo, 'list'>
  notices: Pick<NoticeRepo, 'candidates'>
  audiences: Pick<NoticeAudienceRepo, 'get'>
}

/**
 * Turns an audience into recipients. Filters reuse the 导购 grid's own query (one definition of
 * "the guides of region X"), sorted by userid so chunks are stable across a preview and a send.
 */
export function createNoticeRecipients(deps: NoticeRecipientsDeps) {
  function byFilter(filter: NoticeFilter, name: string | null): ResolvedAudience {
    const rows = deps.guides.list(toGuideQuery(filter))
    const candidates: NoticeCandidate[] = rows.map((r) => ({
      userid: r.userid,
      name: r.name,
      status: STATUS_CODE[r.status],
      isFollowUser: true,
      removed: false
    }))
    return { ...splitAudience(candidates), description: { kind: 'filter', filter, name } }
  }

  return {
    resolve(audience: NoticeAudience): ResolvedAudience {
      if (audience.kind === 'filter') return byFilter(audience.filter, null)
      if (audience.kind === 'saved') {
        const saved = deps.audiences.get(audience.audienceId)
        if (!saved) throw new AppError('not-found', '该常用受众已被删除，请重新选择')
        return byFilter(saved.filter, saved.name)
      }
      const split = splitAudience(deps.notices.candidates(audience.userids), audience.userids)
      return { ...split, description: { kind: 'userids', count: audience.userids.length } }
    }
  }
}
export type NoticeRecipients = ReturnType<typeof createNoticeRecipients>

function toGuideQuery(f: NoticeFilter): GuideQuery {
  return {
    regionIds: f.regionIds,
    storeIds: f.storeIds,
    tags: f.tags,
    statuses: f.statuses,
    sort: { column: 'userid', desc: false }
  }
}
