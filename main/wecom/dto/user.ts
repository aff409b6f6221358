/**
 * Members (guides): user/list, simplelist, get, list_id, update.
 * Since 2022-06-20 non-通讯录同步 apps get no avatar, gender, mobile, email, biz_mail, qr_code,
 * address (doc 96260), so those are optional; gender arrives as a string ("1") here.
 */
import { z } from 'zod'
import { PAGE_LIMITS } from './page-limits'
import { okBody } from './envelope'
import { cursorSchema, genderSchema, listOf, nextCursorSchema } from './wire-values'

const userShape = {
  userid: z.string().min(1),
  name: z.string().optional(),
  department: listOf(z.number().int()),
  order: listOf(z.number().int()),
  position: z.string().optional(),
  mobile: z.string().optional(),
  gender: genderSchema.optional(),
  email: z.string().optional(),
  biz_mail: z.string().optional(),
  is_leader_in_dept: listOf(z.number().int()),
  direct_leader: listOf(z.string()),
  avatar: z.string().optional(),
  thumb_avatar: z.string().optional(),
  telephone: z.string().optional(),
  alias: z.string().optional(),
  address: z.string().optional(),
  open_userid: z.string().optional(),
  main_department: z.number().int().optional(),
  extattr: z.looseObject({}).optional(),
  /** 1 active, 2 disabled, 4 not activated, 5 left the corp (5 unconfirmed officially). */
  status: z.number().int().optional(),
  qr_code: z.string().optional(),
  external_position: z.string().optional(),
  external_profile: z.looseObject({}).optional()
}

export const wecomUserSchema = z.looseObject(userShape)
export type WecomUserDto = z.output<typeof wecomUserSchema>

export const wecomSimpleUserSchema = z.looseObject({
  userid: z.string().min(1),
  name: z.string().optional(),
  department: listOf(z.number().int()),
  open_userid: z.string().optional()
})
export type WecomSimpleUserDto = z.output<typeof wecomSimpleUserSchema>

/** One department per call, no recursion in the current doc (fetch_child is from older docs). */
export const userListQuerySchema = z.object({
  department_id: z.string().regex(/^\d+$/),
  fetch_child: z.enum(['0', '1']).optional()
})

export const userListResponseSchema = okBody({ userlist: listOf(wecomUserSchema) })
export type WecomUserListDto = z.output<typeof userListResponseSchema>

export const userSimpleListResponseSchema = okBody({ userlist: listOf(wecomSimpleUserSchema) })
export type WecomUserSimpleListDto = z.output<typeof userSimpleListResponseSchema>

export const userGetQuerySchema = z.object({ userid: z.string().min(1) })

/** user/get returns the member's fields at the top level of the body. */
export const userGetResponseSchema = okBody(userShape)
export type WecomUserGetDto = z.output<typeof userGetResponseSchema>

export const userListIdRequestSchema = z
  .object({
    cursor: cursorSchema,
    limit: z.number().int().min(1).max(PAGE_LIMITS['user/list_id'].limit).optional()
  })
  .strict()
export type WecomUserListIdRequestDto = z.input<typeof userListIdRequestSchema>

/** One row per (member, department). */
export const userListIdResponseSchema = okBody({
  next_cursor: nextCursorSchema,
  dept_user: listOf(z.looseObject({ userid: z.string().min(1), department: z.number().int() }))
})
export type WecomUserListIdDto = z.output<typeof userListIdResponseSchema>

/** Unspecified fields stay unchanged. Needs the 通讯录同步 token, else 48002. */
export const userUpdateRequestSchema = z
  .object({
    userid: z.string().min(1).max(64),
    new_userid: z.string().min(1).max(64).optional(),
    name: z.string().optional(),
    alias: z.string().optional(),
    mobile: z.string().optional(),
    department: z.array(z.number().int()).max(PAGE_LIMITS['user/update'].departments).optional(),
    order: z.array(z.number().int()).optional(),
    position: z.string().optional(),
    /** The wire wants a string here ("1" male, "2" female). */
    gender: z.enum(['1', '2']).optional(),
    email: z.string().optional(),
    biz_mail: z.string().optional(),
    telephone: z.string().optional(),
    is_leader_in_dept: z.array(z.union([z.literal(0), z.literal(1)])).optional(),
    direct_leader: z.array(z.string()).optional(),
    enable: z.union([z.literal(0), z.literal(1)]).optional(),
    avatar_mediaid: z.string().optional(),
    address: z.string().optional(),
    main_department: z.number().int().optional(),
    extattr: z.looseObject({}).optional(),
    external_position: z.string().optional(),
    external_profile: z.looseObject({}).optional()
  })
  .strict()
export type WecomUserUpdateRequestDto = z.input<typeof userUpdateRequestSchema>
