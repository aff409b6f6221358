/**
 * Customer groups (客户群): groupchat/list, get, transfer (离职群), onjob_transfer (在职群).
 */
import { z } from 'zod'
import { PAGE_LIMITS } from './page-limits'
import { okBody } from './envelope'
import { cursorSchema, listOf, nextCursorSchema } from './wire-values'

const listLimits = PAGE_LIMITS['externalcontact/groupchat/list']

/**
 * status_filter: 0 all, 1 离职待继承, 2 继承中, 3 继承完成. Known bug: an owner_filter naming a
 * departed owner gives 40003; filter by status alone instead.
 */
export const groupChatListRequestSchema = z
  .object({
    status_filter: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).optional(),
    owner_filter: z
      .object({ userid_list: z.array(z.string().min(1)).max(listLimits.ownerUserids) })
      .strict()
      .optional(),
    cursor: cursorSchema,
    limit: z.number().int().min(1).max(listLimits.limit)
  })
  .strict()
export type WecomGroupChatListRequestDto = z.input<typeof groupChatListRequestSchema>

export const wecomGroupChatRefSchema = z.looseObject({
  chat_id: z.string().min(1),
  /** Same codes as status_filter: 0 normal, 1 离职待继承, 2 继承中, 3 继承完成. */
  status: z.number().int()
})
export type WecomGroupChatRefDto = z.output<typeof wecomGroupChatRefSchema>

export const groupChatListResponseSchema = okBody({
  group_chat_list: listOf(wecomGroupChatRefSchema),
  next_cursor: nextCursorSchema
})
export type WecomGroupChatListDto = z.output<typeof groupChatListResponseSchema>

export const groupChatGetRequestSchema = z
  .object({
    chat_id: z.string().min(1),
    need_name: z.union([z.literal(0), z.literal(1)]).optional()
  })
  .strict()
export type WecomGroupChatGetRequestDto = z.input<typeof groupChatGetRequestSchema>

/** type 1 member (guide), 2 external (customer). invitor and names are newer doc fields. */
export const wecomGroupMemberSchema = z.looseObject({
  userid: z.string().min(1),
  type: z.number().int(),
  unionid: z.string().optional(),
  join_time: z.number().int(),
  join_scene: z.number().int(),
  invitor: z.looseObject({ userid: z.string() }).optional(),
  group_nickname: z.string().optional(),
  /** Only with need_name 1. */
  name: z.string().optional()
})
export type WecomGroupMemberDto = z.output<typeof wecomGroupMemberSchema>

export const wecomGroupChatSchema = z.looseObject({
  chat_id: z.string().min(1),
  name: z.string().default(''),
  owner: z.string(),
  create_time: z.number().int(),
  notice: z.string().optional(),
  member_list: listOf(wecomGroupMemberSchema),
  admin_list: listOf(z.looseObject({ userid: z.string().min(1) }))
})
export type WecomGroupChatDto = z.output<typeof wecomGroupChatSchema>

export const groupChatGetResponseSchema = okBody({ group_chat: wecomGroupChatSchema })
export type WecomGroupChatGetDto = z.output<typeof groupChatGetResponseSchema>

/** Shared by groupchat/transfer and groupchat/onjob_transfer. */
export const groupChatTransferRequestSchema = z
  .object({
    chat_id_list: z
      .array(z.string().min(1))
      .min(1)
      .max(PAGE_LIMITS['externalcontact/groupchat/transfer'].chats),
    new_owner: z.string().min(1)
  })
  .strict()
export type WecomGroupChatTransferRequestDto = z.input<typeof groupChatTransferRequestSchema>

/**
 * Being listed here means the chat was NOT transferred, whatever its errcode says: the go-wecom
 * doc examples show errcode 0 next to a 90500/90501 errmsg.
 */
export const wecomFailedChatSchema = z.looseObject({
  chat_id: z.string().min(1),
  errcode: z.number().int(),
  errmsg: z.string().default('')
})
export type WecomFailedChatDto = z.output<typeof wecomFailedChatSchema>

export const groupChatTransferResponseSchema = okBody({
  failed_chat_list: listOf(wecomFailedChatSchema)
})
export type WecomGroupChatTransferDto = z.output<typeof groupChatTransferResponseSchema>
