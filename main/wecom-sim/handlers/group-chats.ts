/**
 * groupchat/list (status_filter, owner_filter ≤100, keyset cursor on chat_id, limit ≤1000),
 * groupchat/get, groupchat/transfer (离职群: owner must have left, else 90500) and
 * groupchat/onjob_transfer (在职群: owner must not have left, else 90502).
 * Quirks kept: no owner_filter with more than 1000 visible members → 81017 (doc 93414); an
 * owner_filter naming a departed owner → 40003 (known server bug, spec §1.6).
 */
import { PAGE_LIMITS } from '../../wecom/dto/page-limits'
import type { GroupChats, GroupChatRow } from '../group-chats'
import type { SimRequest, SimState } from '../state'
import { optInt, optObject, pageLimit, reqString, reqStringList } from '../request-fields'
import { decodeCursor, encodeCursor, errorText, invalidField, SimApiError } from '../wire'

const LIST = PAGE_LIMITS['externalcontact/groupchat/list']
const CHATS_PER_CALL = PAGE_LIMITS['externalcontact/groupchat/transfer'].chats

export function groupChatHandlers(sim: SimState, chats: GroupChats) {
  function ownerVisible(owner: string): boolean {
    return sim.visibility().member(owner)
  }

  /** The chats of up to 100 owners, in chat_id order after the cursor. */
  function byOwners(owners: string[], after: string, status: number, limit: number) {
    for (const owner of owners) {
      if (sim.members.find(owner)?.status === 5) throw new SimApiError(40003)
    }
    return [...new Set(owners)]
      .filter(ownerVisible)
      .flatMap((owner) => chats.ofOwner.all(owner))
      .filter((c) => c.chat_id > after && (status === 0 || c.status === status))
      .sort((a, b) => (a.chat_id < b.chat_id ? -1 : 1))
      .slice(0, limit)
  }

  /** Every visible owner's chats: chunks of the primary key until the page is full. */
  function allVisible(after: string, status: number, limit: number) {
    if (sim.visibility().memberCount() > sim.settings.groupChatListMaxVisible) {
      throw new SimApiError(81017)
    }
    const out: GroupChatRow[] = []
    let from = after
    for (;;) {
      const chunk = chats.page.all(from, status, status, limit * 2)
      out.push(...chunk.filter((c) => ownerVisible(c.owner)))
      const last = chunk.at(-1)
      if (out.length >= limit || !last || chunk.length < limit * 2) return out.slice(0, limit)
      from = last.chat_id
    }
  }

  function list(req: SimRequest) {
    const limit = pageLimit(req.input, 'limit', LIST.limit, 0)
    const status = optInt(req.input, 'status_filter') ?? 0
    if (status < 0 || status > 3) throw invalidField('status_filter')
    const filter = optObject(req.input, 'owner_filter')
    const owners = filter ? reqStringList(filter, 'userid_list', LIST.ownerUserids) : undefined
    const [after] = decodeCursor(req.input.cursor, 1) ?? ['']
    const rows = owners
      ? byOwners(owners, String(after), status, limit + 1)
      : allVisible(String(after), status, limit + 1)
    const shown = rows.slice(0, limit)
    const last = shown.at(-1)
    return {
      group_chat_list: shown.map((c) => ({ chat_id: c.chat_id, status: c.status })),
      next_cursor: rows.length > limit && last ? encodeCursor([last.chat_id]) : ''
    }
  }

  function get(req: SimRequest) {
    const chat = chats.byId.get(reqString(req.input, 'chat_id'))
    if (!chat) throw new SimApiError(40050)
    if (!ownerVisible(chat.owner)) throw new SimApiError(60011)
    return {
      group_chat: {
        chat_id: chat.chat_id,
        name: chat.name,
        owner: chat.owner,
        create_time: Math.floor(chat.created_at / 1000),
        notice: '',
        member_list: chats.members(chat, optInt(req.input, 'need_name') === 1),
        admin_list: []
      }
    }
  }

  /** Per-chat failures go in failed_chat_list; the rest are transferred. */
  function transfer(kind: 'resigned' | 'onjob') {
    return (req: SimRequest) => {
      const ids = reqStringList(req.input, 'chat_id_list', CHATS_PER_CALL)
      const newOwner = sim.members.active(reqString(req.input, 'new_owner'))
      sim.requireVisibleMember(newOwner.userid, req.secret)
      const failed: { chat_id: string; errcode: number; errmsg: string }[] = []
      sim.db.transaction(() => {
        for (const chatId of ids) {
          const errcode = transferOne(kind, chatId, newOwner.userid)
          if (errcode !== 0) failed.push({ chat_id: chatId, errcode, errmsg: errorText(errcode) })
        }
      })()
      return { failed_chat_list: failed }
    }
  }

  function transferOne(kind: 'resigned' | 'onjob', chatId: string, newOwner: string): number {
    const chat = chats.byId.get(chatId)
    if (!chat) return 90501
    const ownerLeft = sim.members.find(chat.owner)?.status === 5
    if (kind === 'resigned') {
      if (chat.status === 2) return 90507
      if (chat.status === 3 && !ownerLeft) return 90508
      if (!ownerLeft) return 90500
    } else if (ownerLeft) return 90502
    if (chat.owner === newOwner) return 90504
    const now = sim.now()
    const delay = kind === 'resigned' ? sim.settings.takeoverDelayMs : 0
    chats.schedule(kind, chat, newOwner, now, now + delay)
    if (kind === 'resigned') chats.setStatus(chatId, 2)
    else chats.setOwner(chatId, newOwner, chat.status)
    return 0
  }

  return {
    'externalcontact/groupchat/list': list,
    'externalcontact/groupchat/get': get,
    'externalcontact/groupchat/transfer': transfer('resigned'),
    'externalcontact/groupchat/onjob_transfer': transfer('onjob')
  }
}
