/**
 * Customer tags (企业客户标签, doc 96320): get_corp_tag_list, add/edit/del_corp_tag, mark_tag.
 * An app may edit or delete only tags it created; ≤3000 corp tags (40126).
 */
import { z } from 'zod'
import { okBody } from './envelope'
import { listOf } from './wire-values'

/** Older doc revisions omit create_time (wechatpy add_corp_tag). */
export const wecomCorpTagSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  create_time: z.number().int().optional(),
  order: z.number().int().optional(),
  deleted: z.boolean().optional()
})
export type WecomCorpTagDto = z.output<typeof wecomCorpTagSchema>

export const wecomTagGroupSchema = z.looseObject({
  group_id: z.string().min(1),
  group_name: z.string(),
  create_time: z.number().int().optional(),
  order: z.number().int().optional(),
  deleted: z.boolean().optional(),
  tag: listOf(wecomCorpTagSchema)
})
export type WecomTagGroupDto = z.output<typeof wecomTagGroupSchema>

const idList = z.array(z.string().min(1))

/** Both empty = all tags; if both are given, group_id wins. */
export const getCorpTagListRequestSchema = z
  .object({ tag_id: idList.optional(), group_id: idList.optional() })
  .strict()
export type WecomGetCorpTagListRequestDto = z.input<typeof getCorpTagListRequestSchema>

export const getCorpTagListResponseSchema = okBody({ tag_group: listOf(wecomTagGroupSchema) })
export type WecomCorpTagListDto = z.output<typeof getCorpTagListResponseSchema>

/** group_id adds to an existing group; otherwise group_name names a new one. */
export const addCorpTagRequestSchema = z
  .object({
    group_id: z.string().min(1).optional(),
    group_name: z.string().min(1).optional(),
    order: z.number().int().optional(),
    tag: z
      .array(z.object({ name: z.string().min(1), order: z.number().int().optional() }).strict())
      .min(1),
    agentid: z.number().int().optional()
  })
  .strict()
export type WecomAddCorpTagRequestDto = z.input<typeof addCorpTagRequestSchema>

export const addCorpTagResponseSchema = okBody({ tag_group: wecomTagGroupSchema })
export type WecomAddCorpTagDto = z.output<typeof addCorpTagResponseSchema>

/** id is a tag id or a group id. */
export const editCorpTagRequestSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1).optional(),
    order: z.number().int().optional(),
    agentid: z.number().int().optional()
  })
  .strict()
export type WecomEditCorpTagRequestDto = z.input<typeof editCorpTagRequestSchema>

export const delCorpTagRequestSchema = z
  .object({
    tag_id: idList.optional(),
    group_id: idList.optional(),
    agentid: z.number().int().optional()
  })
  .strict()
  .refine((r) => (r.tag_id?.length ?? 0) + (r.group_id?.length ?? 0) > 0, {
    message: 'tag_id and group_id cannot both be empty'
  })
export type WecomDelCorpTagRequestDto = z.input<typeof delCorpTagRequestSchema>

/** One call per (follower, customer) pair; there is no batch endpoint. */
export const markTagRequestSchema = z
  .object({
    userid: z.string().min(1),
    external_userid: z.string().min(1),
    add_tag: idList.optional(),
    remove_tag: idList.optional()
  })
  .strict()
  .refine((r) => (r.add_tag?.length ?? 0) + (r.remove_tag?.length ?? 0) > 0, {
    message: 'add_tag and remove_tag cannot both be empty'
  })
export type WecomMarkTagRequestDto = z.input<typeof markTagRequestSchema>
