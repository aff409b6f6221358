/**
 * groups: groupchat/list (status_filter 0, ≤1000 a page) names every chat with its status only.
 * Details (name, owner, members) cost one groupchat/get each, so they are read for chats that
 * are new or whose status changed, ≤50 per transaction (the checkpoint remembers the last chat
 * handled within the page, and the page is re-read by its cursor on resume), plus a rotating
 * refresh of ≤100 other chats per run ('sync.groups.refreshAfter'), so every chat's details are
 * re-read within ⌈chats / 100⌉ runs while a run stays bounded.
 *
 * Above 1000 visible members WeCom refuses an unfiltered list (81017, doc 93414): the job then
 * lists by owner_filter, 100 follow users per unit. Departed owners cannot be filtered on
 * (40003, spec §1.6), so in that mode only chats of the listed owners are swept; chats of
 * departed owners keep their last known state.
 */
import { WecomError } from '../../wecom/client'
import type { WecomGroupChatRefDto } from '../../wecom/dto/group-chat'
import { chunk, type Checkpoint, type EntityJob, type JobContext, type Step } from '../job'
import { fetchGroupDetails } from './group-details'

const LIST_NEEDS_OWNER_FILTER = 81017
export const GROUP_REFRESH_SETTING_KEY = 'sync.groups.refreshAfter'

type Mode = 'corp' | 'owners'

interface GroupsExtra {
  mode: Mode
  /** Last chat handled within the page fetched with the checkpoint's cursor. */
  after: string | null
  /** Chats listed, and of those read in detail, in this run so far. */
  listed: number
  fetched: number
  refreshAfter: string | null
  refreshed: number
  /** First owner of the unit's chunk (owner mode), to notice a shifted owner list on resume. */
  key: string | null
}

export function groupsJob(ctx: JobContext): EntityJob {
  const owners = ctx.directory.followUserIds()
  const ownerChunks = chunk(owners, ctx.tuning.followUsersPerCall)
  const guess: Mode =
    ctx.directory.liveMemberCount() > ctx.tuning.groupListMaxMembers ? 'owners' : 'corp'
  let mode = guess
  const listUnits = () => (mode === 'corp' ? 1 : ownerChunks.length)
  const keyOf = (unit: number) => (mode === 'owners' ? (ownerChunks[unit]?.[0] ?? null) : null)
  const firstKey = () => keyOf(0)
  return {
    entity: 'groups',
    tables: ['group_chat'],
    total: () => listUnits() + 1,
    async step(cp) {
      const extra = readExtra(cp, guess)
      mode = extra.mode
      if (cp.unit >= listUnits()) return refreshStep(ctx, cp.unit, extra)
      const chunkOwners = mode === 'owners' ? (ownerChunks[cp.unit] ?? []) : null
      const key = chunkOwners?.[0] ?? null
      if (extra.key !== null && extra.key !== key) {
        // The owner list moved under a resumed run: list again from the first chunk.
        const restart = { ...extra, after: null, listed: 0, fetched: 0, key: firstKey() }
        return { next: { unit: 0, cursor: '', extra: restart }, write: () => 0 }
      }
      return listStep(ctx, cp, { ...extra, key }, chunkOwners, keyOf(cp.unit + 1))
    },
    sweep: () => ctx.groupChats.sweep(ctx.run, ctx.now(), mode === 'corp' ? null : owners)
  }
}

function readExtra(cp: Checkpoint, guess: Mode): GroupsExtra {
  const e = cp.extra ?? {}
  return {
    mode: e.mode === 'owners' || e.mode === 'corp' ? e.mode : guess,
    after: typeof e.after === 'string' ? e.after : null,
    listed: typeof e.listed === 'number' ? e.listed : 0,
    fetched: typeof e.fetched === 'number' ? e.fetched : 0,
    refreshAfter: typeof e.refreshAfter === 'string' ? e.refreshAfter : null,
    refreshed: typeof e.refreshed === 'number' ? e.refreshed : 0,
    key: typeof e.key === 'string' ? e.key : null
  }
}

async function listPage(ctx: JobContext, cursor: string, owners: string[] | null) {
  return ctx.client.call('externalcontact/groupchat/list', {
    status_filter: 0,
    limit: ctx.tuning.groupsPerPage,
    cursor: cursor === '' ? undefined : cursor,
    ...(owners ? { owner_filter: { userid_list: owners } } : {})
  })
}

