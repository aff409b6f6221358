/**
 * What WeCom's replies look like on the wire, apart from the data: the errmsg format, the texts
 * it uses for each errcode, the empty list fields error bodies keep, and opaque cursors.
 */
import type { WecomEndpointPath } from '../wecom/endpoints'

/** Thrown by any step of a request; the pipeline turns it into an HTTP 200 error body. */
export class SimApiError extends Error {
  constructor(
    readonly errcode: number,
    /** Overrides the standard text, e.g. "field `userid_list` exceed max length 100." */
    readonly text?: string
  ) {
    super(`errcode ${errcode}${text ? `: ${text}` : ''}`)
    this.name = 'SimApiError'
  }
}

/**
 * WeCom's own errmsg texts (observed where the spec quotes them, else the global errcode
 * table's English). 60011 keeps its observed space before the comma.
 */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  [-1]: 'system busy',
  40001: 'invalid credential, access_token is invalid or not latest',
  40003: 'invalid userid',
  40013: 'invalid corpid',
  40014: 'invalid access_token',
  40032: 'invalid user size',
  40050: 'invalid chatid',
  40058: 'invalid Request Parameter',
  40068: 'invalid tagid',
  40071: 'UserTag Name Already Exist',
  40096: 'invalid external userid',
  40126: 'too many corp tags',
  41001: 'access_token missing',
  41002: 'corpid missing',
  41004: 'corpsecret missing',
  42001: 'access_token expired',
  43001: 'require GET method',
  43002: 'require POST method',
  45009: 'api freq out of limit',
  45033: 'api concurrent out of limit',
  47001: 'data format error, Warning: wrong json format.',
  48002: 'api forbidden',
  60003: 'department not found',
  60011: 'no privilege to access/modify contact/party/agent ',
  60020: 'not allow to access from your ip',
  60111: 'userid not found',
  81013: 'user & party & tag all invalid',
  81017: 'invalid request size',
  84061: 'not external contact',
  90500: 'the owner of this chat is not resigned',
  90502: 'the owner of this chat is resigned',
  90504: 'owner not change',
  90507: 'the chat is being transferred',
  90508: 'the chat has been transferred',
  301002: 'not allow operate another agent with this accesstoken.'
}

export function errorText(errcode: number): string {
  return ERROR_TEXT[errcode] ?? 'unknown error'
}

/** `<text>, hint: [<id>], from ip: <ip>, more info at https://…/devtool/query?e=<code>` */
export function formatErrmsg(errcode: number, text: string, hint: string, ip: string): string {
  const more = `https://open.work.weixin.qq.com/devtool/query?e=${errcode}`
  return `${text}, hint: [${hint}], from ip: ${ip}, more info at ${more}`
}

/** Error bodies keep the endpoint's list fields, empty (observed on 45033, 60011, 60020, 84061). */
const EMPTY_LISTS: Partial<Record<WecomEndpointPath, readonly string[]>> = {
  'department/list': ['department'],
  'department/simplelist': ['department_id'],
  'user/list': ['userlist'],
  'user/simplelist': ['userlist'],
  'user/get': ['department', 'order'],
  'user/list_id': ['dept_user'],
  'externalcontact/get_follow_user_list': ['follow_user'],
  'externalcontact/list': ['external_userid'],
  'externalcontact/get': ['follow_user'],
  'externalcontact/batch/get_by_user': ['external_contact_list'],
  'externalcontact/get_corp_tag_list': ['tag_group'],
  'externalcontact/get_unassigned_list': ['info'],
  'externalcontact/resigned/transfer_customer': ['customer'],
  'externalcontact/resigned/transfer_result': ['customer'],
  'externalcontact/transfer_customer': ['customer'],
  'externalcontact/transfer_result': ['customer'],
  'externalcontact/groupchat/list': ['group_chat_list'],
  'externalcontact/groupchat/transfer': ['failed_chat_list'],
  'externalcontact/groupchat/onjob_transfer': ['failed_chat_list']
}

export function errorBody(
  path: WecomEndpointPath | undefined,
  errcode: number,
  errmsg: string
): Record<string, unknown> {
  const body: Record<string, unknown> = { errcode, errmsg }
  for (const field of (path && EMPTY_LISTS[path]) ?? []) body[field] = []
  return body
}

/** Cursors are opaque to callers; inside they are the keyset position as JSON, base64url. */
export function encodeCursor(position: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url')
}

/** '' or absent = first page (null); anything unreadable is WeCom's 40058. */
export function decodeCursor(cursor: unknown, arity: number): (string | number)[] | null {
  if (cursor === undefined || cursor === null || cursor === '') return null
  if (typeof cursor !== 'string') throw invalidField('cursor')
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    const valid =
      Array.isArray(value) &&
      value.length === arity &&
      value.every((v) => typeof v === 'string' || typeof v === 'number')
    if (valid) return value as (string | number)[]
  } catch {
    // fall through to the WeCom error
  }
  throw invalidField('cursor')
}

export function invalidField(field: string, detail = 'is invalid'): SimApiError {
  return new SimApiError(40058, `field \`${field}\` ${detail}. invalid Request Parameter`)
}
