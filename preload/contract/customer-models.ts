/**
 * Guide–customer relations as they cross the bridge: the filter, one page (keyset cursor) and a
 * row per live follow relation. Times are epoch milliseconds.
 */
import { z } from 'zod'

/** Position after the last row of a page: the order key (created_at desc, userid, external_userid). */
export interface CustomerCursor {
  createdAt: number
  userid: string
  externalUserid: string
}

export interface CustomerQuery {
  userid?: string
  storeId?: string
  tagId?: string
  /** Prefix of the customer's name or of the guide's remark for them. */
  search?: string
  /** 1–200; default 50. */
  limit?: number
  after?: CustomerCursor
}

export interface CustomerRelationRow {
  userid: string
  guideName: string
  externalUserid: string
  name: string
  remark: string | null
  addWay: number
  createdAt: number
}

export interface CustomerPage {
  rows: CustomerRelationRow[]
  /** Where the next page starts; null on the last page. */
  next: CustomerCursor | null
  /** All matching rows when it was cheap to count (a selective filter); null otherwise. */
  total: number | null
}

const id = z.string().trim().min(1).max(64)

export const customerQuery = z
  .object({
    userid: id.optional(),
    storeId: id.optional(),
    tagId: id.optional(),
    search: z.string().trim().min(1, '搜索内容不能为空').max(40, '搜索内容最多 40 个字').optional(),
    limit: z.number().int().min(1).max(200).optional(),
    after: z
      .object({ createdAt: z.number().int().min(0), userid: id, externalUserid: id })
      .strict()
      .optional()
  })
  .strict() satisfies z.ZodType<CustomerQuery>
