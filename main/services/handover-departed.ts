/**
 * Who still has customers or groups to hand over after leaving: get_unassigned_list walked by
 * cursor (departed members with customers) plus a groupchat/list scan with status_filter=1 for
 * groups whose owner left, because a member with only groups is absent from the first list
 * (spec §1.5). The scan filters by status only: owner_filter naming a departed owner fails with
 * 40003 (spec §1.6). Owners of the scanned chats come from the cache, else groupchat/get.
 */
import type { DepartedGuide } from '../../preload/contract/handover-models'
import type { HandoverRepo } from '../db/repos/handover-repo'
import type { PlanCustomer, PlanGroup } from '../domain/handover/handover-plan'
import { isWecomError, type WecomClient } from '../wecom/client'
import type { WecomUnassignedDto } from '../wecom/dto/transfer'

/** Above 1000 visible members WeCom refuses a list without owner_filter (doc 93414). */
const NEEDS_OWNER_FILTER = 81017

export interface DepartedHoldings {
  readonly userid: string
  /** Epoch ms WeCom gives as dimission_time; null for an owner known only from groups. */
  readonly dimissionAt: number | null
  readonly customers: PlanCustomer[]
  readonly groups: PlanGroup[]
}

type Client = Pick<WecomClient, 'call' | 'paginate'>

/** Everything departed members still hold, by userid (sorted). */
export async function scanDeparted(
  client: Client,
  repo: HandoverRepo
): Promise<Map<string, DepartedHoldings>> {
  const unassigned = await unassignedRows(client)
  const groups = await pendingGroups(client, repo)
  const names = repo.customerNames(unassigned.map((r) => r.external_userid))
  const holdings = new Map<string, DepartedHoldings>()
  const of = (userid: string, dimissionAt: number | null): DepartedHoldings => {
    const known = holdings.get(userid)
    if (known) return known
    const fresh = { userid, dimissionAt, customers: [], groups: [] }
    holdings.set(userid, fresh)
    return fresh
  }
  for (const r of unassigned) {
    const name = names.get(r.external_userid) ?? ''
    of(r.handover_userid, r.dimission_time * 1000).customers.push({
      externalUserid: r.external_userid,
      name
    })
  }
  for (const g of groups) of(g.owner, null).groups.push({ chatId: g.chatId, name: g.name })
  return new Map([...holdings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** get_unassigned_list to its last page (≤1000 rows a page). */
async function unassignedRows(client: Client) {
  const rows: WecomUnassignedDto[] = []
  const pages = client.paginate(
    'externalcontact/get_unassigned_list',
    { page_size: 1000 },
    (b) => b.info
  )
  for await (const page of pages) rows.push(...page.items)
  return rows
}

/** One line per departed member, for the list screen. */
export function summarizeDeparted(
  holdings: ReadonlyMap<string, DepartedHoldings>,
  repo: HandoverRepo
): DepartedGuide[] {
  const names = repo.memberNames([...holdings.keys()])
  return [...holdings.values()].map((h) => ({
    userid: h.userid,
    name: names.get(h.userid) ?? h.userid,
    dimissionAt: h.dimissionAt,
    customerCount: h.customers.length,
    groupCount: h.groups.length
  }))
}

async function pendingGroups(client: Client, repo: HandoverRepo) {
  const chatIds: string[] = []
  try {
    const pages = client.paginate(
      'externalcontact/groupchat/list',
      { status_filter: 1, limit: 1000 },
      (b) => b.group_chat_list
    )
    for await (const page of pages) for (const chat of page.items) chatIds.push(chat.chat_id)
  } catch (error) {
    // A corp this large cannot list by status alone; the last sync's statuses are the best left.
    if (isWecomError(error) && error.errcode === NEEDS_OWNER_FILTER) return repo.pendingGroups()
    throw error
  }
  return ownersOf(client, repo, chatIds)
}

async function ownersOf(client: Client, repo: HandoverRepo, chatIds: readonly string[]) {
  const cached = repo.groupOwners(chatIds)
  const out: { chatId: string; owner: string; name: string }[] = []
  for (const chatId of chatIds) {
    const known = cached.get(chatId)
    if (known) {
      out.push({ chatId, ...known })
      continue
    }
    const body = await client.call('externalcontact/groupchat/get', {
      chat_id: chatId,
      need_name: 0
    })
    out.push({ chatId, owner: body.group_chat.owner, name: body.group_chat.name })
  }
  return out
}
