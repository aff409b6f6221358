/**
 * Which calls may be re-sent when their reply is lost. GETs and read-only POSTs may; every other
 * POST is a write (transfers, message/send, user/update, tag edits, mark_tag) whose lost reply
 * may hide a done action, so it is reported as an unknown outcome for the outbox to reconcile
 * instead of being sent twice. A POST missing from this list counts as a write: the safe default.
 */
import type { WecomEndpoint, WecomPostPath } from '../endpoints'

const READ_ONLY_POSTS: ReadonlySet<WecomPostPath> = new Set<WecomPostPath>([
  'user/list_id',
  'externalcontact/batch/get_by_user',
  'externalcontact/get_corp_tag_list',
  'externalcontact/get_unassigned_list',
  'externalcontact/resigned/transfer_result',
  'externalcontact/transfer_result',
  'externalcontact/groupchat/list',
  'externalcontact/groupchat/get'
])

export function isIdempotent(endpoint: WecomEndpoint): boolean {
  return endpoint.method === 'GET' || (READ_ONLY_POSTS as ReadonlySet<string>).has(endpoint.path)
}
