/**
 * groupchat/get for a handful of chats, a few in flight at once (the client paces and adapts to
 * 45033 per path). A chat that vanished between list and get (40050) comes back as null.
 */
import type { GroupChatWrite } from '../../db/repos/customer-repo'
import { WecomError } from '../../wecom/client'
import type { JobContext } from '../job'

/** invalid chatid: the chat was dismissed after groupchat/list named it. */
const CHAT_GONE = 40050

export type GroupDetails = Omit<GroupChatWrite, 'status'>

export async function fetchGroupDetails(
  ctx: JobContext,
  chatIds: readonly string[]
): Promise<Map<string, GroupDetails | null>> {
  const out = new Map<string, GroupDetails | null>()
  let next = 0
  const worker = async () => {
    for (let i = next++; i < chatIds.length; i = next++) {
      const chatId = chatIds[i]
      if (chatId !== undefined) out.set(chatId, await fetchOne(ctx, chatId))
    }
  }
  const workers = Math.min(ctx.tuning.groupDetailConcurrency, chatIds.length)
  await Promise.all(Array.from({ length: workers }, worker))
  return out
}

async function fetchOne(ctx: JobContext, chatId: string): Promise<GroupDetails | null> {
  try {
    const { group_chat: chat } = await ctx.client.call('externalcontact/groupchat/get', {
      chat_id: chatId,
      need_name: 0
    })
    return {
      chat_id: chat.chat_id,
      name: chat.name,
      owner: chat.owner,
      member_count: chat.member_list.length,
      created_at: chat.create_time * 1000
    }
  } catch (error) {
    if (error instanceof WecomError && error.errcode === CHAT_GONE) return null
    throw error
  }
}
