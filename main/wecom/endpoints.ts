/**
 * The WeCom endpoints the console calls: path, method, which secret's token they need, and the
 * schemas of their wire bodies. The client parses with these and the simulator must answer with
 * bodies that pass them, so the two cannot drift apart.
 */
import { z } from 'zod'
import { gettokenQuerySchema, gettokenResponseSchema } from './dto/token'
import {
  departmentGetQuerySchema,
  departmentGetResponseSchema,
  departmentIdQuerySchema,
  departmentListResponseSchema,
  departmentSimpleListResponseSchema
} from './dto/department'
import {
  userGetQuerySchema,
  userGetResponseSchema,
  userListIdRequestSchema,
  userListIdResponseSchema,
  userListQuerySchema,
  userListResponseSchema,
  userSimpleListResponseSchema,
  userUpdateRequestSchema
} from './dto/user'
import {
  batchGetByUserRequestSchema,
  batchGetByUserResponseSchema,
  externalContactGetQuerySchema,
  externalContactGetResponseSchema,
  externalContactListQuerySchema,
  externalContactListResponseSchema,
  followUserListResponseSchema
} from './dto/external-contact'
import {
  addCorpTagRequestSchema,
  addCorpTagResponseSchema,
  delCorpTagRequestSchema,
  editCorpTagRequestSchema,
  getCorpTagListRequestSchema,
  getCorpTagListResponseSchema,
  markTagRequestSchema
} from './dto/corp-tag'
import {
  getUnassignedListRequestSchema,
  getUnassignedListResponseSchema,
  resignedTransferCustomerRequestSchema,
  transferCustomerRequestSchema,
  transferCustomerResponseSchema,
  transferResultRequestSchema,
  transferResultResponseSchema
} from './dto/transfer'
import {
  groupChatGetRequestSchema,
  groupChatGetResponseSchema,
  groupChatListRequestSchema,
  groupChatListResponseSchema,
  groupChatTransferRequestSchema,
  groupChatTransferResponseSchema
} from './dto/group-chat'
import { messageSendRequestSchema, messageSendResponseSchema } from './dto/message'
import { okOnlySchema, parseWecomBody, type WecomParsed } from './dto/envelope'

/**
 * 'contacts' = the 通讯录同步 secret: user/list_id and every contact write (else 48002).
 * 'app' = the self-built app listed in 客户联系「可调用接口的应用」: customer APIs, messages,
 * department/user reads (limited to the app's 可见范围). 'none' = gettoken, which takes a secret.
 * Tokens are per secret, so token caches key on (corpid, secret kind).
 */
export type WecomSecretKind = 'app' | 'contacts'

export interface WecomGetEndpoint<P extends string = string> {
  readonly path: P
  readonly method: 'GET'
  readonly secret: WecomSecretKind | 'none'
  /** Query parameters other than access_token; every value is a string on the wire. */
  readonly query: z.ZodType
  readonly response: z.ZodType
}

export interface WecomPostEndpoint<P extends string = string> {
  readonly path: P
  readonly method: 'POST'
  readonly secret: WecomSecretKind
  readonly request: z.ZodType
  readonly response: z.ZodType
}

export type WecomEndpoint = WecomGetEndpoint | WecomPostEndpoint

const noQuery = z.object({})

function get<P extends string, Q extends z.ZodType, R extends z.ZodType>(
  path: P,
  secret: WecomSecretKind | 'none',
  query: Q,
  response: R
) {
  return { path, method: 'GET', secret, query, response } as const
}

function post<P extends string, B extends z.ZodType, R extends z.ZodType>(
  path: P,
  secret: WecomSecretKind,
  request: B,
  response: R
) {
  return { path, method: 'POST', secret, request, response } as const
}

function byPath<const E extends readonly WecomEndpoint[]>(...endpoints: E) {
  type ByPath = { [K in E[number] as K['path']]: K }
  return Object.fromEntries(endpoints.map((e) => [e.path, e])) as ByPath
}

