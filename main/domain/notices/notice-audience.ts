import type { NoticeExclusion, NoticePerson } from '../../../preload/contract/notice-models'

/** A member as the cache knows it, for deciding whether a notice can reach them. */
export interface NoticeCandidate {
  userid: string
  name: string
  /** WeCom member.status: 1 active, 2 disabled, 4 not activated, 5 left. */
  status: number
  isFollowUser: boolean
  removed: boolean
}

const STATUS_REASON: Readonly<Record<number, NoticeExclusion['reason']>> = {
  2: 'disabled',
  4: 'inactive',
  5: 'left'
}

/**
 * Only active members with 客户联系 enabled receive a notice: WeCom would list the others in
 * invaliduser (or they cannot read it), so they are excluded up-front and shown with the reason.
 * `requested` keeps explicit userids the cache does not know, in the order given; duplicates
 * collapse to one recipient.
 */
export function splitAudience(
  candidates: readonly NoticeCandidate[],
  requested: readonly string[] | null = null
): { recipients: NoticePerson[]; excluded: NoticeExclusion[] } {
  const recipients: NoticePerson[] = []
  const excluded: NoticeExclusion[] = []
  const seen = new Set<string>()
  for (const c of candidates) {
    if (seen.has(c.userid)) continue
    seen.add(c.userid)
    const reason = exclusionReason(c)
    if (reason) excluded.push({ userid: c.userid, name: c.name, reason })
    else recipients.push({ userid: c.userid, name: c.name })
  }
  for (const userid of requested ?? []) {
    if (seen.has(userid)) continue
    seen.add(userid)
    excluded.push({ userid, name: null, reason: 'unknown' })
  }
  return { recipients, excluded }
}

function exclusionReason(c: NoticeCandidate): NoticeExclusion['reason'] | null {
  if (c.removed) return 'removed'
  if (c.status !== 1) return STATUS_REASON[c.status] ?? 'disabled'
  if (!c.isFollowUser) return 'not-follow-user'
  return null
}
