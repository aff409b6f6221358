/**
 * Reassignment of customers (离职继承 / 在职继承). Per-customer errcode 0 means "started,
 * automatic takeover in 24 h", not done; the result endpoints have no request id, so the
 * console keeps its own ledger.
 */
import { z } from 'zod'
import { PAGE_LIMITS } from './page-limits'
import { okBody } from './envelope'
import { cursorSchema, listOf, nextCursorSchema } from './wire-values'

const unassignedLimits = PAGE_LIMITS['externalcontact/get_unassigned_list']

export const getUnassignedListRequestSchema = z
  .object({
    cursor: cursorSchema,
    page_size: z.number().int().min(1).max(unassignedLimits.pageSize).optional(),
    /** Legacy offset paging, superseded by cursor. */
    page_id: z.number().int().min(0).optional()
  })
  .strict()
export type WecomGetUnassignedListRequestDto = z.input<typeof getUnassignedListRequestSchema>

/** Only departed members who still have customers; one with only groups is absent. */
export const wecomUnassignedSchema = z.looseObject({
  handover_userid: z.string().min(1),
  external_userid: z.string().min(1),
  dimission_time: z.number().int()
})
export type WecomUnassignedDto = z.output<typeof wecomUnassignedSchema>

/**
 * next_cursor is the paging authority. is_last predates it: older bodies carry is_last alone
 * (wechatpy), and a body may say is_last false while giving no cursor to continue with.
 */
export const getUnassignedListResponseSchema = okBody({
  info: listOf(wecomUnassignedSchema),
  is_last: z.boolean().optional(),
  next_cursor: nextCursorSchema
})
export type WecomUnassignedListDto = z.output<typeof getUnassignedListResponseSchema>

const handoverShape = {
  handover_userid: z.string().min(1),
  takeover_userid: z.string().min(1)
}
const customerIds = (max: number) => z.array(z.string().min(1)).min(1).max(max)

const resignedLimits = PAGE_LIMITS['externalcontact/resigned/transfer_customer']

export const resignedTransferCustomerRequestSchema = z
  .object({
    ...handoverShape,
    external_userid: customerIds(resignedLimits.customers)
  })
  .strict()
export type WecomResignedTransferCustomerRequestDto = z.input<
  typeof resignedTransferCustomerRequestSchema
>

const onJobLimits = PAGE_LIMITS['externalcontact/transfer_customer']

export const transferCustomerRequestSchema = z
  .object({
    ...handoverShape,
    external_userid: customerIds(onJobLimits.customers),
    /** Sent to the customer; WeCom has a default when omitted. */
    transfer_success_msg: z.string().max(onJobLimits.successMsgChars).optional()
  })
  .strict()
export type WecomTransferCustomerRequestDto = z.input<typeof transferCustomerRequestSchema>

export const wecomTransferAckSchema = z.looseObject({
  external_userid: z.string().min(1),
  errcode: z.number().int()
})
export type WecomTransferAckDto = z.output<typeof wecomTransferAckSchema>

/** Shared by the resigned and in-service transfer_customer replies. */
export const transferCustomerResponseSchema = okBody({ customer: listOf(wecomTransferAckSchema) })
export type WecomTransferCustomerDto = z.output<typeof transferCustomerResponseSchema>

export const transferResultRequestSchema = z
  .object({ ...handoverShape, cursor: cursorSchema })
  .strict()
export type WecomTransferResultRequestDto = z.input<typeof transferResultRequestSchema>

/**
 * status 1 接替完毕, 2 等待接替, 3 客户拒绝, 4 接替成员客户达到上限,
 * 5 无接替记录 (in-service only).
 * takeover_time is the future automatic takeover time while waiting, 0 when there is none.
 */
export const wecomTransferStatusSchema = z.looseObject({
  external_userid: z.string().min(1),
  status: z.number().int(),
  takeover_time: z.number().int().default(0)
})
export type WecomTransferStatusDto = z.output<typeof wecomTransferStatusSchema>

/** Shared by resigned/transfer_result and (in-service) transfer_result; ≤1000 rows a page. */
export const transferResultResponseSchema = okBody({
  customer: listOf(wecomTransferStatusSchema),
  next_cursor: nextCursorSchema
})
export type WecomTransferResultDto = z.output<typeof transferResultResponseSchema>