export const WECOM_ENDPOINTS = byPath(
  get('gettoken', 'none', gettokenQuerySchema, gettokenResponseSchema),

  get('department/list', 'app', departmentIdQuerySchema, departmentListResponseSchema),
  get('department/simplelist', 'app', departmentIdQuerySchema, departmentSimpleListResponseSchema),
  get('department/get', 'app', departmentGetQuerySchema, departmentGetResponseSchema),

  get('user/list', 'app', userListQuerySchema, userListResponseSchema),
  get('user/simplelist', 'app', userListQuerySchema, userSimpleListResponseSchema),
  get('user/get', 'app', userGetQuerySchema, userGetResponseSchema),
  post('user/list_id', 'contacts', userListIdRequestSchema, userListIdResponseSchema),
  post('user/update', 'contacts', userUpdateRequestSchema, okOnlySchema),

  get('externalcontact/get_follow_user_list', 'app', noQuery, followUserListResponseSchema),
  get(
    'externalcontact/list',
    'app',
    externalContactListQuerySchema,
    externalContactListResponseSchema
  ),
  get(
    'externalcontact/get',
    'app',
    externalContactGetQuerySchema,
    externalContactGetResponseSchema
  ),
  post(
    'externalcontact/batch/get_by_user',
    'app',
    batchGetByUserRequestSchema,
    batchGetByUserResponseSchema
  ),

  post(
    'externalcontact/get_corp_tag_list',
    'app',
    getCorpTagListRequestSchema,
    getCorpTagListResponseSchema
  ),
  post('externalcontact/add_corp_tag', 'app', addCorpTagRequestSchema, addCorpTagResponseSchema),
  post('externalcontact/edit_corp_tag', 'app', editCorpTagRequestSchema, okOnlySchema),
  post('externalcontact/del_corp_tag', 'app', delCorpTagRequestSchema, okOnlySchema),
  post('externalcontact/mark_tag', 'app', markTagRequestSchema, okOnlySchema),

  post(
    'externalcontact/get_unassigned_list',
    'app',
    getUnassignedListRequestSchema,
    getUnassignedListResponseSchema
  ),
  post(
    'externalcontact/resigned/transfer_customer',
    'app',
    resignedTransferCustomerRequestSchema,
    transferCustomerResponseSchema
  ),
  post(
    'externalcontact/resigned/transfer_result',
    'app',
    transferResultRequestSchema,
    transferResultResponseSchema
  ),
  post(
    'externalcontact/transfer_customer',
    'app',
    transferCustomerRequestSchema,
    transferCustomerResponseSchema
  ),
  post(
    'externalcontact/transfer_result',
    'app',
    transferResultRequestSchema,
    transferResultResponseSchema
  ),

  post(
    'externalcontact/groupchat/list',
    'app',
    groupChatListRequestSchema,
    groupChatListResponseSchema
  ),
  post(
    'externalcontact/groupchat/get',
    'app',
    groupChatGetRequestSchema,
    groupChatGetResponseSchema
  ),
  post(
    'externalcontact/groupchat/transfer',
    'app',
    groupChatTransferRequestSchema,
    groupChatTransferResponseSchema
  ),
  post(
    'externalcontact/groupchat/onjob_transfer',
    'app',
    groupChatTransferRequestSchema,
    groupChatTransferResponseSchema
  ),

  post('message/send', 'app', messageSendRequestSchema, messageSendResponseSchema)
)

export type WecomEndpoints = typeof WECOM_ENDPOINTS
export type WecomEndpointPath = keyof WecomEndpoints
export type WecomPostPath = {
  [P in WecomEndpointPath]: WecomEndpoints[P]['method'] extends 'POST' ? P : never
}[WecomEndpointPath]
export type WecomGetPath = Exclude<WecomEndpointPath, WecomPostPath>

/** The parsed success body of an endpoint. */
export type WecomResponse<P extends WecomEndpointPath> = z.output<WecomEndpoints[P]['response']>
/** The JSON body a POST endpoint takes. */
export type WecomRequest<P extends WecomPostPath> = z.input<
  Extract<WecomEndpoints[P], { method: 'POST' }>['request']
>
/** The query parameters a GET endpoint takes (besides access_token). */
export type WecomQuery<P extends WecomGetPath> = z.input<
  Extract<WecomEndpoints[P], { method: 'GET' }>['query']
>

const BY_PATH: ReadonlyMap<string, WecomEndpoint> = new Map(Object.entries(WECOM_ENDPOINTS))

/** Accepts 'user/get' or '/cgi-bin/user/get'. */
export function findWecomEndpoint(path: string): WecomEndpoint | undefined {
  return BY_PATH.get(path.replace(/^\/?cgi-bin\//, '').replace(/^\//, ''))
}

/** Splits a reply of `path` into ok / error / malformed, typed by the endpoint. */
export function parseWecomResponse<P extends WecomEndpointPath>(
  path: P,
  raw: unknown
): WecomParsed<WecomResponse<P>> {
  // The table's union of schemas loses the per-path output type; the key restores it.
  return parseWecomBody(WECOM_ENDPOINTS[path].response, raw) as WecomParsed<WecomResponse<P>>
}
