/**
 * Every endpoint of WECOM_ENDPOINTS but gettoken (which the pipeline answers itself) mapped to
 * its handler. The return type lists every path, so adding an endpoint to the table without a
 * simulator handler fails to compile.
 */
import type { WecomEndpointPath } from '../wecom/endpoints'
import type { GroupChats } from './group-chats'
import { customerHandlers } from './handlers/customers'
import { departmentHandlers } from './handlers/departments'
import { groupChatHandlers } from './handlers/group-chats'
import { messageHandlers } from './handlers/message'
import { tagHandlers } from './handlers/tags'
import { transferHandlers } from './handlers/transfers'
import { userHandlers } from './handlers/users'
import type { SimRequest, SimState } from './state'
import type { TransferLedger } from './transfer-ledger'

export type SimApiPath = Exclude<WecomEndpointPath, 'gettoken'>

/** Returns the success body's fields; errcode 0 and errmsg "ok" are put around them. */
export type RouteHandler = (req: SimRequest) => Record<string, unknown>

export function buildRoutes(
  sim: SimState,
  ledger: TransferLedger,
  chats: GroupChats
): Record<SimApiPath, RouteHandler> {
  return {
    ...departmentHandlers(sim),
    ...userHandlers(sim),
    ...customerHandlers(sim),
    ...tagHandlers(sim),
    ...transferHandlers(sim, ledger),
    ...groupChatHandlers(sim, chats),
    ...messageHandlers(sim)
  }
}

/** Customer APIs and messages belong to the self-built app; the 通讯录同步 token gets 48002. */
export function needsAppSecret(path: WecomEndpointPath): boolean {
  return path.startsWith('externalcontact/') || path === 'message/send'
}