async function listStep(
  ctx: JobContext,
  cp: Checkpoint,
  extra: GroupsExtra,
  owners: string[] | null,
  nextKey: string | null
): Promise<Step> {
  let body
  try {
    body = await listPage(ctx, cp.cursor, owners)
  } catch (error) {
    if (!(extra.mode === 'corp' && isListTooWide(error))) throw error
    const restart = { ...extra, mode: 'owners', after: null, listed: 0, fetched: 0, key: null }
    return { next: { unit: 0, cursor: '', extra: restart }, write: () => 0 }
  }
  const entries = body.group_chat_list
  const start = extra.after === null ? 0 : entries.findIndex((e) => e.chat_id === extra.after) + 1
  const { handled, unchanged, toFetch } = takeBatch(ctx, entries.slice(start))
  const details = await fetchGroupDetails(
    ctx,
    toFetch.map((e) => e.chat_id)
  )
  const counts = { listed: extra.listed + handled.length, fetched: extra.fetched + toFetch.length }
  const moved = { ...extra, ...counts }
  const pageDone = start + handled.length >= entries.length
  const last = handled.at(-1)?.chat_id ?? extra.after
  const next: Checkpoint = !pageDone
    ? { unit: cp.unit, cursor: cp.cursor, extra: { ...moved, after: last } }
    : body.next_cursor !== ''
      ? { unit: cp.unit, cursor: body.next_cursor, extra: { ...moved, after: null } }
      : { unit: cp.unit + 1, cursor: '', extra: { ...moved, after: null, key: nextKey } }
  return {
    next,
    write() {
      ctx.groupChats.markSeen(unchanged, ctx.run)
      for (const e of toFetch) {
        const d = details.get(e.chat_id)
        if (d) ctx.groupChats.upsert({ ...d, status: e.status }, ctx.run)
      }
      return handled.length
    }
  }
}

function isListTooWide(error: unknown): boolean {
  return error instanceof WecomError && error.errcode === LIST_NEEDS_OWNER_FILTER
}

/** Entries up to the one that would make more than groupDetailsPerStep detail reads. */
function takeBatch(ctx: JobContext, pending: readonly WecomGroupChatRefDto[]) {
  const known = ctx.groupChats.knownStatuses(pending.map((e) => e.chat_id))
  const handled: WecomGroupChatRefDto[] = []
  const unchanged: string[] = []
  const toFetch: WecomGroupChatRefDto[] = []
  for (const e of pending) {
    if (known.get(e.chat_id) === e.status) unchanged.push(e.chat_id)
    else if (toFetch.length < ctx.tuning.groupDetailsPerStep) toFetch.push(e)
    else break
    handled.push(e)
  }
  return { handled, unchanged, toFetch }
}

async function refreshStep(ctx: JobContext, unit: number, extra: GroupsExtra): Promise<Step> {
  const left = ctx.tuning.groupRefreshPerRun - extra.refreshed
  // Every listed chat was just read in detail (e.g. the first sync): nothing is stale.
  if (left <= 0 || extra.fetched >= extra.listed) return { next: null, write: () => 0 }
  const from = extra.refreshAfter ?? ctx.settings.get<string>(GROUP_REFRESH_SETTING_KEY) ?? ''
  const want = Math.min(left, ctx.tuning.groupDetailsPerStep)
  const ids = ctx.groupChats.liveAfter(from, want)
  if (ids.length < want && from !== '') {
    for (const id of ctx.groupChats.liveAfter('', want - ids.length))
      if (!ids.includes(id)) ids.push(id)
  }
  const details = await fetchGroupDetails(ctx, ids)
  const refreshed = extra.refreshed + ids.length
  const lastId = ids.at(-1) ?? ''
  const finished = ids.length < want || refreshed >= ctx.tuning.groupRefreshPerRun
  return {
    next: finished
      ? null
      : { unit, cursor: '', extra: { ...extra, refreshAfter: lastId, refreshed } },
    write() {
      for (const d of details.values()) if (d) ctx.groupChats.updateDetails(d)
      ctx.settings.set(GROUP_REFRESH_SETTING_KEY, lastId)
      return ids.length
    }
  }
}
