/**
 * Per-call ceilings WeCom enforces, from the official docs as quoted in shared/specs/wecom-api.md.
 * Request schemas enforce them; callers chunk by them; the simulator refuses beyond them.
 */
export const PAGE_LIMITS = {
  /** doc 96067; 通讯录同步 secret only. */
  'user/list_id': { limit: 10_000 },
  /** Current create doc: ≤100 departments per member (older doc said 20). */
  'user/update': { departments: 100 },
  /** doc 96315: follow_user pages only past 500 followers. */
  'externalcontact/get': { followUsersPerPage: 500 },
  /** doc 96316: default limit 50. */
  'externalcontact/batch/get_by_user': { userids: 100, limit: 100 },
  /** doc 92124: default page_size 1000. */
  'externalcontact/get_unassigned_list': { pageSize: 1000 },
  /** doc 96331. */
  'externalcontact/resigned/transfer_customer': { customers: 100 },
  /** doc 96333: rows per reply page (no request-side limit). */
  'externalcontact/resigned/transfer_result': { perPage: 1000 },
  /** doc 96325: transfer_success_msg ≤200 characters. */
  'externalcontact/transfer_customer': { customers: 100, successMsgChars: 200 },
  'externalcontact/transfer_result': { perPage: 1000 },
  /** doc 93414: without owner_filter, >1000 visible members gives 81017. */
  'externalcontact/groupchat/list': { limit: 1000, ownerUserids: 100 },
  /** doc 96334; ≤300 groups per person per day is enforced by WeCom, not per call. */
  'externalcontact/groupchat/transfer': { chats: 100 },
  'externalcontact/groupchat/onjob_transfer': { chats: 100 },
  /** Global errcode table: ≤1000 users (40032), ≤100 parties (82002), ≤100 tags (82003). */
  'message/send': { users: 1000, parties: 100, tags: 100 }
} as const
