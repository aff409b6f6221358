/**
 * Customers (外部联系人): get_follow_user_list, list, get, batch/get_by_user.
 * One customer can have many followers (guides); each follow row carries that guide's
 * remark, tags and how the customer was added.
 */
import { z } from 'zod'
import { PAGE_LIMITS } from './page-limits'
import { okBody } from './envelope'
import {
  cursorSchema,
  genderSchema,
  listOf,
  nextCursorSchema,
  phoneListSchema
} from './wire-values'

/** Real WeChat customers (type 1) lack position, corp names, unionid and external_profile. */
export const wecomExternalContactSchema = z.looseObject({
  external_userid: z.string().min(1),
  name: z.string(),
  /** 1 WeChat user, 2 WeCom user. */
  type: z.number().int(),
  position: z.string().optional(),
  avatar: z.string().optional(),
  corp_name: z.string().optional(),
  corp_full_name: z.string().optional(),
  gender: genderSchema.optional(),
  unionid: z.string().optional(),
  external_profile: z.looseObject({}).optional()
})
export type WecomExternalContactDto = z.output<typeof wecomExternalContactSchema>

/** Fields shared by get's follow_user[] and batch/get_by_user's follow_info. */
const followShape = {
  remark: z.string().default(''),
  description: z.string().default(''),
  createtime: z.number().int(),
  remark_corp_name: z.string().optional(),
  /** Older doc name of remark_corp_name (wechatpy fixture); folded into remark_corp_name. */
  remark_company: z.string().optional(),
  remark_mobiles: phoneListSchema,
  /** Absent when add_way is 0 (observed). */
  oper_userid: z.string().optional(),
  add_way: z.number().int().optional(),
  /** The 渠道 state of the 联系我 code; only present when set. */
  state: z.string().optional()
}

/** type 1 企业标签, 2 用户自定义标签 (no tag_id), 3 规则组标签. */
export const wecomFollowTagSchema = z.looseObject({
  group_name: z.string().optional(),
  tag_name: z.string(),
  tag_id: z.string().optional(),
  type: z.number().int()
})
export type WecomFollowTagDto = z.output<typeof wecomFollowTagSchema>

/** Output always says remark_corp_name; the old remark_company key is dropped. */
export const wecomFollowUserSchema = z
  .looseObject({ userid: z.string().min(1), tags: listOf(wecomFollowTagSchema), ...followShape })
  .transform(({ remark_company, ...follow }) => ({
    ...follow,
    remark_corp_name: follow.remark_corp_name ?? remark_company
  }))
export type WecomFollowUserDto = z.output<typeof wecomFollowUserSchema>

/** userid is missing in older doc revisions, and real servers were reported both ways. */
export const wecomFollowInfoSchema = z
  .looseObject({ userid: z.string().min(1).optional(), tag_id: listOf(z.string()), ...followShape })
  .transform(({ remark_company, ...follow }) => ({
    ...follow,
    remark_corp_name: follow.remark_corp_name ?? remark_company
  }))
export type WecomFollowInfoDto = z.output<typeof wecomFollowInfoSchema>

export const followUserListResponseSchema = okBody({ follow_user: listOf(z.string()) })
export type WecomFollowUserListDto = z.output<typeof followUserListResponseSchema>

export const externalContactListQuerySchema = z.object({ userid: z.string().min(1) })

/** No paging, no order; 84061 when the member has no customers. */
export const externalContactListResponseSchema = okBody({ external_userid: listOf(z.string()) })
export type WecomExternalContactListDto = z.output<typeof externalContactListResponseSchema>

export const externalContactGetQuerySchema = z.object({
  external_userid: z.string().min(1),
  cursor: cursorSchema
})

export const externalContactGetResponseSchema = okBody({
  external_contact: wecomExternalContactSchema,
  follow_user: listOf(wecomFollowUserSchema),
  next_cursor: nextCursorSchema
})
export type WecomExternalContactGetDto = z.output<typeof externalContactGetResponseSchema>

const batchLimits = PAGE_LIMITS['externalcontact/batch/get_by_user']

export const batchGetByUserRequestSchema = z
  .object({
    userid_list: z.array(z.string().min(1)).min(1).max(batchLimits.userids),
    cursor: cursorSchema,
    limit: z.number().int().min(1).max(batchLimits.limit).optional()
  })
  .strict()
export type WecomBatchGetByUserRequestDto = z.input<typeof batchGetByUserRequestSchema>

/** One row per (customer, follower). */
export const wecomExternalContactRowSchema = z.looseObject({
  external_contact: wecomExternalContactSchema,
  follow_info: wecomFollowInfoSchema
})
export type WecomExternalContactRowDto = z.output<typeof wecomExternalContactRowSchema>

export const batchGetByUserResponseSchema = okBody({
  external_contact_list: listOf(wecomExternalContactRowSchema),
  next_cursor: nextCursorSchema
})
export type WecomBatchGetByUserDto = z.output<typeof batchGetByUserResponseSchema>
