/**
 * message/send: app messages to members (guides), text and markdown only. Uses the app's own
 * token and its agentid (another app's agentid gives 301002).
 */
import { z } from 'zod'
import { PAGE_LIMITS } from './page-limits'
import { okBody } from './envelope'
import { pipeIdsSchema, pipeListSchema } from './wire-values'

const limits = PAGE_LIMITS['message/send']
const flag = z.union([z.literal(0), z.literal(1)])

/** Recipients are "a|b|c" strings; at least one of touser/toparty/totag (else 82001). */
const sendShape = {
  touser: pipeIdsSchema(limits.users).optional(),
  toparty: pipeIdsSchema(limits.parties).optional(),
  totag: pipeIdsSchema(limits.tags).optional(),
  agentid: z.number().int(),
  safe: flag.optional(),
  enable_id_trans: flag.optional(),
  enable_duplicate_check: flag.optional(),
  duplicate_check_interval: z.number().int().min(1).optional()
}

export const messageSendRequestSchema = z
  .discriminatedUnion('msgtype', [
    z
      .object({
        ...sendShape,
        msgtype: z.literal('text'),
        text: z.object({ content: z.string().min(1) }).strict()
      })
      .strict(),
    z
      .object({
        ...sendShape,
        msgtype: z.literal('markdown'),
        markdown: z.object({ content: z.string().min(1) }).strict()
      })
      .strict()
  ])
  .refine((m) => m.touser !== undefined || m.toparty !== undefined || m.totag !== undefined, {
    message: 'touser, toparty and totag cannot all be empty'
  })
export type WecomMessageSendRequestDto = z.input<typeof messageSendRequestSchema>

/** Recipients WeCom skipped, as arrays (the wire has "a|b" strings, "" when none). */
export const messageSendResponseSchema = okBody({
  invaliduser: pipeListSchema,
  invalidparty: pipeListSchema,
  invalidtag: pipeListSchema,
  /** Members without an interop licence (接口许可) who could not receive it. */
  unlicenseduser: pipeListSchema,
  msgid: z.string().optional(),
  /** Only for template-card messages; kept so it survives parsing. */
  response_code: z.string().optional()
})
export type WecomMessageSendDto = z.output<typeof messageSendResponseSchema>
